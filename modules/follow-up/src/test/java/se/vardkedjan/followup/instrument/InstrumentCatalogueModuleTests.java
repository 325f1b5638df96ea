package se.vardkedjan.followup.instrument;

import se.vardkedjan.followup.Instruments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.followup.FollowUpModuleTest;
import se.vardkedjan.followup.instrument.domain.DefinitionError;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@FollowUpModuleTest
class InstrumentCatalogueModuleTests {

    private final InstrumentCatalogue catalogue;
    private final Instruments instruments;
    private final JdbcClient jdbc;

    private final se.vardkedjan.followup.instrument.persistence.InstrumentRows rows;
    private final java.time.Clock clock;
    private final org.springframework.transaction.PlatformTransactionManager transactionManager;

    InstrumentCatalogueModuleTests(InstrumentCatalogue catalogue, Instruments instruments, JdbcClient jdbc,
                                   se.vardkedjan.followup.instrument.persistence.InstrumentRows rows,
                                   java.time.Clock clock,
                                   org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.clock = clock;
        this.transactionManager = transactionManager;
        this.catalogue = catalogue;
        this.instruments = instruments;
        this.jdbc = jdbc;
    }

    @AfterEach
    void shippedDefinitionsAgain() {
        catalogue.reload();
    }

    private static String definition(String code, int version, String optionText) {
        return """
                code: %s
                version: %d
                name: {sv: Test, en: Test}
                direction: HIGHER_IS_WORSE
                respondents: [STAFF_INTERVIEW]
                items:
                  - code: Q1
                    text: {sv: Fråga, en: Question}
                    options:
                      - {code: N, score: 0, text: {sv: "%s", en: "No"}}
                      - {code: Y, score: 1, text: {sv: "Ja", en: "Yes"}}
                """.formatted(code, version, optionText);
    }

    private static String code() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @Test
    void everyShippedInstrumentIsLoadedAndItsChecksumKept() {
        assertThat(catalogue.all()).extracting(d -> d.ref().toString())
                .contains("AUDIT v1", "DUDIT v1", "ASI v1", "GOAL v1", "ORS v1", "SRS v1");
        assertThat(jdbc.sql("SELECT count(*) FROM followup.instrument_checksums WHERE code IN "
                + "('AUDIT', 'DUDIT', 'ASI', 'GOAL', 'ORS', 'SRS') AND version = 1").query(Long.class).single())
                .isEqualTo(6);
    }

    @Test
    void aFileChangedAfterItsCodeAndVersionWereLoadedIsRefusedNamingIt() {
        var code = code();
        catalogue.load(List.of(new InstrumentCatalogue.DefinitionFile("mine.yaml", definition(code, 1, "Nej"))));

        assertThatThrownBy(() -> catalogue.load(List.of(new InstrumentCatalogue.DefinitionFile("mine-changed.yaml",
                definition(code, 1, "Nej, aldrig")))))
                .isInstanceOfSatisfying(DefinitionError.class, error -> {
                    assertThat(error.file()).isEqualTo("mine-changed.yaml");
                    assertThat(error.field()).isEqualTo("version");
                    assertThat(error.getMessage()).contains(code).contains("new version");
                });
        // the same content again, and the change as a new version, are loaded
        var loaded = catalogue.load(List.of(
                new InstrumentCatalogue.DefinitionFile("mine.yaml", definition(code, 1, "Nej")),
                new InstrumentCatalogue.DefinitionFile("mine-2.yaml", definition(code, 2, "Nej, aldrig"))));
        assertThat(loaded).hasSize(2);
        assertThat(catalogue.current(code)).get().extracting(d -> d.version()).isEqualTo(2);
    }

    @Test
    void twoFilesForOneCodeAndVersionAreRefusedNamingBoth() {
        var code = code();

        assertThatThrownBy(() -> catalogue.load(List.of(
                new InstrumentCatalogue.DefinitionFile("a.yaml", definition(code, 1, "Nej")),
                new InstrumentCatalogue.DefinitionFile("b.yaml", definition(code, 1, "Nej")))))
                .isInstanceOfSatisfying(DefinitionError.class, error -> {
                    assertThat(error.file()).isEqualTo("b.yaml");
                    assertThat(error.getMessage()).contains("a.yaml");
                });
        assertThat(jdbc.sql("SELECT count(*) FROM followup.instrument_checksums WHERE code = ?").param(code)
                .query(Long.class).single()).as("nothing kept from a refused load").isZero();
    }

    @Test
    void aBadFileStopsTheLoadAndTheShippedDefinitionsStay() {
        var before = new ArrayList<>(catalogue.all());

        assertThatThrownBy(() -> catalogue.load(List.of(new InstrumentCatalogue.DefinitionFile("bad.yaml",
                definition(code(), 1, "Nej").replace("score: 1", "score: one")))))
                .isInstanceOfSatisfying(DefinitionError.class, error -> {
                    assertThat(error.file()).isEqualTo("bad.yaml");
                    assertThat(error.field()).isEqualTo("items[0].options[1].score");
                });
        assertThat(catalogue.all()).isEqualTo(before);
    }

    @Test
    void anAdministratorsDirectoryAddsItsDefinitionsToTheShippedOnesAndABadOneThereIsNamedByItsPath(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws java.io.IOException {
        var code = code();
        java.nio.file.Files.writeString(directory.resolve("kommunens-eget.yaml"), definition(code, 1, "Nej"));
        var own = new InstrumentCatalogue(rows, clock, transactionManager, directory.toString());

        own.reload();

        assertThat(own.all()).extracting(d -> d.ref().toString()).contains("AUDIT v1", "SRS v1", code + " v1");
        assertThat(own.enabled(code)).isTrue();
        var bad = directory.resolve("trasig.yaml");
        java.nio.file.Files.writeString(bad, definition(code(), 1, "Nej").replace("direction: HIGHER_IS_WORSE\n",
                ""));
        assertThatThrownBy(own::reload).isInstanceOfSatisfying(DefinitionError.class, error -> {
            assertThat(error.file()).isEqualTo(bad.toString());
            assertThat(error.field()).isEqualTo("direction");
        });
    }

    @Test
    void licensedInstrumentsAreOffUntilAnAdministratorStatesTheLicenceWhichIsKeptWithWhoAndWhen() {
        var admin = TestActors.signIn(TestActors.staff("adm" + UUID.randomUUID().toString().substring(0, 6),
                Set.of(Roles.ADMINISTRATOR)));
        instruments.withdrawLicence("SRS");
        assertThat(catalogue.enabled("SRS")).isFalse();
        assertThat(catalogue.enabled("AUDIT")).as("no licence needed").isTrue();

        instruments.stateLicence("SRS", "  Licens 2026-04 (Better Outcomes Now)  ");

        assertThat(catalogue.enabled("SRS")).isTrue();
        var srs = instruments.overview().stream().filter(s -> s.definition().code().equals("SRS")).findFirst()
                .orElseThrow();
        assertThat(srs.enabled()).isTrue();
        assertThat(srs.licenceReference()).isEqualTo("Licens 2026-04 (Better Outcomes Now)");
        assertThat(srs.licenceBy()).isEqualTo(admin.displayName());
        assertThat(srs.licenceAt()).isNotNull();
        instruments.withdrawLicence("SRS");
        assertThat(catalogue.enabled("SRS")).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM followup.instrument_licences WHERE code = 'SRS' AND by_subject = ?")
                .param(admin.subject()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aLicenceNeedsAReferenceAndAnInstrumentThatNeedsOne() {
        TestActors.signIn(TestActors.staff("adm" + UUID.randomUUID().toString().substring(0, 6),
                Set.of(Roles.ADMINISTRATOR)));

        assertThatThrownBy(() -> instruments.stateLicence("ORS", "  "))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.text-required"));
        assertThatThrownBy(() -> instruments.stateLicence("AUDIT", "Avtal"))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.no-licence-needed"));
    }

    @Test
    void onlyAnAdministratorStatesALicence() {
        TestActors.signIn(TestFixtures.unitManager(TestFixtures.NORTH));

        assertThatThrownBy(() -> instruments.stateLicence("ORS", "Avtal")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(instruments::overview).isInstanceOf(AccessDeniedException.class);
    }
}
