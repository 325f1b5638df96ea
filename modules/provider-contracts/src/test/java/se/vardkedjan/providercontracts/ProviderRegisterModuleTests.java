package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provider register and the intervention catalogue against the real PostgreSQL, as the app role: the
 * administrator keeps them, staff read them, anyone else's change is refused with nothing changed and the refusal
 * recorded, and a stale version is refused rather than overwriting.
 */
@ProviderContractsModuleTest
class ProviderRegisterModuleTests {

    private static final MethodCode CBT = new MethodCode("CBT");
    private static final MethodCode RESIDENTIAL_TREATMENT = new MethodCode("RESIDENTIAL_TREATMENT");

    private final ProviderRegister register;
    private final InterventionCatalogue catalogue;
    private final JdbcClient jdbc;

    ProviderRegisterModuleTests(ProviderRegister register, InterventionCatalogue catalogue, JdbcClient jdbc) {
        this.register = register;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    /** A valid organisation number of a legal person, different each time. */
    static String organisationNumber() {
        var random = ThreadLocalRandom.current();
        var nine = "55" + (2 + random.nextInt(8)) + String.format("%06d", random.nextInt(1_000_000));
        var sum = 0;
        for (var i = 0; i < 9; i++) {
            var product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
    }

    static String code() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ProviderInput provider(String code, ProviderKind kind) {
        return new ProviderInput(code, "Testgården " + code, organisationNumber(), kind, "Kim Kontakt",
                "08-123 45 67", "kontakt@testgarden.se");
    }

    private static ContractInput contract(String reference, ContractForm form, LocalDate from, LocalDate to,
                                          long priceOre) {
        return new ContractInput(reference, form, from, to, Set.of(CBT, RESIDENTIAL_TREATMENT), PriceUnit.CARE_DAY,
                priceOre, 6);
    }

    private long securityEventsOf(Actor actor) {
        return jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?")
                .param(actor.subject()).query(Long.class).single();
    }

    private String providerRow(ProviderId id) {
        return jdbc.sql("SELECT name || '|' || organisation_number || '|' || version || '|' || "
                        + "(SELECT count(*) FROM providercontracts.provider_units WHERE provider_id = p.id) "
                        + "FROM providercontracts.providers p WHERE id = ?")
                .param(id.value()).query(String.class).single();
    }

    @Test
    void anAdministratorRegistersAProviderWithAUnitAndAContractThatCaseworkersFindByMethod() {
        TestActors.signIn(administrator());
        var code = code();
        var id = register.registerProvider(provider(code, ProviderKind.PRIVATE));
        register.addUnit(id, 0, new ProviderUnitInput("Huvudhuset", "Gårdsvägen 1", "12345", "Solby", null));
        var today = LocalDate.now();
        var contract = register.addContract(id, contract("RA-" + code, ContractForm.FRAMEWORK_AGREEMENT,
                today.minusMonths(1), today.plusDays(30), 215_000));

        TestActors.signIn(TestActors.staff("hl" + System.nanoTime(), Set.of(Roles.CASEWORKER)));
        var found = register.providerWithCode(new ProviderOrganisationCode(code)).orElseThrow();
        assertThat(found.units()).singleElement().satisfies(unit -> assertThat(unit.postalCode())
                .isEqualTo("123 45"));
        assertThat(found.version()).isEqualTo(1);
        assertThat(register.contractsCovering(CBT, today)).filteredOn(c -> c.contractId().equals(contract))
                .singleElement().satisfies(covering -> {
                    assertThat(covering.providerCode().value()).isEqualTo(code);
                    assertThat(covering.form()).isEqualTo(ContractForm.FRAMEWORK_AGREEMENT);
                    assertThat(covering.priceOre()).isEqualTo(215_000);
                    assertThat(covering.places()).isEqualTo(6);
                });
        assertThat(register.contractsOf(id)).singleElement().satisfies(terms -> assertThat(terms.expiring())
                .as("ends within 90 days").isTrue());
        assertThat(register.expiringContracts()).extracting(ContractTerms::id).contains(contract);
        assertThat(jdbc.sql("SELECT changed_by FROM providercontracts.contracts WHERE id = ?")
                .param(contract.value()).query(String.class).single()).startsWith("admin");
    }

    @Test
    void contractsCoveringLeaveOutEndedContractsOtherMethodsAndDeactivatedProviders() {
        TestActors.signIn(administrator());
        var today = LocalDate.now();
        var ended = register.registerProvider(provider(code(), ProviderKind.PRIVATE));
        var endedContract = register.addContract(ended, contract("RA-1", ContractForm.LOV, today.minusYears(1),
                today.minusDays(1), 100));
        var deactivated = register.registerProvider(provider(code(), ProviderKind.PRIVATE));
        var deactivatedContract = register.addContract(deactivated, contract("RA-2", ContractForm.LOV,
                today.minusYears(1), null, 100));
        register.deactivateProvider(deactivated, 0);
        var future = register.registerProvider(provider(code(), ProviderKind.PRIVATE));
        var futureContract = register.addContract(future, contract("RA-3", ContractForm.LOV, today.plusDays(1),
                null, 100));

        var covering = register.contractsCovering(CBT, today).stream().map(CoveringContract::contractId).toList();
        assertThat(covering).doesNotContain(endedContract, deactivatedContract, futureContract);
        assertThat(register.contractsCovering(CBT, today.plusDays(1))).extracting(CoveringContract::contractId)
                .contains(futureContract);
        assertThat(register.contractsCovering(new MethodCode("IPS"), today.plusDays(1)))
                .extracting(CoveringContract::contractId).doesNotContain(futureContract);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        TestActors.signIn(administrator());
        var id = register.registerProvider(provider(code(), ProviderKind.PRIVATE));
        register.addUnit(id, 0, new ProviderUnitInput("Huset", null, null, null, null));
        var before = providerRow(id);

        assertThatThrownBy(() -> register.describeProvider(id, 0, provider("ignored", ProviderKind.PRIVATE)))
                .isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> register.addUnit(id, 0, new ProviderUnitInput("Annexet", null, null, null, null)))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(providerRow(id)).isEqualTo(before);

        var contract = register.addContract(id, contract("RA-x", ContractForm.DIRECT_AWARD, LocalDate.now(), null,
                100));
        register.endContract(contract, 0, LocalDate.now().plusDays(5));
        assertThatThrownBy(() -> register.endContract(contract, 0, LocalDate.now().plusDays(1)))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(register.contractsOf(id)).singleElement().satisfies(terms -> {
            assertThat(terms.validTo()).isEqualTo(LocalDate.now().plusDays(5));
            assertThat(terms.version()).isEqualTo(1);
        });
    }

    @Test
    void aCaseworkerWhoChangesTheRegisterIsRefusedNothingChangesAndTheRefusalIsRecorded() {
        TestActors.signIn(administrator());
        var id = register.registerProvider(provider(code(), ProviderKind.PRIVATE));
        var before = providerRow(id);
        var providers = jdbc.sql("SELECT count(*) FROM providercontracts.providers").query(Long.class).single();

        var caseworker = TestActors.signIn(TestActors.staff("hl" + System.nanoTime(), Set.of(Roles.CASEWORKER,
                Roles.UNIT_MANAGER)));
        assertThatThrownBy(() -> register.describeProvider(id, 0, provider("x", ProviderKind.PRIVATE)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> register.registerProvider(provider(code(), ProviderKind.PRIVATE)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> catalogue.deactivateMethod(CBT, 0)).isInstanceOf(AccessDenied.class);

        assertThat(providerRow(id)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM providercontracts.providers").query(Long.class).single())
                .isEqualTo(providers);
        assertThat(catalogue.method(CBT).orElseThrow().active()).isTrue();
        assertThat(securityEventsOf(caseworker)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT attempt || ' ' || operation || ' ' || coalesce(target_kind, '-') || ' ' || reason "
                        + "FROM accesslog.security_events WHERE actor_subject = ? ORDER BY 1")
                .param(caseworker.subject()).query(String.class).list())
                .containsExactlyInAnyOrder("CHANGE PROVIDER_REGISTER PROVIDER ROLE", "CHANGE PROVIDER_REGISTER - ROLE",
                        "CHANGE INTERVENTION_CATALOGUE METHOD ROLE");
    }

    @Test
    void providerStaffReadOnlyTheirOwnProviderAndNothingElseOfTheRegister() {
        TestActors.signIn(administrator());
        var own = code();
        var other = code();
        register.registerProvider(provider(own, ProviderKind.PRIVATE));
        register.registerProvider(provider(other, ProviderKind.PRIVATE));

        var staff = TestActors.signIn(new Actor(UUID.randomUUID().toString(), "utf" + System.nanoTime(), "Utförare",
                Set.of(Roles.PROVIDER_STAFF), Set.of(), Set.of(new ProviderOrganisationCode(own))));
        assertThat(register.providerWithCode(new ProviderOrganisationCode(own))).isPresent();
        assertThatThrownBy(() -> register.providerWithCode(new ProviderOrganisationCode(other)))
                .isInstanceOf(AccessDenied.class);
        assertThat(securityEventsOf(staff)).isEqualTo(1);
        assertThatThrownBy(register::providers).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.methodsFor(InterventionType.OUTPATIENT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsStored() {
        TestActors.signIn(administrator());
        var providers = jdbc.sql("SELECT count(*) FROM providercontracts.providers").query(Long.class).single();
        var bad = new ProviderInput(code(), "Felgården", "556016-0681", ProviderKind.PRIVATE, null, null, null);
        assertThatThrownBy(() -> register.registerProvider(bad)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).contains("providercontracts.provider.organisation-number"));
        assertThat(jdbc.sql("SELECT count(*) FROM providercontracts.providers").query(Long.class).single())
                .isEqualTo(providers);

        var id = register.registerProvider(provider(code(), ProviderKind.PRIVATE));
        var today = LocalDate.now();
        assertThatThrownBy(() -> register.addContract(id, contract("RA-1", ContractForm.LOV, today,
                today.minusDays(1), 100))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> register.addContract(id, contract("RA-1", ContractForm.LOV, today, null, -1)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> register.addContract(id, contract("RA-1", ContractForm.OWN_RUN, today, null, 1)))
                .isInstanceOf(RuleViolation.class);
        assertThat(register.contractsOf(id)).isEmpty();

        var taken = register.provider(id).orElseThrow();
        assertThatThrownBy(() -> register.registerProvider(new ProviderInput(code(), "Kopian",
                taken.organisationNumber(), ProviderKind.PRIVATE, null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
                        .isEqualTo("providercontracts.error.organisation-number-taken"));
    }

    @Test
    void theCatalogueHoldsTheSeededMethodsUnderTheirTypesAndTheAdministratorKeepsIt() {
        TestActors.signIn(TestActors.staff("hl" + System.nanoTime(), Set.of(Roles.CASEWORKER)));
        assertThat(catalogue.methodsFor(InterventionType.RESIDENTIAL)).extracting(CatalogueMethod::code)
                .contains(RESIDENTIAL_TREATMENT, CBT, new MethodCode("TWELVE_STEP"))
                .doesNotContain(new MethodCode("IPS"));
        assertThat(catalogue.methodsFor(InterventionType.OCCUPATION)).extracting(CatalogueMethod::code)
                .contains(new MethodCode("IPS"));

        TestActors.signIn(administrator());
        var code = "TEST_" + System.nanoTime() % 1_000_000_000;
        var added = catalogue.addMethod(new MethodInput(code.toLowerCase(), "Testmetod", "Test method",
                Set.of(InterventionType.OUTPATIENT), "3", "Nationella riktlinjer, test"));
        assertThat(added.value()).isEqualTo(code);
        catalogue.describeMethod(added, 0, new MethodInput(code, "Testmetod 2", "Test method 2",
                Set.of(InterventionType.RESIDENTIAL), null, null));
        assertThatThrownBy(() -> catalogue.deactivateMethod(added, 0)).isInstanceOf(ConcurrentChange.class);
        catalogue.deactivateMethod(added, 1);
        var method = catalogue.method(added).orElseThrow();
        assertThat(method.interventionTypes()).containsExactly(InterventionType.RESIDENTIAL);
        assertThat(method.guidelinePriority()).isNull();
        assertThat(method.active()).isFalse();
        assertThat(catalogue.methodsFor(InterventionType.RESIDENTIAL)).extracting(CatalogueMethod::code)
                .doesNotContain(added);
        assertThatThrownBy(() -> catalogue.addMethod(new MethodInput(code, "Igen", "Again",
                Set.of(InterventionType.OUTPATIENT), "11", null))).isInstanceOf(RuleViolation.class);
    }

    /** An administrator with a unique username. */
    private static Actor administrator() {
        return TestActors.staff("admin" + System.nanoTime(), Set.of(Roles.ADMINISTRATOR));
    }
}
