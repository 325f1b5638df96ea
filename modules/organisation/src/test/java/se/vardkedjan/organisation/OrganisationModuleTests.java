package se.vardkedjan.organisation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The organisation register as an administrator loads and edits it, against real PostgreSQL: a file is stored whole
 * or not at all, edits follow the version read, and only the administrator changes the register; staff read it.
 */
@ApplicationModuleTest
class OrganisationModuleTests {

    /** A unit already registered before the tests load files naming it. */
    private static final UnitCode NORTH = new UnitCode("test-nord");

    private final Organisation organisation;
    private final JdbcClient jdbc;

    OrganisationModuleTests(Organisation organisation, JdbcClient jdbc) {
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aUnitIsRegistered() {
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('test', 'Testdistriktet') "
                + "ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, 'test', 'Test Nord') "
                + "ON CONFLICT DO NOTHING").param(NORTH.value()).update();
    }

    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    @Test
    void anOrganisationFileIsStoredWholeOrNotAtAll() {
        TestActors.signIn(TestActors.administrator());
        var bad = """
                district;mod-a;Distrikt A
                unit;mod-a-enhet;mod-a;Enhet A
                unit;mod-b-enhet;mod-b;Enhet B
                """;
        assertThatThrownBy(() -> organisation.importFrom(stream(bad)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("organisation.error.line");
                    assertThat(e.arguments()[0]).isEqualTo(3);
                });
        assertThat(organisation.districts()).extracting(District::code).doesNotContain("mod-a");

        var good = """
                district;mod-a;Distrikt A
                unit;mod-a-enhet;mod-a;Enhet A
                staff;mod.hl;Modul Handläggare;Socialsekreterare;mod-a-enhet,test-nord
                """;
        assertThat(organisation.importFrom(stream(good))).isEqualTo(new OrganisationImported(1, 1, 1));
        assertThat(organisation.unitsOf("mod.hl"))
                .containsExactlyInAnyOrder(new UnitCode("mod-a-enhet"), NORTH);
        assertThat(organisation.staffOfUnit(new UnitCode("mod-a-enhet"))).extracting(StaffMember::username)
                .containsExactly("mod.hl");
    }

    @Test
    void anAdministratorEditsUnitsAndStaffAndAStaleVersionIsRefused() {
        TestActors.signIn(TestActors.administrator());
        organisation.addDistrict("mod-c", "Distrikt C");
        organisation.addUnit("mod-c-enhet", "mod-c", "Enhet C");
        organisation.registerStaffMember("mod.c", "Cecilia", null);
        organisation.addStaffToUnit("mod.c", new UnitCode("mod-c-enhet"));
        var unit = new UnitCode("mod-c-enhet");

        organisation.renameUnit(unit, 0, "Enhet C, nytt namn");
        assertThatThrownBy(() -> organisation.deactivateUnit(unit, 0)).isInstanceOf(ConcurrentChange.class);
        organisation.deactivateUnit(unit, 1);
        organisation.removeStaffFromUnit("mod.c", unit);

        assertThat(organisation.units()).filteredOn(u -> u.code().equals(unit)).singleElement()
                .satisfies(u -> {
                    assertThat(u.name()).isEqualTo("Enhet C, nytt namn");
                    assertThat(u.active()).isFalse();
                });
        assertThat(organisation.unitsOf("mod.c")).isEmpty();
        assertThatThrownBy(() -> organisation.addStaffToUnit("mod.c", unit)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void onlyAnAdministratorChangesTheOrganisation() {
        for (var role : Roles.all().stream().filter(role -> !role.equals(Roles.ADMINISTRATOR)).toList()) {
            TestActors.signIn(TestActors.staff(role + System.nanoTime(), Set.of(role)));
            assertThatThrownBy(() -> organisation.addDistrict("mod-x", "X")).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisation.addUnit("mod-x-enhet", "mod-a", "X")).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
        // Nothing of the refused changes is stored.
        TestActors.signIn(TestActors.administrator());
        assertThat(organisation.districts()).extracting(District::code).doesNotContain("mod-x");
        assertThat(organisation.units()).extracting(OrganisationUnit::code).contains(NORTH)
                .doesNotContain(new UnitCode("mod-x-enhet"));
    }

    @Test
    void staffNamesAndUnitNamesAreLookedUpForAnyCallerAndAnUnknownUsernameIsShownAsItself() {
        TestActors.signIn(TestActors.administrator());
        organisation.registerStaffMember("mod.namn", "Nina Namn", null);
        TestActors.signOut();

        var names = organisation.staffNames(java.util.List.of("mod.namn", "mod.okand"));
        assertThat(names.of("mod.namn")).isEqualTo("Nina Namn");
        assertThat(names.of("mod.okand")).isEqualTo("mod.okand");
        assertThat(organisation.unitName(NORTH)).contains("Test Nord");
        assertThat(organisation.unitName(new UnitCode("finns-inte"))).isEmpty();
    }

    @Test
    void aUnitsContactDetailsAreSetByTheAdministratorFromTheFileOrThePageAndReadByAnyone() {
        TestActors.signIn(TestActors.administrator());
        organisation.importFrom(stream("""
                district;mod-k;Distrikt K
                unit;mod-k-enhet;mod-k;Enhet K
                contact;mod-k-enhet;08-123 450 00;Mån–fre 8.30–11.30;enhet.k@kommun.example;Storgatan 1, 123 45 Stad
                """));
        var unit = new UnitCode("mod-k-enhet");
        TestActors.signOut();
        assertThat(organisation.unitContact(unit)).contains(new UnitContact("08-123 450 00", "Mån–fre 8.30–11.30",
                "enhet.k@kommun.example", "Storgatan 1, 123 45 Stad"));
        assertThat(organisation.unitContact(NORTH)).contains(UnitContact.NONE);
        assertThat(organisation.unitContact(new UnitCode("finns-inte"))).isEmpty();

        TestActors.signIn(TestActors.administrator());
        var version = organisation.units().stream().filter(u -> u.code().equals(unit)).findFirst().orElseThrow()
                .version();
        organisation.changeUnitContact(unit, version, "+46 8 123 450 99", "", " ", "Torget 2, 123 45 Stad");
        assertThat(organisation.unitContact(unit)).contains(new UnitContact("+46 8 123 450 99", null, null,
                "Torget 2, 123 45 Stad"));
        // As read before the change: someone else has changed the unit since.
        assertThatThrownBy(() -> organisation.changeUnitContact(unit, version, "08-1", null, null, null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> organisation.changeUnitContact(unit, version, "08-123 450 01", null, null, null))
                .isInstanceOf(ConcurrentChange.class);
    }

    @Test
    void aWrongContactDetailIsRefusedNamingItsFieldAndNothingIsStored() {
        TestActors.signIn(TestActors.administrator());
        var version = organisation.units().stream().filter(u -> u.code().equals(NORTH)).findFirst().orElseThrow()
                .version();
        assertThatThrownBy(() -> organisation.changeUnitContact(NORTH, version, "ring mig", null, null, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).contains("organisation.unit.phone"));
        assertThatThrownBy(() -> organisation.changeUnitContact(NORTH, version, null, null, "inte-en-adress", null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).contains("organisation.unit.email"));
        assertThatThrownBy(() -> organisation.changeUnitContact(NORTH, version, null, "<b>alltid</b>", null, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).contains("organisation.unit.phone-hours"));
        assertThat(organisation.unitContact(NORTH)).contains(UnitContact.NONE);
        for (var role : Roles.all().stream().filter(role -> !role.equals(Roles.ADMINISTRATOR)).toList()) {
            TestActors.signIn(TestActors.staff(role + System.nanoTime(), Set.of(role)));
            assertThatThrownBy(() -> organisation.changeUnitContact(NORTH, version, "08-123 450 00", null, null,
                    null)).as(role).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
