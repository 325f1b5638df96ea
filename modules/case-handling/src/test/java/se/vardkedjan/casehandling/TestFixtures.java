package se.vardkedjan.casehandling;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for module tests: the organisation (two units in two districts), staff, and persons with fresh, valid
 * personal numbers, so tests sharing one database never collide.
 */
public final class TestFixtures {

    public static final UnitCode NORTH = new UnitCode("test-nord");
    public static final UnitCode SOUTH = new UnitCode("test-syd");
    private static final AtomicInteger USERS = new AtomicInteger();

    private TestFixtures() {
    }

    public static void ensureOrganisation(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('test-d1', 'Norr'), ('test-d2', 'Söder') "
                + "ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES "
                + "('test-nord', 'test-d1', 'Beroendeenheten Norr'), ('test-syd', 'test-d2', 'Beroendeenheten Söder') "
                + "ON CONFLICT DO NOTHING").update();
    }

    /** Puts the staff member into the organisation register under the given name (or renames them there). */
    public static void registerStaff(JdbcClient jdbc, Actor staff, String displayName) {
        jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, ?) "
                        + "ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name")
                .params(staff.username(), displayName).update();
    }

    /**
     * Puts the staff member into the organisation register under the given name, as working in each of their units
     * (what naming and assigning on a case require).
     */
    public static Actor registerStaffOfUnits(JdbcClient jdbc, Actor staff, String displayName) {
        registerStaff(jdbc, staff, displayName);
        for (var unit : staff.units()) {
            jdbc.sql("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(staff.username(), unit.value()).update();
        }
        return staff;
    }

    /**
     * Has a new unit manager of the unit name the staff member on a protected case (the member is put into the
     * organisation register first), then signs the member in again, as at a login, so that the grant is theirs.
     */
    public static Actor nameOnCase(ProtectedCases protectedCases, TestActors actors, JdbcClient jdbc, CaseId caseId,
                                   UnitCode unit, Actor staff) {
        registerStaffOfUnits(jdbc, staff, staff.username() + " Testsson");
        actors.login(unitManager(unit));
        protectedCases.nameStaff(caseId, staff.username(), "Handlägger ärendet.");
        return actors.login(staff);
    }

    public static Actor caseworker(UnitCode unit) {
        return TestActors.staff("hl" + USERS.incrementAndGet(), Set.of(Roles.CASEWORKER), unit.value());
    }

    public static Actor unitManager(UnitCode unit) {
        return TestActors.staff("ec" + USERS.incrementAndGet(), Set.of(Roles.UNIT_MANAGER, Roles.CASEWORKER),
                unit.value());
    }

    /** A valid, random personnummer (12 digits) for a person born in 1960–1999. */
    public static String personalNumber() {
        var random = ThreadLocalRandom.current();
        var birth = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        var serial = String.format("%03d", 1 + random.nextInt(999));
        var first = birth.toString().replace("-", "").substring(2) + serial;
        return birth.toString().replace("-", "").substring(0, 2) + first + luhn(first);
    }

    /** A samordningsnummer: the day plus 60. */
    public static String coordinationNumber() {
        var random = ThreadLocalRandom.current();
        var birth = LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        var first = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth() + 60, 1 + random.nextInt(999));
        return birth.getYear() / 100 + first + luhn(first);
    }

    static int luhn(String nineDigits) {
        var sum = 0;
        for (var i = 0; i < nineDigits.length(); i++) {
            var digit = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    public static RegisterPerson person(String number, String given, String family) {
        return new RegisterPerson(number, null, null, given, family, "070-123 45 67", null, "Storgatan 1",
                "123 45", "Exempelstad", ProtectionLevel.NONE);
    }

    public static RegisterIntake application(PersonId person, UnitCode unit) {
        return new RegisterIntake(person, unit, IntakeKind.APPLICATION, LocalDate.now().minusDays(3),
                "Ansöker om stöd för att sluta dricka.", null, null, null, false, null, false);
    }
}
