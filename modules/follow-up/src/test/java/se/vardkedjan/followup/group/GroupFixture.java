package se.vardkedjan.followup.group;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A small fixed data set for group follow-up's indicator tests, written straight into the owning modules' tables (as
 * their facades would have left them), in three districts of its own so that figures of other tests never mix in.
 * Period 2026-01-01..2026-06-30. Every figure the tests expect is worked out by hand from this:
 * <ul>
 * <li>district 1 (unit 1): 6 women born 1990 (30–49) and 6 men born 2000 (21–29), received 2026-02-02, decided
 *     2026-03-04 (30 days), outpatient care from 2026-03-14 (10 days); documented needs, participation, an agreed
 *     plan with a goal; an assignment to provider 1 sent 2026-03-05 and accepted 2026-03-08 (3 days), care days
 *     priced 1 000 kr: 10 days in March (14–23) and 5 in April (1–5) each; responsible caseworker "gw1-&lt;tag&gt;";</li>
 * <li>district 2 (unit 2): 5 women born 1970 (50–64) received 2026-03-02, decided 2026-05-01 (60 days), residential
 *     care from 2026-05-21 (20 days), nothing documented but the assignment: to provider 2 sent 2026-05-02, accepted
 *     2026-05-12 (10 days), a month's price of 30 000 kr, 11 days in May (21–31: 30 000 × 11 / 31 = 10 645,16 kr
 *     each); and 2 men born 1970 received 2026-03-02 with no decision;</li>
 * <li>district 3 (unit 3): 7 men born 1950 (65+ at the start) received 2025-12-01, decided 2026-01-31 (61 days),
 *     a service without decision from 2026-02-10 (10 days), closed 2026-04-30; documented needs only.</li>
 * </ul>
 */
final class GroupFixture {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    final String tag;
    final String d1;
    final String d2;
    final String d3;
    final String u1;
    final String u2;
    final String u3;
    final String caseworker1;
    final List<UUID> district1Cases = new ArrayList<>();
    final List<UUID> district3Cases = new ArrayList<>();
    /** District 2's cases: the 5 women's with a decision first, then the 2 men's without. */
    final List<UUID> district2Cases = new ArrayList<>();
    private final JdbcClient jdbc;
    private final UUID provider1 = UUID.randomUUID();
    private final UUID provider2 = UUID.randomUUID();
    private final UUID contract1 = UUID.randomUUID();
    private final UUID contract2 = UUID.randomUUID();

    GroupFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tag = "g" + Long.toHexString(ThreadLocalRandom.current().nextLong(0x10000000L, 0xfffffffL * 16));
        d1 = tag + "-d1";
        d2 = tag + "-d2";
        d3 = tag + "-d3";
        u1 = tag + "-u1";
        u2 = tag + "-u2";
        u3 = tag + "-u3";
        caseworker1 = "gw1-" + tag;
    }

    /** Filters to this fixture's three districts over the period. */
    GroupFilter filter() {
        return GroupFilter.period(FROM, TO).withDistricts(Set.of(d1, d2, d3));
    }

    Actor analyst() {
        return TestActors.staff("an-" + tag, Set.of(Roles.ANALYST));
    }

    Actor unitManagerOfUnit1() {
        return TestActors.staff("ec-" + tag, Set.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), u1);
    }

    GroupFixture create() {
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES (?, 'Norr'), (?, 'Mitt'), (?, 'Söder')")
                .params(d1, d2, d3).update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, ?, 'Enhet 1'), "
                + "(?, ?, 'Enhet 2'), (?, ?, 'Enhet 3')").params(u1, d1, u2, d2, u3, d3).update();
        jdbc.sql("INSERT INTO providercontracts.methods (code, name_sv, name_en, changed_by) "
                + "VALUES ('GROUP_TEST_MI', 'MI (test)', 'MI (test)', 'test') ON CONFLICT DO NOTHING").update();
        provider(provider1, contract1, "CARE_DAY", 100_000);
        provider(provider2, contract2, "MONTH", 3_000_000);
        for (int i = 0; i < 6; i++) {
            district1Cases.add(district1("FEMALE", LocalDate.of(1990, 1, 1)));
            district1Cases.add(district1("MALE", LocalDate.of(2000, 6, 1)));
        }
        for (int i = 0; i < 5; i++) {
            var person = person("FEMALE", LocalDate.of(1970, 1, 1));
            var caseId = aCase(person, u2, LocalDate.of(2026, 3, 2), null, null);
            district2Cases.add(caseId);
            var intervention = decision(caseId, LocalDate.of(2026, 5, 1), "RESIDENTIAL", LocalDate.of(2026, 5, 21));
            assignment(caseId, intervention, "RESIDENTIAL", provider2, contract2, LocalDate.of(2026, 5, 2),
                    LocalDate.of(2026, 5, 12), u2, List.of(range(LocalDate.of(2026, 5, 21), 11)));
        }
        for (int i = 0; i < 2; i++) {
            district2Cases.add(aCase(person("MALE", LocalDate.of(1970, 1, 1)), u2, LocalDate.of(2026, 3, 2), null,
                    null));
        }
        for (int i = 0; i < 7; i++) {
            var caseId = aCase(person("MALE", LocalDate.of(1950, 1, 1)), u3, LocalDate.of(2025, 12, 1),
                    LocalDate.of(2026, 4, 30), null);
            decision(caseId, LocalDate.of(2026, 1, 31), "SERVICE_WITHOUT_DECISION", LocalDate.of(2026, 2, 10));
            investigation(caseId, false);
            district3Cases.add(caseId);
        }
        return this;
    }

    /**
     * Adds to district 3 (unit 3) two clients, a woman born 1990 and a man born 2000, received 2025-11-03, decided
     * 2025-12-01, outpatient care at provider 1 (1 000 kr a care day) from 2025-12-20 for 21 days: 12 in December
     * 2025 and 9 in January 2026 each. Only tests that call it have these; the figures above leave district 3 without
     * cost.
     */
    GroupFixture withCareOverTheNewYear() {
        for (var client : List.of(person("FEMALE", LocalDate.of(1990, 1, 1)),
                person("MALE", LocalDate.of(2000, 1, 1)))) {
            var caseId = aCase(client, u3, LocalDate.of(2025, 11, 3), null, null);
            var intervention = decision(caseId, LocalDate.of(2025, 12, 1), "OUTPATIENT", LocalDate.of(2025, 12, 20));
            assignment(caseId, intervention, "OUTPATIENT", provider1, contract1, LocalDate.of(2025, 12, 2),
                    LocalDate.of(2025, 12, 5), u3, List.of(range(LocalDate.of(2025, 12, 20), 21)));
        }
        return this;
    }

    private UUID district1(String sex, LocalDate born) {
        var caseId = aCase(person(sex, born), u1, LocalDate.of(2026, 2, 2), null, caseworker1);
        var intervention = decision(caseId, LocalDate.of(2026, 3, 4), "OUTPATIENT", LocalDate.of(2026, 3, 14));
        investigation(caseId, true);
        plan(caseId, LocalDate.of(2026, 3, 10));
        assignment(caseId, intervention, "OUTPATIENT", provider1, contract1, LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 8), u1, List.of(range(LocalDate.of(2026, 3, 14), 10),
                        range(LocalDate.of(2026, 4, 1), 5)));
        return caseId;
    }

    private static List<LocalDate> range(LocalDate first, int days) {
        return first.datesUntil(first.plusDays(days)).toList();
    }

    private UUID person(String sex, LocalDate born) {
        var id = UUID.randomUUID();
        var number = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        jdbc.sql("""
                        INSERT INTO casehandling.persons (id, identity_kind, identity_number, birth_date, sex,
                            given_name, family_name) VALUES (?, 'RESERVE_NUMBER', ?, ?, ?, 'Test', 'Gruppsson')""")
                .params(id, number, Date.valueOf(born), sex).update();
        return id;
    }

    private UUID aCase(UUID person, String unit, LocalDate received, LocalDate closed, String responsible) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO casehandling.cases (id, person_id, unit_code, registered_by, responsible, status,
                            intake_kind, received_on, description, closed_on)
                        VALUES (?, ?, ?, 'test', ?, ?, 'APPLICATION', ?, 'Ansökan.', ?)""")
                .params(id, person, unit, responsible, closed == null ? "INVESTIGATION" : "CLOSED",
                        Date.valueOf(received), closed == null ? null : Date.valueOf(closed)).update();
        return id;
    }

    private UUID decision(UUID caseId, LocalDate decided, String type, LocalDate starts) {
        var decision = UUID.randomUUID();
        var intervention = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO casehandling.decisions (id, case_id, status, proposed_on, proposed_by)
                        VALUES (?, ?, 'PROPOSED', ?, 'test')""")
                .params(decision, caseId, Date.valueOf(decided)).update();
        jdbc.sql("""
                        INSERT INTO casehandling.decided_interventions (id, decision_id, position, intervention_type,
                            outcome, scope, starts_on, legal_reference_code) VALUES (?, ?, 1, ?, 'GRANTED', 'Stöd', ?, ?)""")
                .params(intervention, decision, type, Date.valueOf(starts),
                        "SERVICE_WITHOUT_DECISION".equals(type) ? null : "SOL-11-1").update();
        jdbc.sql("UPDATE casehandling.decisions SET status = 'DECIDED', decided_on = ?, decided_by = 'test' "
                + "WHERE id = ?").params(Date.valueOf(decided), decision).update();
        jdbc.sql("UPDATE casehandling.cases SET status = 'DECIDED' WHERE id = ? AND status <> 'CLOSED'")
                .param(caseId).update();
        return intervention;
    }

    private void investigation(UUID caseId, boolean participation) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO casehandling.investigations (id, case_id, status, participation_mode) "
                + "VALUES (?, ?, 'DRAFT', ?)").params(id, caseId, participation ? "MEETING" : null).update();
        jdbc.sql("INSERT INTO casehandling.investigation_needs (investigation_id, life_area, severity) "
                + "VALUES (?, 'ALCOHOL', 6)").param(id).update();
    }

    private void plan(UUID caseId, LocalDate on) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO casehandling.care_plans (id, case_id, revision, status, plan_date, created_by,
                            response_on, response_channel, client_agrees) VALUES (?, ?, 1, 'AGREED', ?, 'test', ?,
                            'MEETING', true)""")
                .params(id, caseId, Date.valueOf(on), Date.valueOf(on)).update();
        jdbc.sql("""
                        INSERT INTO casehandling.care_plan_goals (id, care_plan_id, position, text, measured_by,
                            follow_up_on) VALUES (?, ?, 1, 'Nykter', 'Samtal', ?)""")
                .params(UUID.randomUUID(), id, Date.valueOf(on.plusMonths(3))).update();
    }

    private void provider(UUID id, UUID contract, String priceUnit, long priceOre) {
        var number = String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
        jdbc.sql("""
                        INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by)
                        VALUES (?, ?, ?, ?, 'PRIVATE', 'test')""")
                .params(id, tag + "-" + id.toString().substring(0, 8), "Utförare " + priceUnit, number).update();
        jdbc.sql("""
                        INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from,
                            price_unit, price_ore, changed_by) VALUES (?, ?, 'Avtal', 'FRAMEWORK_AGREEMENT', ?, ?, ?,
                            'test')""")
                .params(contract, id, Date.valueOf(LocalDate.of(2025, 1, 1)), priceUnit, priceOre).update();
    }

    private void assignment(UUID caseId, UUID intervention, String type, UUID provider, UUID contract,
                            LocalDate sent, LocalDate answered, String unit, List<List<LocalDate>> days) {
        var id = UUID.randomUUID();
        var zone = ZoneId.of("Europe/Stockholm");
        jdbc.sql("""
                        INSERT INTO providercontracts.assignments (id, case_id, decision_id, intervention_id,
                            intervention_type, status, method_code, provider_id, contract_id, sent_at, changed_by,
                            case_unit)
                        SELECT ?, ?, decision_id, id, ?, 'ACCEPTED', 'GROUP_TEST_MI', ?, ?, ?, 'test', ?
                        FROM casehandling.decided_interventions WHERE id = ?""")
                .params(id, caseId, type, provider, contract,
                        Timestamp.from(sent.atTime(10, 0).atZone(zone).toInstant()), unit, intervention).update();
        jdbc.sql("""
                        INSERT INTO providercontracts.assignment_history (assignment_id, at, actor, event, detail)
                        VALUES (?, ?, 'provider', 'ACCEPTED', null)""")
                .params(id, Timestamp.from(answered.atTime(11, 0).atZone(zone).toInstant())).update();
        for (var period : days) {
            var report = jdbc.sql("""
                            INSERT INTO providercontracts.attendance_reports (assignment_id, first_day, last_day,
                                reported_at, reported_by) VALUES (?, ?, ?, now(), 'provider') RETURNING id""")
                    .params(id, Date.valueOf(period.getFirst()), Date.valueOf(period.getLast()))
                    .query(Long.class).single();
            for (var day : period) {
                jdbc.sql("INSERT INTO providercontracts.attendance_days (assignment_id, day, report_id) "
                        + "VALUES (?, ?, ?)").params(id, Date.valueOf(day), report).update();
            }
        }
    }
}
