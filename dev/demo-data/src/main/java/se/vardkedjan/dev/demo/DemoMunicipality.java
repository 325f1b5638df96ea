package se.vardkedjan.dev.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fills the database with a realistic, generated municipality (or a whole country, for benchmarks): districts, units,
 * caseworkers, persons — some with samordningsnummer, reserve numbers or a protected identity — and cases in every stage
 * of the flow with their histories ({@link CaseHistories}: investigation, decision, care plan, journal, SIP). Seeded,
 * so the same scale and seed give the same data. Writes set-based SQL in chunks of persons ({@link TableRows}), not
 * through the facades, because a national-scale run inserts millions of rows; it writes no access-log rows, since
 * nobody read anything.
 */
public final class DemoMunicipality {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

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
            // As the demo realm and the demo organisation file name them.
            new String[] {"handlaggare", "Anna Lindqvist", "Socialsekreterare", "nord-beroende"},
            new String[] {"handlaggare.syd", "Omar Haddad", "Socialsekreterare", "syd-beroende"},
            new String[] {"enhetschef", "Karin Berg", "Enhetschef", "nord-beroende"});

    /** What was made. */
    public record Result(int units, int staff, int persons, int cases, long investigations, long decisions,
                         long carePlans, long journalEntries, long coordinatedPlans) {
    }

    /** A case as generated, for the stage writers. */
    record GeneratedCase(UUID id, UUID personId, String unit, String responsible, String status,
                         LocalDate receivedOn, LocalDate assessedOn, LocalDate deadline, LocalDate decidedOn,
                         LocalDate closedOn, String closureReason, boolean protectedIdentity) {
    }

    /** Persons are generated, with their cases and histories, and written in chunks of this many. */
    private static final int CHUNK = 2_000;

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Instant now;
    private final Random random;
    private final DemoIds ids;

    public DemoMunicipality(JdbcTemplate jdbc, Clock clock, long seed) {
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock.withZone(STOCKHOLM));
        this.now = clock.instant();
        this.random = new Random(seed);
        this.ids = new DemoIds(random);
    }

    public Result generate(DemoScale scale) {
        var started = System.nanoTime();
        var units = organisation(scale);
        var staff = staff(units, scale);
        var tables = new DemoTables();
        var histories = new CaseHistories(tables, staff, random, ids, today, now, scale.journalEntriesPerCase());
        var numbers = new HashSet<String>(scale.persons() * 2);
        var cases = 0;
        for (var from = 0; from < scale.persons(); from += CHUNK) {
            var persons = persons(tables, Math.min(CHUNK, scale.persons() - from), numbers);
            cases += cases(tables, histories, persons, staff.caseworkersByUnit());
            tables.flush(jdbc);
            if ((from / CHUNK) % 50 == 49) {
                log.info("Demo data: {} persons, {} cases, {} journal entries so far ({} s)", from + CHUNK, cases,
                        histories.journalEntries, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        var portalClients = portalClients(tables, histories, numbers);
        cases += portalClients;
        tables.flush(jdbc);
        new PortalContactDemo(jdbc, ids, today, now).write();
        DemoTrustedReader.add(jdbc, now);
        DemoSelfAssessment.add(jdbc, now);
        new DemoFollowUps(jdbc, today, now).write();
        new DemoAuditBaseline(jdbc, today, now).write();
        var staffCount = staff.displayNames().size();
        var result = new Result(units.size(), staffCount, scale.persons() + portalClients, cases, histories.investigations,
                histories.decisions, histories.carePlans, histories.journalEntries, histories.coordinatedPlans);
        log.info("Demo data: {} in {} s", result, (System.nanoTime() - started) / 1_000_000_000);
        return result;
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
        jdbc.batchUpdate("INSERT INTO organisation.districts (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                districts);
        jdbc.batchUpdate("INSERT INTO organisation.units (code, district_code, name) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", units);
        return units.stream().map(u -> (String) u[0]).toList();
    }

    /** The demo accounts, generated caseworkers in every unit, and a unit manager per unit (who approves HVB). */
    private CaseHistories.Staff staff(List<String> units, DemoScale scale) {
        var byUnit = new LinkedHashMap<String, List<String>>();
        var managers = new HashMap<String, String>();
        var names = new HashMap<String, String>();
        var members = new ArrayList<Object[]>();
        var memberships = new ArrayList<Object[]>();
        for (var account : DEMO_ACCOUNTS) {
            members.add(new Object[] {account[0], account[1], account[2]});
            memberships.add(new Object[] {account[0], account[3]});
            names.put(account[0], account[1]);
            if ("Enhetschef".equals(account[2])) {
                managers.put(account[3], account[0]);
            } else {
                byUnit.computeIfAbsent(account[3], k -> new ArrayList<>()).add(account[0]);
            }
        }
        for (var unit : units) {
            for (var n = 1; n <= scale.caseworkersPerUnit(); n++) {
                var username = "hl." + unit + "." + n;
                var name = personName(random.nextBoolean());
                members.add(new Object[] {username, name, "Socialsekreterare"});
                memberships.add(new Object[] {username, unit});
                names.put(username, name);
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(username);
            }
            if (!managers.containsKey(unit)) {
                var username = "ec." + unit;
                var name = personName(random.nextBoolean());
                members.add(new Object[] {username, name, "Enhetschef"});
                memberships.add(new Object[] {username, unit});
                names.put(username, name);
                managers.put(unit, username);
            }
        }
        jdbc.batchUpdate("INSERT INTO organisation.staff_members (username, display_name, title) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", members);
        jdbc.batchUpdate("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING", memberships);
        return new CaseHistories.Staff(names, byUnit, managers,
                DEMO_UNITS.stream().map(u -> u[0]).collect(Collectors.toSet()));
    }

    private String personName(boolean woman) {
        return SwedishNames.pick(woman ? SwedishNames.WOMEN : SwedishNames.MEN, random) + " "
                + SwedishNames.pick(SwedishNames.FAMILY, random);
    }

    /** A generated person: id, and whether the identity is protected. */
    record GeneratedPerson(UUID id, boolean protectedIdentity, LocalDate birthDate) {
    }

    private List<GeneratedPerson> persons(DemoTables tables, int count, Set<String> numbers) {
        var made = new ArrayList<GeneratedPerson>(count);
        for (var i = 0; i < count; i++) {
            var id = ids.next();
            var woman = random.nextInt(100) < 30;
            var birth = today.minusYears(18 + ageOffset()).minusDays(random.nextInt(365));
            var roll = random.nextInt(1000);
            String kind;
            String number;
            if (roll < 5) {
                kind = "RESERVE_NUMBER";
                do {
                    // The sequence wraps at 1,000: at national scale two people may share a birth date and a serial.
                    number = "R" + birth.toString().replace("-", "") + String.format("%03d", ++reserveSequence % 1000);
                } while (!numbers.add(number));
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
            tables.persons.add(id, kind, number, birth, woman ? "FEMALE" : "MALE", given, family,
                    random.nextInt(10) < 7 ? String.format("070-%03d %02d %02d", random.nextInt(1000),
                            random.nextInt(100), random.nextInt(100)) : null,
                    hasAddress ? SwedishNames.pick(SwedishNames.STREETS, random) + " " + (1 + random.nextInt(60)) : null,
                    hasAddress ? String.format("%03d %02d", 100 + random.nextInt(890), random.nextInt(100)) : null,
                    hasAddress ? "Exempelstad" : null, protection);
            made.add(new GeneratedPerson(id, !"NONE".equals(protection), birth));
        }
        return made;
    }

    /**
     * The BankID simulator's test persons who log in to the portal as clients (keycloak-realm/bankid-simulator's
     * {@code TestPersons}, by number, name and sex), each with a decided case in the demo unit handled by the demo
     * caseworker and a care plan they read in the portal (ADR 0028): every other one's plan agreed, the others a draft.
     * Anna Lindqvist (198203142388) is left out: the demo realm links her number to the caseworker {@code handlaggare}.
     */
    static final List<String[]> PORTAL_CLIENTS = List.of(
            new String[] {"199001012385", "Anna", "Andersson", "FEMALE"},
            new String[] {"198506154577", "Erik", "Johansson", "MALE"},
            new String[] {"199203722468", "Fatima", "Hassan", "FEMALE"},
            new String[] {"195811239135", "Lars-Göran", "Nilsson", "MALE"},
            new String[] {"200109093229", "Sara", "Lindqvist", "FEMALE"},
            new String[] {"197402288711", "Mikael", "Öberg", "MALE"});

    /**
     * Adds the portal's demo clients, each with one case; returns how many (persons and cases alike). A client already
     * in the register (a second generation into the same database, as the module tests make) is left as it is.
     */
    private int portalClients(DemoTables tables, CaseHistories histories, Set<String> numbers) {
        var registered = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT identity_number FROM casehandling.persons WHERE identity_number = ANY(?)", String.class,
                (Object) PORTAL_CLIENTS.stream().map(client -> client[0]).toArray(String[]::new)));
        var made = 0;
        var portalJournal = new DemoPortalJournal(tables, ids, today, now);
        for (var client : PORTAL_CLIENTS) {
            if (registered.contains(client[0]) || !numbers.add(client[0])) {
                continue;
            }
            var id = ids.next();
            var number = client[0];
            var day = Integer.parseInt(number.substring(6, 8));
            var coordination = day > 60;
            var birth = LocalDate.of(Integer.parseInt(number.substring(0, 4)), Integer.parseInt(number.substring(4, 6)),
                    coordination ? day - 60 : day);
            tables.persons.add(id, coordination ? "COORDINATION_NUMBER" : "PERSONAL_NUMBER", number, birth, client[3],
                    client[1], client[2], "070-123 45 6" + made, "Storgatan " + (made + 1), "123 45", "Exempelstad",
                    "NONE");
            var caseId = ids.next();
            var received = today.minusDays(150 + made * 7);
            var assessed = received.plusDays(5);
            var decided = min(assessed.plusDays(60), today);
            var responsible = DEMO_ACCOUNTS.getFirst()[0];
            tables.cases.add(caseId, id, DEMO_UNIT, responsible, responsible, "DECIDED", "APPLICATION", received,
                    DemoTexts.intake("APPLICATION", random), null, null, false, null, "OPEN_INVESTIGATION",
                    DemoTexts.assessment("OPEN_INVESTIGATION", random), responsible, assessed, assessed.plusMonths(4),
                    null, null, null, null, received.atStartOfDay(STOCKHOLM).plusHours(10).toInstant(),
                    earliest(decided.atStartOfDay(STOCKHOLM).plusHours(15).toInstant(), now));
            histories.writePortalClient(new GeneratedCase(caseId, id, DEMO_UNIT, responsible, "DECIDED", received,
                    assessed, assessed.plusMonths(4), decided, null, null, false), made % 2 == 0);
            histories.journalEntries += portalJournal.write(new GeneratedCase(caseId, id, DEMO_UNIT, responsible,
                    "DECIDED", received, assessed, assessed.plusMonths(4), decided, null, null, false),
                    DEMO_ACCOUNTS.getFirst()[1]);
            DemoPortalSips.add(tables, ids, caseId, responsible, decided, today, now);
            made++;
        }
        return made;
    }

    private int reserveSequence;
    private int protectedShowcases;

    /** The unit of the demo caseworker and unit manager. */
    private static final String DEMO_UNIT = "nord-beroende";
    /** How many protected persons get their cases in the demo unit. */
    private static final int PROTECTED_IN_DEMO_UNIT = 3;

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

    private int cases(DemoTables tables, CaseHistories histories, List<GeneratedPerson> persons,
                      Map<String, List<String>> staffByUnit) {
        var units = new ArrayList<>(staffByUnit.keySet());
        var made = 0;
        var protectedInDemoUnit = 0;
        for (var person : persons) {
            // Demo accounts' units get a fair share, so a demo login sees a full list.
            var unit = random.nextInt(100) < 30 && units.size() > 6 ? units.get(random.nextInt(6))
                    : units.get(random.nextInt(units.size()));
            // The demo caseworker's and unit manager's unit gets the first protected persons, so that the demo shows
            // what protected identity looks like to both (see addCase).
            if (person.protectedIdentity() && protectedInDemoUnit < PROTECTED_IN_DEMO_UNIT
                    && staffByUnit.containsKey(DEMO_UNIT)) {
                unit = DEMO_UNIT;
                protectedInDemoUnit++;
            }
            var staff = staffByUnit.get(unit);
            if (random.nextInt(4) == 0) {
                histories.write(addCase(tables, person, unit, staff, true));
                made++;
            }
            histories.write(addCase(tables, person, unit, staff, false));
            made++;
        }
        return made;
    }

    private GeneratedCase addCase(DemoTables tables, GeneratedPerson person, String unit, List<String> staff,
                                  boolean earlier) {
        var id = ids.next();
        // In the demo unit, the first protected person's case is the demo caseworker's (named on it), and the last
        // one's is a new intake that nobody is named on yet: a work item for the demo unit manager.
        var showcase = person.protectedIdentity() && DEMO_UNIT.equals(unit) && !earlier ? ++protectedShowcases : 0;
        var waitsForNaming = showcase == PROTECTED_IN_DEMO_UNIT;
        var responsible = showcase == 1 && staff.contains(DEMO_ACCOUNTS.getFirst()[0]) ? DEMO_ACCOUNTS.getFirst()[0]
                : staff.get(random.nextInt(staff.size()));
        var received = waitsForNaming ? today.minusDays(1)
                : earlier ? today.minusDays(800 + random.nextInt(900)) : today.minusDays(random.nextInt(720));
        var age = today.toEpochDay() - received.toEpochDay();
        var roll = random.nextInt(100);
        String status;
        if (earlier) {
            status = "CLOSED";
        } else if (waitsForNaming || age < 10 || roll < 8) {
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
        var closureReason = closed == null ? null : "NOT_OPENED".equals(status) ? "OTHER"
                : DemoTexts.closureReason(random);
        var registeredAt = received.atStartOfDay(STOCKHOLM).plusHours(9).plusMinutes(random.nextInt(480)).toInstant();
        var lastChange = closed != null ? closed : decided != null ? decided : assessed != null ? assessed : received;
        tables.cases.add(id, person.id(), unit, responsible, responsible, status, kind, received,
                DemoTexts.intake(kind, random), "REPORT".equals(kind) ? DemoTexts.reporter(authority, random) : null,
                authority, lvm, random.nextInt(8) == 0 ? DemoTexts.risk(random) : null, outcome,
                outcome == null ? null : DemoTexts.assessment(outcome, random), assessed == null ? null : responsible,
                assessed, deadline, closed, closureReason,
                closed == null ? null : DemoTexts.closureOutcome(status, random), closed == null ? null : responsible,
                earliest(registeredAt, now), earliest(lastChange.atStartOfDay(STOCKHOLM).plusHours(15).toInstant(),
                        now));
        if (person.protectedIdentity() && !waitsForNaming) {
            tables.namedStaff.add(id, responsible);
        }
        return new GeneratedCase(id, person.id(), unit, responsible, status, received, assessed, deadline, decided,
                closed, closureReason, person.protectedIdentity());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    Set<String> unitsOfDemoAccounts() {
        return Set.of("nord-beroende", "syd-beroende");
    }
}
