package se.vardkedjan.dev.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestConstructor;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.CaseHandlingTestApplication;
import se.vardkedjan.TestActors;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.AssignmentView;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ImplementationPlans;
import se.vardkedjan.providercontracts.domain.OrganisationNumber;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider data of the generator ({@link DemoProviders}) against a real PostgreSQL with provider contracts'
 * schema: a small municipality, the demo provider file's Solgården and Nykter väg registered as ProviderSeed would,
 * then the national shape on it (generated providers and contracts, an assignment for every granted intervention,
 * reported days) with the run command's showcase. The rows are checked in the database and read through the facade
 * as the demo's users read them.
 */
@SpringBootTest(classes = CaseHandlingTestApplication.class)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DemoProvidersTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int PROVIDERS = 12;

    private static DemoProviders.Result result;

    private final JdbcTemplate jdbc;
    private final Assignments assignments;
    private final ImplementationPlans plans;
    private final se.vardkedjan.providercontracts.OwnAssignments ownAssignments;

    DemoProvidersTests(JdbcTemplate jdbc, TransactionTemplate transactions, Assignments assignments,
                       ImplementationPlans plans, se.vardkedjan.providercontracts.OwnAssignments ownAssignments) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.plans = plans;
        this.ownAssignments = ownAssignments;
        synchronized (DemoProvidersTests.class) {
            if (result == null) {
                result = transactions.execute(status -> {
                    new DemoMunicipality(jdbc, CLOCK, 11).generate(DemoScale.municipality());
                    registerDemoProviders();
                    return new DemoProviders(jdbc, CLOCK, 11).generate(new ProviderScale(PROVIDERS, 5, true, true, 3));
                });
            }
        }
    }

    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /**
     * "Min insats och utförare" in the demo: the portal clients read where they get help, with the provider's name,
     * some of it running. Which of them have an assignment depends on the generation their case came from (the
     * module's tests share one database, and the portal clients are added once), so not every one is required to.
     */
    @Test
    void theBankIdSimulatorsClientsReadTheirAssignmentsInThePortalSomeRunning() {
        var withAssignments = 0;
        var running = 0;
        for (var client : DemoMunicipality.PORTAL_CLIENTS) {
            se.vardkedjan.TestClients.signInClient(client[0]);
            var mine = ownAssignments.mine();
            assertThat(mine).as(client[1]).allSatisfy(own -> assertThat(own.providerName()).isNotBlank());
            withAssignments += mine.isEmpty() ? 0 : 1;
            running += mine.stream().anyMatch(own -> own.status() == AssignmentStatus.RUNNING) ? 1 : 0;
        }
        assertThat(withAssignments).as("portal clients with an assignment").isPositive();
        assertThat(running).as("portal clients getting help now").isPositive();
    }

    @Test
    void generatedProvidersHaveValidUniqueOrganisationNumbersAndCodesAndOneToThreeUnits() {
        assertThat(result.providers()).isEqualTo(PROVIDERS);
        var numbers = jdbc.queryForList("SELECT organisation_number FROM providercontracts.providers", String.class);
        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(number -> {
            // The provider register's own rule: ten digits, a valid check digit, the third digit at least 2.
            assertThat(new OrganisationNumber(number).value()).isEqualTo(number);
            assertThat(number.charAt(2) - '0').as(number).isGreaterThanOrEqualTo(2);
        });
        assertThat(count("SELECT count(*) FROM providercontracts.providers WHERE organisation_number IN "
                + "('5566778899', '2121000554', '8024681358', '5591234561') AND code NOT IN "
                + "('solgarden-hvb', 'kompassen-oppenvard', 'bryggan-stodboende', 'nykter-vag-oppenvard')"))
                .as("a generated provider with a demo provider's number").isZero();
        assertThat(jdbc.queryForList("SELECT code FROM providercontracts.providers", String.class))
                .doesNotHaveDuplicates().allMatch(code -> code.matches("^[a-z0-9][a-z0-9-]{0,63}$"));
        assertThat(count("""
                SELECT count(*) FROM providercontracts.providers p WHERE p.code NOT IN ('solgarden-hvb',
                    'kompassen-oppenvard', 'bryggan-stodboende', 'nykter-vag-oppenvard')
                  AND (SELECT count(*) FROM providercontracts.provider_units u WHERE u.provider_id = p.id)
                      NOT BETWEEN 1 AND 3""")).isZero();
    }

    @Test
    void contractsCoverMethodsOfTheirTypesWithPricesAndPeriodsIncludingEndedAndExpiringOnes() {
        assertThat(result.contracts()).isBetween(PROVIDERS * 3, PROVIDERS * 7);
        assertThat(count("SELECT count(*) FROM providercontracts.contracts c WHERE NOT EXISTS "
                + "(SELECT 1 FROM providercontracts.contract_methods m WHERE m.contract_id = c.id)")).isZero();
        assertThat(count("SELECT count(*) FROM providercontracts.contracts WHERE valid_to < ?", TODAY))
                .as("ended contracts").isPositive();
        assertThat(jdbc.queryForList("SELECT DISTINCT price_unit FROM providercontracts.contracts", String.class))
                .contains("CARE_DAY", "HOUR");
        // Places on care-day contracts of residential care, none on hour contracts.
        assertThat(count("SELECT count(*) FROM providercontracts.contracts WHERE price_unit = 'HOUR' "
                + "AND places IS NOT NULL")).isZero();
    }

    @Test
    void everyGrantedInterventionHasAnAssignmentOnItsCasesUnitInAStateItsDatesAllow() {
        assertThat(count("""
                SELECT count(*) FROM casehandling.decided_interventions di
                JOIN casehandling.decisions d ON d.id = di.decision_id
                WHERE d.status = 'DECIDED' AND di.outcome IN ('GRANTED', 'PARTLY_GRANTED')
                  AND NOT EXISTS (SELECT 1 FROM providercontracts.assignments a WHERE a.intervention_id = di.id)
                """)).as("granted interventions without an assignment").isZero();
        assertThat(count("""
                SELECT count(*) FROM providercontracts.assignments a JOIN casehandling.cases c ON c.id = a.case_id
                WHERE a.case_unit IS DISTINCT FROM c.unit_code""")).as("case_unit other than the case's").isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM providercontracts.assignments", String.class))
                .contains("ENDED", "RUNNING", "ACCEPTED", "DECLINED", "SENT");
        // What the states imply (beyond the table's CHECKs): a start from acceptance on, an end for ended ones, an
        // escalation only while the answer is awaited, and never a start before the decision or a send after today.
        assertThat(count("""
                SELECT count(*) FROM providercontracts.assignments WHERE
                    (status IN ('ACCEPTED', 'RUNNING', 'ENDED') AND accepted_start IS NULL)
                 OR (status IN ('RUNNING', 'ENDED') AND (started_on IS NULL OR started_on > ?))
                 OR (status = 'ENDED' AND (ended_on IS NULL OR ended_on < started_on OR ended_on > ?))
                 OR (status = 'ACCEPTED' AND accepted_start <= ?)
                 OR (status = 'DECLINED' AND decline_reason IS NULL)
                 OR (escalation_step > 0 AND status NOT IN ('SENT', 'RECEIVED'))
                 OR accepted_start < decided_on OR sent_at > now()
                 OR sent_at < CAST(decided_on AS timestamp) - interval '1 day'""", TODAY, TODAY, TODAY))
                .as("assignments in a state their dates contradict").isZero();
        // One live assignment per intervention; a declined one is followed by a second to another provider.
        assertThat(count("""
                SELECT count(*) FROM providercontracts.assignments d WHERE d.status = 'DECLINED'
                  AND EXISTS (SELECT 1 FROM providercontracts.assignments s WHERE s.intervention_id = d.intervention_id
                              AND s.status <> 'DECLINED')""")).as("declined, then sent again").isPositive();
        assertThat(count("SELECT count(*) FROM providercontracts.assignments WHERE escalation_step = 2"))
                .as("escalated to the case staff").isPositive();
    }

    @Test
    void historyFollowsEveryTransitionAndGoalsAreTheCasesCarePlanGoals() {
        assertThat(jdbc.queryForList("""
                SELECT a.status || ' ' || a.escalation_step || ': ' || (SELECT string_agg(h.event || ' ' || h.at,
                    ', ' ORDER BY h.id) FROM providercontracts.assignment_history h WHERE h.assignment_id = a.id)
                FROM providercontracts.assignments a WHERE
                    (SELECT h.event FROM providercontracts.assignment_history h WHERE h.assignment_id = a.id
                     ORDER BY h.id LIMIT 1) IS DISTINCT FROM 'DRAFTED'
                 OR (SELECT h.event FROM providercontracts.assignment_history h WHERE h.assignment_id = a.id
                     AND h.event NOT IN ('ESCALATED', 'PLAN_ESTABLISHED') ORDER BY h.id DESC LIMIT 1)
                    IS DISTINCT FROM
                    CASE a.status WHEN 'RUNNING' THEN 'STARTED' WHEN 'SENT' THEN 'SENT' WHEN 'RECEIVED' THEN 'RECEIVED'
                        WHEN 'ACCEPTED' THEN 'ACCEPTED' WHEN 'DECLINED' THEN 'DECLINED' WHEN 'ENDED' THEN 'ENDED' END
                 OR (SELECT count(*) FROM providercontracts.assignment_history h WHERE h.assignment_id = a.id
                     AND h.event = 'ESCALATED') <> a.escalation_step""", String.class)).as("histories out of step")
                .isEmpty();
        assertThat(count("""
                SELECT count(*) FROM providercontracts.assignment_history
                WHERE (actor = 'system') <> (actor_name IS NULL)""")).as("people by name, the system without one")
                .isZero();
        assertThat(count("SELECT count(*) FROM providercontracts.attendance_reports WHERE reported_by_name IS NULL"))
                .as("reporters by name").isZero();
        assertThat(count("""
                SELECT count(*) FROM providercontracts.assignment_goals g
                JOIN providercontracts.assignments a ON a.id = g.assignment_id
                WHERE NOT EXISTS (SELECT 1 FROM casehandling.care_plan_goals cg
                    JOIN casehandling.care_plans p ON p.id = cg.care_plan_id
                    WHERE cg.id = g.goal_id AND p.case_id = a.case_id AND cg.text = g.text)""")).isZero();
        assertThat(result.goals()).isPositive();
    }

    @Test
    void acceptedRunningAndEndedAssignmentsHavePlansEstablishedAfterTheStartAndBeforeTheEndAsTheHistoryTells() {
        assertThat(result.plans()).isPositive();
        assertThat(result.planVersions()).isPositive();
        assertThat(count("""
                SELECT count(*) FROM providercontracts.implementation_plans p
                JOIN providercontracts.assignments a ON a.id = p.assignment_id
                WHERE a.status NOT IN ('ACCEPTED', 'RUNNING', 'ENDED')""")).as("plans of unaccepted assignments")
                .isZero();
        assertThat(count("""
                SELECT count(*) FROM providercontracts.assignments a WHERE a.status IN ('ACCEPTED', 'RUNNING')
                  AND NOT EXISTS (SELECT 1 FROM providercontracts.implementation_plans p
                                  WHERE p.assignment_id = a.id)""")).as("accepted or running without a plan")
                .isZero();
        assertThat(count("""
                SELECT count(*) FROM providercontracts.implementation_plans p
                JOIN providercontracts.assignments a ON a.id = p.assignment_id
                WHERE a.status = 'ENDED' AND EXISTS (SELECT 1 FROM providercontracts.implementation_plan_versions v
                                                      WHERE v.plan_id = p.id)""")).as("ended with a plan")
                .isPositive();
        assertThat(count("""
                SELECT count(*) FROM providercontracts.implementation_plans p
                WHERE (SELECT count(*) FROM providercontracts.implementation_plan_versions v WHERE v.plan_id = p.id)
                      > 1""")).as("revised plans").isPositive();
        // A draft when open, established versions numbered from 1 with activities; an accepted assignment's plan is
        // a draft; a version established after the start, before the end (and now), and told in the history.
        assertThat(count("""
                SELECT count(*) FROM providercontracts.implementation_plans p
                JOIN providercontracts.assignments a ON a.id = p.assignment_id
                WHERE p.draft_open <> EXISTS (SELECT 1 FROM providercontracts.implementation_plan_draft_activities d
                                              WHERE d.plan_id = p.id)
                   OR p.draft_open AND (p.draft_working_with IS NULL OR p.draft_participation IS NULL)
                   OR NOT p.draft_open AND NOT EXISTS (SELECT 1 FROM providercontracts.implementation_plan_versions v
                                                      WHERE v.plan_id = p.id)
                   OR a.status = 'ACCEPTED' AND (NOT p.draft_open OR EXISTS (SELECT 1
                       FROM providercontracts.implementation_plan_versions v WHERE v.plan_id = p.id))
                   OR p.created_at < a.sent_at OR p.changed_at < p.created_at OR p.changed_at > ?
                   OR p.version < 1 + (SELECT count(*) FROM providercontracts.implementation_plan_versions v
                                       WHERE v.plan_id = p.id)""", java.sql.Timestamp.from(CLOCK.instant())))
                .as("plans out of shape").isZero();
        assertThat(count("""
                SELECT count(*) FROM providercontracts.implementation_plan_versions v
                JOIN providercontracts.implementation_plans p ON p.id = v.plan_id
                JOIN providercontracts.assignments a ON a.id = p.assignment_id
                WHERE v.number <> (SELECT count(*) FROM providercontracts.implementation_plan_versions o
                                   WHERE o.plan_id = v.plan_id AND o.established_at <= v.established_at)
                   OR CAST(v.established_at AT TIME ZONE 'Europe/Stockholm' AS date) <= a.started_on
                   OR a.ended_on IS NOT NULL
                      AND CAST(v.established_at AT TIME ZONE 'Europe/Stockholm' AS date) >= a.ended_on
                   OR v.established_at > ?
                   OR v.established_by_name = '' OR v.participation = '' OR v.working_with = ''
                   OR NOT EXISTS (SELECT 1 FROM providercontracts.implementation_plan_activities t
                                  WHERE t.plan_id = v.plan_id AND t.number = v.number)
                   OR NOT EXISTS (SELECT 1 FROM providercontracts.assignment_history h
                                  WHERE h.assignment_id = a.id AND h.event = 'PLAN_ESTABLISHED'
                                    AND h.detail = CAST(v.number AS text) AND h.at = v.established_at)""",
                java.sql.Timestamp.from(CLOCK.instant()))).as("versions out of step").isZero();
        assertThat(count("SELECT count(*) FROM providercontracts.assignment_history WHERE event = 'PLAN_ESTABLISHED'"))
                .isEqualTo(result.planVersions());
        // Activities aim at the assignment's goals.
        assertThat(count("""
                SELECT count(*) FROM providercontracts.implementation_plan_activities t
                JOIN providercontracts.implementation_plans p ON p.id = t.plan_id
                JOIN providercontracts.assignment_goals g ON g.assignment_id = p.assignment_id AND g.text = t.goal"""))
                .isPositive();
    }

    @Test
    void attendanceDaysFallWithinTheAssignmentAndItsReportAndFollowThePriceUnit() {
        assertThat(result.attendanceDays()).isPositive();
        assertThat(count("""
                SELECT count(*) FROM providercontracts.attendance_days d
                JOIN providercontracts.assignments a ON a.id = d.assignment_id
                JOIN providercontracts.attendance_reports r ON r.id = d.report_id
                JOIN providercontracts.contracts c ON c.id = a.contract_id
                WHERE a.status NOT IN ('RUNNING', 'ENDED') OR d.day < a.started_on
                   OR d.day > coalesce(a.ended_on, CAST(? AS date)) OR d.day >= CAST(? AS date) AND a.ended_on IS NULL
                   OR r.assignment_id <> d.assignment_id OR d.day NOT BETWEEN r.first_day AND r.last_day
                   OR (c.price_unit = 'CARE_DAY') <> (d.hours IS NULL)
                   OR c.price_unit NOT IN ('CARE_DAY', 'HOUR')""", TODAY, TODAY))
                .as("days outside their assignment or report, or hours on a care day").isZero();
        // Reports of one assignment never overlap, and each is reported after its last day.
        assertThat(count("""
                SELECT count(*) FROM providercontracts.attendance_reports r
                JOIN providercontracts.attendance_reports o ON o.assignment_id = r.assignment_id AND o.id <> r.id
                    AND o.first_day <= r.last_day AND o.last_day >= r.first_day""")).isZero();
        assertThat(count("SELECT count(*) FROM providercontracts.attendance_reports "
                + "WHERE CAST(reported_at AT TIME ZONE 'Europe/Stockholm' AS date) <= last_day AND last_day < ?",
                TODAY.minusDays(1))).isZero();
    }

    @Test
    void solgardensUserFindsTheShowcaseInTheInboxAndTheCaseworkerSeesItOnTheCase() {
        var showcase = jdbc.queryForList("""
                SELECT a.id, a.status, a.escalation_step, a.case_id FROM providercontracts.assignments a
                JOIN providercontracts.providers p ON p.id = a.provider_id
                JOIN casehandling.cases c ON c.id = a.case_id
                WHERE p.code = 'solgarden-hvb' AND c.unit_code = 'nord-beroende'
                  AND a.sent_at > ? ORDER BY a.sent_at""", java.sql.Timestamp.from(CLOCK.instant().minusSeconds(60 * 86_400L)));
        assertThat(showcase).extracting(row -> row.get("status") + "/" + row.get("escalation_step"))
                .contains("SENT/0", "SENT/2", "RECEIVED/0", "ACCEPTED/0", "RUNNING/0", "DECLINED/0");
        // The showcase's eight (made first, so with the first ids) each planned to start after it was sent and after
        // its decision.
        assertThat(jdbc.queryForList("""
                SELECT a.status || ' sent ' || a.sent_at || ' decided ' || a.decided_on || ' starts ' || a.starts_on
                    || CASE WHEN a.starts_on < CAST(a.sent_at AT TIME ZONE 'Europe/Stockholm' AS date)
                                 OR a.starts_on < a.decided_on THEN ' (before)' ELSE '' END
                FROM (SELECT * FROM providercontracts.assignments ORDER BY id LIMIT 8) a
                JOIN providercontracts.providers p ON p.id = a.provider_id
                WHERE p.code IN ('solgarden-hvb', 'nykter-vag-oppenvard')""", String.class))
                .hasSize(8).noneMatch(row -> row.endsWith("(before)"))
                .anyMatch(row -> row.startsWith("SENT") && row.contains("sent 2026-11-11"));
        var running = showcase.stream().filter(row -> "RUNNING".equals(row.get("status"))).findFirst().orElseThrow();
        var runningId = (UUID) running.get("id");
        assertThat(count("SELECT count(*) FROM providercontracts.attendance_days WHERE assignment_id = ?", runningId))
                .isGreaterThan(40);

        TestActors.signIn(new Actor(UUID.randomUUID().toString(), "utforare", "Maria Sjöberg",
                Set.of(Roles.PROVIDER_STAFF), Set.of(), Set.of(new ProviderOrganisationCode("solgarden-hvb"))));
        var read = assignments.forProvider(new AssignmentId(runningId));
        assertThat(read.status()).isEqualTo(AssignmentStatus.RUNNING);
        assertThat(read.history()).extracting(AssignmentView.Change::event)
                .containsSubsequence("DRAFTED", "SENT", "ACCEPTED", "STARTED");
        assertThat(assignments.workItems()).hasSizeGreaterThanOrEqualTo(3);
        var plan = plans.forProvider(new AssignmentId(runningId));
        assertThat(plan.established()).isNotEmpty();
        assertThat(plan.established().getFirst().establishedByName()).isEqualTo("Maria Sjöberg");
        assertThat(plan.established().getFirst().content().activities()).isNotEmpty();

        TestActors.signIn(new Actor(UUID.randomUUID().toString(), "handlaggare", "Anna Lindqvist",
                Set.of(Roles.CASEWORKER), Set.of(new UnitCode("nord-beroende")), Set.of()));
        assertThat(assignments.ofCase(new CaseId((UUID) running.get("case_id"))))
                .extracting(AssignmentView::id).contains(new AssignmentId(runningId));
    }

    /** Solgården and Nykter väg as the demo provider file registers them (ProviderSeed, on the app's start). */
    private void registerDemoProviders() {
        jdbc.update("""
                INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by)
                VALUES (gen_random_uuid(), 'solgarden-hvb', 'Solgårdens behandlingshem AB', '5566778899', 'PRIVATE',
                        'system'),
                       (gen_random_uuid(), 'nykter-vag-oppenvard', 'Nykter väg öppenvård AB', '5591234561', 'PRIVATE',
                        'system')
                ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from, valid_to,
                    price_unit, price_ore, places, changed_by)
                SELECT gen_random_uuid(), p.id, v.reference, v.form, CAST(v.from_day AS date), CAST(v.to_day AS date),
                       v.unit, v.price, v.places, 'system'
                FROM (VALUES ('solgarden-hvb', 'RA-2025-017', 'FRAMEWORK_AGREEMENT', '2025-01-01', '2027-12-31',
                              'CARE_DAY', 285000, 12),
                             ('nykter-vag-oppenvard', 'LOV-2026-003', 'LOV', '2026-03-01', NULL, 'HOUR', 105000, NULL))
                    AS v(code, reference, form, from_day, to_day, unit, price, places)
                JOIN providercontracts.providers p ON p.code = v.code
                ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO providercontracts.contract_methods (contract_id, method_code)
                SELECT c.id, m.method FROM providercontracts.contracts c
                JOIN providercontracts.providers p ON p.id = c.provider_id
                JOIN (VALUES ('solgarden-hvb', 'RESIDENTIAL_TREATMENT'), ('solgarden-hvb', 'TWELVE_STEP'),
                             ('nykter-vag-oppenvard', 'MI'), ('nykter-vag-oppenvard', 'CBT')) AS m(code, method)
                    ON m.code = p.code
                ON CONFLICT DO NOTHING""");
    }
}
