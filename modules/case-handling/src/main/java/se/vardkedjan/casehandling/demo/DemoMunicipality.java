package se.vardkedjan.casehandling.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Fills the database with a realistic, generated municipality (or a whole country, for benchmarks): districts, units,
 * caseworkers, persons — some with samordningsnummer, reserve numbers or a protected identity — and cases in every stage
 * of the flow with their histories. Seeded, so the same scale and seed give the same data. Writes with batched SQL
 * (not through the facades), because a national-scale run inserts millions of rows; it writes no access-log rows,
 * since nobody read anything.
 */
public final class DemoMunicipality {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);
    private static final int BATCH = 5_000;

    /** The units and accounts of the Keycloak demo realm, which the demo data must contain. */
    static final List<String[]> DEMO_DISTRICTS = List.of(
            new String[] {"nord", "Norra stadsdelen"}, new String[] {"syd", "Södra stadsdelen"},
            new String[] {"vast", "Västra stadsdelen"});
    static final List<String[]> DEMO_UNITS = List.of(
            new String[] {"nord-beroende", "nord", "Beroendeenheten Norr"},
            new String[] {"nord-mottagning", "nord", "Mottagningsgruppen Norr"},
            new String[] {"syd-beroende", "syd", "Beroendeenheten Söder"},
            new String[] {"syd-boende", "syd", "Boendestöd Söder"},
            new String[] {"vast-beroende", "vast", "Beroendeenheten Väster"},
            new String[] {"vast-mottagning", "vast", "Mottagningsgruppen Väster"});
    static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[] {"handlaggare", "Hanna Handläggare", "Socialsekreterare", "nord-beroende"},
            new String[] {"handlaggare.syd", "Sam Söder", "Socialsekreterare", "syd-beroende"},
            new String[] {"enhetschef", "Elsa Enhetschef", "Enhetschef", "nord-beroende"});

    /** What was made. */
    public record Result(int units, int staff, int persons, int cases) {
    }

    /** A case as generated, for the stage writers. */
    record GeneratedCase(UUID id, UUID personId, String unit, String responsible, String status,
                         LocalDate receivedOn, LocalDate assessedOn, LocalDate deadline, LocalDate decidedOn,
                         LocalDate closedOn, boolean protectedIdentity) {
    }

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Random random;

    public DemoMunicipality(JdbcTemplate jdbc, Clock clock, long seed) {
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")));
        this.random = new Random(seed);
    }

    public Result generate(DemoScale scale) {
        var started = System.nanoTime();
        var units = organisation(scale);
        var staffByUnit = staff(units, scale);
        var persons = persons(scale);
        var cases = cases(persons, staffByUnit);
        log.info("Demo data: {} units, {} staff, {} persons, {} cases in {} s", units.size(),
                staffByUnit.values().stream().mapToInt(List::size).sum(), persons.size(), cases.size(),
                (System.nanoTime() - started) / 1_000_000_000);
        return new Result(units.size(), staffByUnit.values().stream().mapToInt(List::size).sum(), persons.size(),
                cases.size());
    }

    private List<String> organisation(DemoScale scale) {
        var districts = new ArrayList<Object[]>();
        var units = new ArrayList<Object[]>();
        for (var d : DEMO_DISTRICTS) {
            districts.add(new Object[] {d[0], d[1]});
        }
        for (var u : DEMO_UNITS) {
            units.add(new Object[] {u[0], u[1], u[2]});
        }
        for (var d = DEMO_DISTRICTS.size(); d < scale.districts(); d++) {
            var code = String.format("k%03d", d);
            districts.add(new Object[] {code, "Kommun " + (d + 1)});
            for (var u = 0; u < scale.unitsPerDistrict(); u++) {
                units.add(new Object[] {code + "-enhet-" + (u + 1), code, "Enhet " + (u + 1) + ", kommun " + (d + 1)});
            }
        }
        jdbc.batchUpdate("INSERT INTO casehandling.districts (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                districts);
        jdbc.batchUpdate("INSERT INTO casehandling.units (code, district_code, name) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", units);
        return units.stream().map(u -> (String) u[0]).toList();
    }

    private java.util.Map<String, List<String>> staff(List<String> units, DemoScale scale) {
        var byUnit = new java.util.LinkedHashMap<String, List<String>>();
        var members = new ArrayList<Object[]>();
        var memberships = new ArrayList<Object[]>();
        for (var account : DEMO_ACCOUNTS) {
            members.add(new Object[] {account[0], account[1], account[2]});
            memberships.add(new Object[] {account[0], account[3]});
            byUnit.computeIfAbsent(account[3], k -> new ArrayList<>()).add(account[0]);
        }
        for (var unit : units) {
            for (var n = 1; n <= scale.caseworkersPerUnit(); n++) {
                var username = "hl." + unit + "." + n;
                var woman = random.nextBoolean();
                members.add(new Object[] {username, SwedishNames.pick(woman ? SwedishNames.WOMEN : SwedishNames.MEN,
                        random) + " " + SwedishNames.pick(SwedishNames.FAMILY, random), "Socialsekreterare"});
                memberships.add(new Object[] {username, unit});
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(username);
            }
        }
        jdbc.batchUpdate("INSERT INTO casehandling.staff_members (username, display_name, title) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", members);
        jdbc.batchUpdate("INSERT INTO casehandling.staff_units (username, unit_code) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING", memberships);
        return byUnit;
    }

    /** A generated person: id, and whether the identity is protected. */
    record GeneratedPerson(UUID id, boolean protectedIdentity, LocalDate birthDate) {
    }

    private List<GeneratedPerson> persons(DemoScale scale) {
        var made = new ArrayList<GeneratedPerson>(scale.persons());
        var numbers = new HashSet<String>(scale.persons() * 2);
        var batch = new ArrayList<Object[]>(BATCH);
        var reserveSequence = 0;
        for (var i = 0; i < scale.persons(); i++) {
            var id = new UUID(random.nextLong(), random.nextLong());
            var woman = random.nextInt(100) < 30;
            var birth = today.minusYears(18 + ageOffset()).minusDays(random.nextInt(365));
            var roll = random.nextInt(1000);
            String kind;
            String number;
            if (roll < 5) {
                kind = "RESERVE_NUMBER";
                number = "R" + birth.toString().replace("-", "") + String.format("%03d", ++reserveSequence % 1000);
            } else {
                var coordination = roll < 40;
                kind = coordination ? "COORDINATION_NUMBER" : "PERSONAL_NUMBER";
                int serial;
                do {
                    // Serial 000 is not a valid number; the last digit is odd for men, even for women.
                    serial = random.nextInt(100) * 10 + random.nextInt(5) * 2 + (woman ? 0 : 1);
                    number = DemoIdentityNumbers.of(birth, serial, coordination);
                } while (serial == 0 || !numbers.add(number));
            }
            var protection = roll >= 40 && roll < 52 ? protectionLevel() : "NONE";
            var given = SwedishNames.pick(woman ? SwedishNames.WOMEN : SwedishNames.MEN, random);
            var family = SwedishNames.pick(SwedishNames.FAMILY, random);
            var hasAddress = random.nextInt(10) < 8;
            batch.add(new Object[] {id, kind, number, Date.valueOf(birth), woman ? "FEMALE" : "MALE", given, family,
                    random.nextInt(10) < 7 ? String.format("070-%03d %02d %02d", random.nextInt(1000),
                            random.nextInt(100), random.nextInt(100)) : null,
                    hasAddress ? SwedishNames.pick(SwedishNames.STREETS, random) + " " + (1 + random.nextInt(60)) : null,
                    hasAddress ? String.format("%03d %02d", 100 + random.nextInt(890), random.nextInt(100)) : null,
                    hasAddress ? "Exempelstad" : null, protection});
            made.add(new GeneratedPerson(id, !"NONE".equals(protection), birth));
            if (batch.size() == BATCH) {
                insertPersons(batch);
            }
        }
        insertPersons(batch);
        return made;
    }

    private void insertPersons(List<Object[]> batch) {
        jdbc.batchUpdate("""
                INSERT INTO casehandling.persons (id, identity_kind, identity_number, birth_date, sex, given_name,
                    family_name, phone, street_address, postal_code, city, protection)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        batch.clear();
    }

    private int ageOffset() {
        // Adults in addiction care: most 20-60, some young adults and some older.
        var roll = random.nextInt(100);
        if (roll < 8) {
            return random.nextInt(2);
        }
        if (roll < 90) {
            return 2 + random.nextInt(45);
        }
        return 47 + random.nextInt(30);
    }

    private String protectionLevel() {
        return switch (random.nextInt(6)) {
            case 0, 1, 2 -> "CONFIDENTIALITY_MARKING";
            case 3, 4 -> "PROTECTED_REGISTRATION";
            default -> "FICTITIOUS_IDENTITY";
        };
    }

    private List<GeneratedCase> cases(List<GeneratedPerson> persons, java.util.Map<String, List<String>> staffByUnit) {
        var units = new ArrayList<>(staffByUnit.keySet());
        var made = new ArrayList<GeneratedCase>(persons.size() + persons.size() / 4);
        var rows = new ArrayList<Object[]>(BATCH);
        var named = new ArrayList<Object[]>();
        for (var person : persons) {
            // Demo accounts' units get a fair share, so a demo login sees a full list.
            var unit = random.nextInt(100) < 30 && units.size() > 6 ? units.get(random.nextInt(6))
                    : units.get(random.nextInt(units.size()));
            var staff = staffByUnit.get(unit);
            if (random.nextInt(4) == 0) {
                made.add(addCase(rows, named, person, unit, staff, true));
            }
            made.add(addCase(rows, named, person, unit, staff, false));
            if (rows.size() >= BATCH) {
                insertCases(rows, named);
            }
        }
        insertCases(rows, named);
        return made;
    }

    private GeneratedCase addCase(List<Object[]> rows, List<Object[]> named, GeneratedPerson person, String unit,
                                  List<String> staff, boolean earlier) {
        var id = new UUID(random.nextLong(), random.nextLong());
        var responsible = staff.get(random.nextInt(staff.size()));
        var received = earlier ? today.minusDays(800 + random.nextInt(900)) : today.minusDays(random.nextInt(720));
        var age = today.toEpochDay() - received.toEpochDay();
        var roll = random.nextInt(100);
        String status;
        if (earlier) {
            status = "CLOSED";
        } else if (age < 10 || roll < 8) {
            status = "INTAKE";
        } else if (roll < 16) {
            status = "NOT_OPENED";
        } else if (age < 120 || roll < 36) {
            status = "INVESTIGATION";
        } else if (roll < 82) {
            status = "DECIDED";
        } else {
            status = "CLOSED";
        }
        var kindRoll = random.nextInt(10);
        var kind = kindRoll < 6 ? "APPLICATION" : kindRoll < 9 ? "REPORT" : "REQUEST";
        var authority = "REPORT".equals(kind) ? List.of("POLICE", "HEALTH_CARE", "PRISON_AND_PROBATION",
                "RELATIVE_OR_OTHER_PERSON").get(random.nextInt(4)) : null;
        var lvm = authority != null && !"RELATIVE_OR_OTHER_PERSON".equals(authority) && random.nextInt(5) == 0;
        var assessed = "INTAKE".equals(status) ? null : min(received.plusDays(2 + random.nextInt(12)), today);
        var deadline = assessed == null || "NOT_OPENED".equals(status) ? null : assessed.plusMonths(4);
        var decided = "DECIDED".equals(status) || "CLOSED".equals(status)
                ? min(assessed.plusDays(30 + random.nextInt(90)), today) : null;
        var closed = "CLOSED".equals(status) ? min(decided.plusDays(60 + random.nextInt(300)), today)
                : "NOT_OPENED".equals(status) ? assessed : null;
        var outcome = "INTAKE".equals(status) ? null : "NOT_OPENED".equals(status) ? "NO_INVESTIGATION"
                : "OPEN_INVESTIGATION";
        rows.add(new Object[] {id, person.id(), unit, responsible, responsible, status, kind, Date.valueOf(received),
                DemoTexts.intake(kind, random), "REPORT".equals(kind) ? DemoTexts.reporter(authority, random) : null,
                authority, lvm, random.nextInt(8) == 0 ? DemoTexts.risk(random) : null, outcome,
                outcome == null ? null : DemoTexts.assessment(outcome, random), assessed == null ? null : responsible,
                date(assessed), date(deadline), date(closed),
                closed == null ? null : "NOT_OPENED".equals(status) ? "OTHER" : DemoTexts.closureReason(random),
                closed == null ? null : DemoTexts.closureOutcome(status, random), closed == null ? null : responsible,
                Timestamp.from(received.atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant())});
        if (person.protectedIdentity()) {
            named.add(new Object[] {id, responsible});
        }
        return new GeneratedCase(id, person.id(), unit, responsible, status, received, assessed, deadline, decided,
                closed, person.protectedIdentity());
    }

    private void insertCases(List<Object[]> rows, List<Object[]> named) {
        jdbc.batchUpdate("""
                INSERT INTO casehandling.cases (id, person_id, unit_code, registered_by, responsible, status,
                    intake_kind, received_on, description, reporter_name, reporting_authority, lvm_report,
                    immediate_risks, assessment_outcome, assessment_reasons, assessed_by, assessed_on,
                    investigation_deadline, closed_on, closure_reason, closure_outcome, closed_by, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("INSERT INTO casehandling.case_named_staff (case_id, username) VALUES (?, ?)", named);
        rows.clear();
        named.clear();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    Set<String> unitsOfDemoAccounts() {
        return Set.of("nord-beroende", "syd-beroende");
    }
}
