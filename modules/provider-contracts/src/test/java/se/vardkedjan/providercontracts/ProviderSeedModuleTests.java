package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provider file a new installation starts from (the demo's providers): loaded through the same rules as the
 * administrator's forms, and whole or nothing.
 */
@ProviderContractsModuleTest
class ProviderSeedModuleTests {

    private final ProviderSeed seed;
    private final ProviderRegister register;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ProviderSeedModuleTests(ProviderSeed seed, ProviderRegister register, JdbcClient jdbc,
                            PlatformTransactionManager transactions) {
        this.seed = seed;
        this.register = register;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    private long providers() {
        return jdbc.sql("SELECT count(*) FROM providercontracts.providers").query(Long.class).single();
    }

    @Test
    void aFileLoadsProvidersWithTheirUnitsAndContracts() {
        var code = ProviderRegisterModuleTests.code();
        var file = """
                # a comment
                provider;%s;Filgården;%s;PRIVATE;Kim;08-123 45 67;kim@filgarden.example
                unit;%s;Filhuset;Vägen 1;123 45;Byn;
                contract;%s;LOV-1;LOV;2026-01-01;;MI,CBT;HOUR;105000;
                """.formatted(code, ProviderRegisterModuleTests.organisationNumber(), code, code);
        int[] loaded = transaction.execute(status -> seed.load(file));
        assertThat(loaded).containsExactly(1, 1);

        TestActors.signIn(TestActors.staff("hl" + System.nanoTime(), Set.of(Roles.CASEWORKER)));
        try {
            var provider = register.providerWithCode(new ProviderOrganisationCode(code)).orElseThrow();
            assertThat(provider.units()).extracting(RegisteredProvider.Unit::name).containsExactly("Filhuset");
            assertThat(register.contractsOf(provider.id())).singleElement().satisfies(contract -> {
                assertThat(contract.form()).isEqualTo(ContractForm.LOV);
                assertThat(contract.validTo()).isNull();
                assertThat(contract.methods()).containsExactlyInAnyOrder(new MethodCode("MI"), new MethodCode("CBT"));
            });
            assertThat(register.contractsCovering(new MethodCode("MI"), LocalDate.of(2026, 6, 1)))
                    .extracting(CoveringContract::providerCode).contains(provider.code());
            assertThat(jdbc.sql("SELECT changed_by FROM providercontracts.providers WHERE id = ?")
                    .param(provider.id().value()).query(String.class).single()).isEqualTo("system");
        } finally {
            TestActors.signOut();
        }
    }

    @Test
    void aLineARuleRefusesStoresNothingOfTheFile() {
        var before = providers();
        var file = """
                provider;%s;Hela gården;%s;PRIVATE;;;
                provider;%s;Felgården;556016-0681;PRIVATE;;;
                """.formatted(ProviderRegisterModuleTests.code(), ProviderRegisterModuleTests.organisationNumber(),
                ProviderRegisterModuleTests.code());
        assertThatThrownBy(() -> transaction.execute(status -> seed.load(file)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Line 2 of the provider file");
        assertThat(providers()).isEqualTo(before);

        var unknownProvider = "unit;ingen-sadan;Huset;;;;\n";
        assertThatThrownBy(() -> transaction.execute(status -> seed.load(unknownProvider)))
                .hasMessageContaining("unknown provider");
    }
}
