package se.vardkedjan.dev.demo;

import dev.personnummer.Personnummer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestConstructor;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.CaseHandlingTestApplication;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CaseListQuery;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalOrder;
import se.vardkedjan.casehandling.JournalText;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectedCases;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo generator against a real, fresh PostgreSQL database with case handling's schema (case handling booted as in
 * its module tests, from its test jar): a small municipality is generated once (per test JVM) and every part of the
 * case's flow is checked, in the database and through the facades.
 */
@SpringBootTest(classes = CaseHandlingTestApplication.class)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DemoMunicipalityTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int PERSONS = 400;

    private static DemoMunicipality.Result result;

    private final JdbcTemplate jdbc;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final CarePlans carePlans;
    private final Journal journal;
    private final CoordinatedPlans coordinatedPlans;
    private final PersonRegister register;
    private final ProtectedCases protectedCases;
    private final TestActors actors;
    private final TransactionTemplate transactions;
    @org.springframework.beans.factory.annotation.Autowired
    private se.vardkedjan.casehandling.OwnFile ownFile;

    DemoMunicipalityTests(JdbcTemplate jdbc, TransactionTemplate transactions, PersonRegister register,
                          CaseHandling caseHandling,
                          Investigations investigations, Decisions decisions, CarePlans carePlans, Journal journal,
                          CoordinatedPlans coordinatedPlans, ProtectedCases protectedCases, TestActors actors) {
        this.jdbc = jdbc;
        this.protectedCases = protectedCases;
        this.actors = actors;
        this.transactions = transactions;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.carePlans = carePlans;
        this.journal = journal;
        this.coordinatedPlans = coordinatedPlans;
        this.register = register;
        synchronized (DemoMunicipalityTests.class) {
            if (result == null) {
                // What was there before the generation, so that every count below is over what it made and nothing
                // another test made in the same database.
                var casesBefore = new java.util.HashSet<>(jdbc.queryForList("SELECT id FROM casehandling.cases",
                        UUID.class));
                var personsBefore = new java.util.HashSet<>(jdbc.queryForList("SELECT id FROM casehandling.persons",
                        UUID.class));
                // The simulator's clients another test's generation in this database registered already.
                PORTAL_CLIENTS_BEFORE = jdbc.queryForObject("SELECT count(*) FROM casehandling.persons "
                        + "WHERE identity_number = ANY(?)", Integer.class, (Object) DemoMunicipality.PORTAL_CLIENTS
                        .stream().map(client -> client[0]).toArray(String[]::new));
                result = transactions.execute(status ->
                        new DemoMunicipality(jdbc, CLOCK, 7).generate(DemoScale.tiny(PERSONS)));
                DEMO_CASES = idList(jdbc.queryForList("SELECT id FROM casehandling.cases", UUID.class), casesBefore);
                DEMO_PERSONS = idList(jdbc.queryForList("SELECT id FROM casehandling.persons", UUID.class),
                        personsBefore);
                DEMO_INVESTIGATIONS = "(SELECT id FROM casehandling.investigations WHERE case_id IN " + DEMO_CASES + ")";
                DEMO_DECISIONS = "(SELECT id FROM casehandling.decisions WHERE case_id IN " + DEMO_CASES + ")";
                DEMO_PLANS = "(SELECT id FROM casehandling.care_plans WHERE case_id IN " + DEMO_CASES + ")";
                DEMO_ENTRIES = "(SELECT id FROM casehandling.journal_entries WHERE case_id IN " + DEMO_CASES + ")";
            }
        }
    }

    @BeforeEach
    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    /** A count; restrict it to {@link #DEMO_CASES} or {@link #DEMO_PERSONS}. */
    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The ids of the cases and persons the generation made, as an SQL list (set in the constructor). */
    private static String DEMO_CASES;
    private static int PORTAL_CLIENTS_BEFORE;
    private static String DEMO_PERSONS;
    /** The investigations, decisions, plans and journal entries of the generated cases. */
    private static String DEMO_INVESTIGATIONS;
    private static String DEMO_DECISIONS;
    private static String DEMO_PLANS;
    private static String DEMO_ENTRIES;

    /** The ids in {@code now} that were not in {@code before}, as {@code ('…', '…')}. */
    private static String idList(List<UUID> now, Set<UUID> before) {
        var made = now.stream().filter(id -> !before.contains(id)).map(id -> "'" + id + "'").toList();
        if (made.isEmpty()) {
            throw new IllegalStateException("The generation made nothing");
        }
        return "(" + String.join(", ", made) + ")";
    }

    @Test
    void aSmallMunicipalityHasValidNumbersCasesInEveryStageAndTheDemoAccountsUnits() {
        // The generated persons and the BankID simulator's clients (ADR 0028).
        var persons = PERSONS + DemoMunicipality.PORTAL_CLIENTS.size() - PORTAL_CLIENTS_BEFORE;
        assertThat(result.persons()).isEqualTo(persons);
        assertThat(count("SELECT count(*) FROM casehandling.persons WHERE id IN " + DEMO_PERSONS)).isEqualTo(persons);
        var numbers = jdbc.queryForList("SELECT identity_number FROM casehandling.persons WHERE identity_kind <> "
                + "'RESERVE_NUMBER' AND id IN " + DEMO_PERSONS, String.class);
        assertThat(numbers).hasSizeGreaterThan(PERSONS / 2);
        assertThat(numbers).allSatisfy(number -> assertThat(Personnummer.valid(number)).as(number).isTrue());
        var statuses = jdbc.queryForList("SELECT DISTINCT status FROM casehandling.cases WHERE id IN " + DEMO_CASES,
                String.class);
        assertThat(statuses).contains("INTAKE", "NOT_OPENED", "INVESTIGATION", "DECIDED", "CLOSED");
        assertThat(count("SELECT count(*) FROM casehandling.cases WHERE responsible = 'handlaggare' AND id IN "
                + DEMO_CASES)).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.persons WHERE protection <> 'NONE' AND id IN "
                + DEMO_PERSONS)).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.persons WHERE identity_kind = 'COORDINATION_NUMBER' "
                + "AND id IN " + DEMO_PERSONS)).isPositive();
        assertThat(count("SELECT count(*) FROM accesslog.access_log l JOIN casehandling.cases c "
                + "ON c.person_id = l.person_id WHERE c.registered_by LIKE 'hl.%' AND l.occurred_at < ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(3_600)))).isZero();
        assertThat(count("SELECT count(*) FROM organisation.staff_members WHERE title = 'Enhetschef'"))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyCaseHasTheInvestigationItsStageImplies() {
        assertThat(result.investigations()).isPositive();
        // None before the preliminary assessment opened one, one for every case from the investigation on.
        assertThat(count("SELECT count(*) FROM casehandling.cases c JOIN casehandling.investigations i "
                + "ON i.case_id = c.id WHERE c.status IN ('INTAKE', 'NOT_OPENED') AND c.id IN " + DEMO_CASES)).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.cases c WHERE c.id IN " + DEMO_CASES
                + " AND c.status IN ('INVESTIGATION', 'DECIDED', 'CLOSED') AND NOT EXISTS "
                + "(SELECT 1 FROM casehandling.investigations i WHERE i.case_id = c.id)")).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.cases c JOIN casehandling.investigations i "
                + "ON i.case_id = c.id WHERE c.status = 'INVESTIGATION' AND i.status = 'DRAFT' AND c.id IN "
                + DEMO_CASES)).isPositive();
        // Decided cases: completed, with participation, all seven life areas, assessment, proposal, kommunicering.
        assertThat(count("SELECT count(*) FROM casehandling.cases c JOIN casehandling.investigations i "
                + "ON i.case_id = c.id WHERE c.id IN " + DEMO_CASES + " AND c.status IN ('DECIDED', 'CLOSED') AND "
                + "(i.status <> 'COMPLETED' "
                + "OR i.participation_words IS NULL OR i.client_response IS NULL OR i.communication_channel IS NULL "
                + "OR (SELECT count(*) FROM casehandling.investigation_needs n WHERE n.investigation_id = i.id "
                + "AND n.severity IS NOT NULL) <> 7)")).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.investigations i JOIN casehandling.cases c "
                + "ON c.id = i.case_id WHERE c.id IN " + DEMO_CASES + " AND (i.started_on < c.received_on "
                + "OR i.completed_on > ? OR i.communicated_on > i.completed_on)", TODAY)).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.investigation_children WHERE needs_assessment IS NULL "
                + "AND investigation_id IN (SELECT id FROM casehandling.investigations WHERE status = 'COMPLETED' "
                + "AND case_id IN " + DEMO_CASES + ")"))
                .isZero();
        assertThat(count("SELECT count(*) FROM casehandling.investigation_sources WHERE investigation_id IN "
                + DEMO_INVESTIGATIONS)).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.investigation_relatives WHERE investigation_id IN "
                + DEMO_INVESTIGATIONS)).isPositive();
    }

    @Test
    void decidedCasesHaveDecisionsWithinTheDelegationRulesAndTheirReasons() {
        assertThat(count("SELECT count(*) FROM casehandling.cases c WHERE c.status IN ('DECIDED', 'CLOSED') "
                + "AND c.id IN " + DEMO_CASES + " AND NOT EXISTS (SELECT 1 FROM casehandling.decisions d "
                + "WHERE d.case_id = c.id AND d.status = 'DECIDED')")).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.decisions d JOIN casehandling.cases c ON c.id = d.case_id "
                + "WHERE d.status = 'DECIDED' AND c.status NOT IN ('DECIDED', 'CLOSED') AND c.id IN " + DEMO_CASES))
                .isZero();
        // HVB is decided by the unit manager of the case's unit; everything else by the caseworker.
        assertThat(count("SELECT count(*) FROM casehandling.decisions d JOIN casehandling.decided_interventions i "
                + "ON i.decision_id = d.id JOIN casehandling.cases c ON c.id = d.case_id "
                + "WHERE i.intervention_type = 'RESIDENTIAL' AND d.status = 'DECIDED' AND c.id IN " + DEMO_CASES))
                .isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.decisions d JOIN casehandling.decided_interventions i "
                + "ON i.decision_id = d.id JOIN casehandling.cases c ON c.id = d.case_id "
                + "WHERE c.id IN " + DEMO_CASES + " AND i.intervention_type = 'RESIDENTIAL' AND d.status = 'DECIDED' "
                + "AND (d.delegation_level "
                + "<> 'unit_manager' OR NOT EXISTS (SELECT 1 FROM organisation.staff_members s "
                + "JOIN organisation.staff_units u ON u.username = s.username WHERE s.username = d.decided_by "
                + "AND s.title = 'Enhetschef' AND u.unit_code = c.unit_code))")).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.decisions WHERE status = 'PROPOSED' AND case_id IN "
                + DEMO_CASES)).isPositive();
        for (var type : new String[] {"OUTPATIENT", "SUPPORTED_HOUSING", "CONTACT_PERSON", "OCCUPATION",
                "SERVICE_WITHOUT_DECISION"}) {
            assertThat(count("SELECT count(*) FROM casehandling.decided_interventions WHERE intervention_type = ? "
                    + "AND decision_id IN " + DEMO_DECISIONS, type)).as(type).isPositive();
        }
        assertThat(count("SELECT count(*) FROM casehandling.decided_interventions WHERE outcome = 'REFUSED' "
                + "AND reasons IS NOT NULL AND decision_id IN " + DEMO_DECISIONS)).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.decided_interventions WHERE outcome = 'PARTLY_GRANTED' "
                + "AND reasons IS NOT NULL AND decision_id IN " + DEMO_DECISIONS)).isPositive();
        // The legal basis in force on the decision's date.
        assertThat(count("SELECT count(*) FROM casehandling.decided_interventions i JOIN casehandling.decisions d "
                + "ON d.id = i.decision_id JOIN organisation.legal_references r ON r.code = i.legal_reference_code "
                + "WHERE d.case_id IN " + DEMO_CASES + " AND (d.proposed_on < r.valid_from "
                + "OR d.proposed_on > coalesce(r.valid_to, 'infinity'))")).isZero();
        // A closed case's help is closed; refused help never is.
        assertThat(count("SELECT count(*) FROM casehandling.decided_interventions i JOIN casehandling.decisions d "
                + "ON d.id = i.decision_id JOIN casehandling.cases c ON c.id = d.case_id WHERE c.status = 'CLOSED' "
                + "AND d.status = 'DECIDED' AND i.outcome <> 'REFUSED' AND i.closed_on IS NULL AND c.id IN "
                + DEMO_CASES))
                .isZero();
        assertThat(count("SELECT count(*) FROM casehandling.decided_interventions i JOIN casehandling.decisions d "
                + "ON d.id = i.decision_id WHERE d.case_id IN " + DEMO_CASES + " AND i.closed_on IS NOT NULL "
                + "AND (i.outcome = 'REFUSED' OR i.closure_reason IS NULL OR i.closed_on > ?)", TODAY)).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.decided_interventions WHERE closed_on IS NOT NULL "
                + "AND decision_id IN " + DEMO_DECISIONS)).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.decisions d JOIN casehandling.investigations i "
                + "ON i.case_id = d.case_id WHERE d.case_id IN " + DEMO_CASES + " AND (d.proposed_on < i.completed_on "
                + "OR d.informed_on > ?)", TODAY))
                .isZero();
    }

    @Test
    void mostDecidedCasesHaveAnAgreedPlanWithGoalsFollowedUpSoonOrOverdue() {
        var decided = count("SELECT count(*) FROM casehandling.cases WHERE status = 'DECIDED' AND id IN " + DEMO_CASES);
        var agreed = count("SELECT count(*) FROM casehandling.care_plans p JOIN casehandling.cases c "
                + "ON c.id = p.case_id WHERE c.status = 'DECIDED' AND p.status = 'AGREED' AND c.id IN " + DEMO_CASES);
        assertThat(agreed).isGreaterThan(decided / 2);
        assertThat(count("SELECT count(*) FROM casehandling.care_plans WHERE status = 'DRAFT' AND case_id IN "
                + DEMO_CASES)).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.care_plans p WHERE p.status = 'AGREED' AND NOT EXISTS "
                + "(SELECT 1 FROM casehandling.care_plan_goals g WHERE g.care_plan_id = p.id) AND p.case_id IN "
                + DEMO_CASES))
                .isZero();
        assertThat(count("SELECT count(*) FROM casehandling.care_plan_activities WHERE care_plan_id IN "
                + DEMO_PLANS)).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.care_plan_goals g JOIN casehandling.care_plans p "
                + "ON p.id = g.care_plan_id WHERE g.follow_up_on <= p.plan_date AND p.case_id IN " + DEMO_CASES))
                .isZero();
        assertThat(count("SELECT count(*) FROM casehandling.care_plans p JOIN casehandling.cases c ON c.id = p.case_id "
                + "WHERE c.id IN " + DEMO_CASES + " AND (p.plan_date < c.received_on OR p.response_on > ?)", TODAY))
                .isZero();
        var inForce = "SELECT count(*) FROM casehandling.care_plan_goals g JOIN casehandling.care_plans p "
                + "ON p.id = g.care_plan_id JOIN casehandling.cases c ON c.id = p.case_id "
                + "WHERE p.status = 'AGREED' AND c.status = 'DECIDED' AND c.id IN " + DEMO_CASES + " AND ";
        assertThat(count(inForce + "g.follow_up_on < ?", TODAY)).as("overdue").isPositive();
        assertThat(count(inForce + "g.follow_up_on BETWEEN ? AND ?", TODAY, TODAY.plusMonths(1))).as("due soon")
                .isPositive();
        // A revision supersedes the plan it revises.
        assertThat(count("SELECT count(*) FROM casehandling.care_plans p WHERE p.status = 'SUPERSEDED' AND NOT EXISTS "
                + "(SELECT 1 FROM casehandling.care_plans n WHERE n.id = p.superseded_by AND n.revises_id = p.id "
                + "AND n.status = 'AGREED') AND p.case_id IN " + DEMO_CASES)).isZero();
    }

    @Test
    void theDemoCaseworkerHasFollowUpsDueWithinTwoWeeksAndOneOverdueAndEveryGoalInForceIsScheduled() {
        var own = "SELECT count(*) FROM followup.scheduled_follow_ups f JOIN casehandling.cases c ON c.id = f.case_id "
                + "WHERE c.responsible = 'handlaggare' AND f.status = 'DUE' AND c.id IN " + DEMO_CASES + " AND ";
        assertThat(count(own + "f.due_on < ?", TODAY)).as("overdue").isPositive();
        assertThat(count(own + "f.due_on BETWEEN ? AND ?", TODAY, TODAY.plusDays(14))).as("due within 14 days")
                .isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT count(*) FROM casehandling.care_plan_goals g JOIN casehandling.care_plans p "
                + "ON p.id = g.care_plan_id JOIN casehandling.cases c ON c.id = p.case_id WHERE p.status = 'AGREED' "
                + "AND c.status = 'DECIDED' AND c.id IN " + DEMO_CASES + " AND NOT EXISTS (SELECT 1 FROM "
                + "followup.scheduled_follow_ups f WHERE f.source_id = g.id AND f.due_on = g.follow_up_on)"))
                .as("goals in force without their follow-up").isZero();
    }

    @Test
    void erikJohanssonHasAnAuditBaselineScoredAsTheProductWouldSoAFollowUpShowsAChange() {
        assertThat(count("SELECT count(*) FROM followup.measurements m JOIN casehandling.cases c ON c.id = m.case_id "
                + "JOIN casehandling.persons p ON p.id = c.person_id WHERE p.identity_number = ? "
                + "AND m.instrument_code = 'AUDIT' AND m.occasion = 'BASELINE' AND m.total = 17 AND m.band = 'HARMFUL' "
                + "AND m.total = (SELECT sum(a.score) FROM followup.measurement_answers a WHERE a.measurement_id = m.id)",
                DemoAuditBaseline.CLIENT)).isEqualTo(1);
    }

    @Test
    void theJournalHasSignedEntriesInTheCasesLifeWithCorrectionsReleasesAndObjections() {
        assertThat(count("SELECT count(*) FROM casehandling.journal_entries WHERE signed_at IS NULL AND case_id IN "
                + DEMO_CASES)).isZero();
        var pastIntake = count("SELECT count(*) FROM casehandling.cases WHERE status <> 'INTAKE' AND id IN "
                + DEMO_CASES);
        var entries = count("SELECT count(*) FROM casehandling.journal_entries e WHERE e.version_number = 1 "
                + "AND e.case_id IN " + DEMO_CASES);
        var perCase = DemoScale.tiny(PERSONS).journalEntriesPerCase();
        assertThat((double) entries / pastIntake).isBetween(perCase * 0.8, perCase * 1.3);
        assertThat(count("SELECT count(*) FROM casehandling.journal_entries e JOIN casehandling.cases c "
                + "ON c.id = e.case_id WHERE c.id IN " + DEMO_CASES + " AND (e.event_date < c.received_on "
                + "OR e.event_date > coalesce(c.closed_on, ?))", TODAY)).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.journal_entries WHERE version_number = 2 "
                + "AND correction_reason IS NOT NULL AND case_id IN " + DEMO_CASES)).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.journal_releases WHERE action = 'RELEASED' "
                + "AND original_id IN " + DEMO_ENTRIES)).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.journal_objections WHERE original_id IN " + DEMO_ENTRIES))
                .isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.journal_releases r JOIN casehandling.journal_entries e "
                + "ON e.id = r.original_id WHERE r.occurred_at < e.signed_at AND e.case_id IN " + DEMO_CASES)).isZero();
        assertThat(result.journalEntries()).isEqualTo(count("SELECT count(*) FROM casehandling.journal_entries e "
                + "WHERE e.case_id IN " + DEMO_CASES));
    }

    @Test
    void aFewDecidedCasesHaveASipWithConsentARegionParticipantMeasuresAndACoordinator() {
        assertThat(result.coordinatedPlans()).isPositive();
        assertThat(count("SELECT count(*) FROM casehandling.coordinated_plans p WHERE p.case_id IN " + DEMO_CASES
                + " AND (NOT EXISTS (SELECT 1 FROM "
                + "casehandling.coordinated_plan_participants r WHERE r.plan_id = p.id AND r.kind = 'REGION') "
                + "OR NOT EXISTS (SELECT 1 FROM casehandling.coordinated_plan_participants r WHERE r.plan_id = p.id "
                + "AND r.id = p.coordinator) OR (SELECT count(DISTINCT principal) FROM "
                + "casehandling.coordinated_plan_measures m WHERE m.plan_id = p.id) < 2 OR p.goals IS NULL "
                + "OR NOT EXISTS (SELECT 1 FROM casehandling.coordinated_plan_history h WHERE h.plan_id = p.id "
                + "AND h.kind = 'CREATED'))")).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.coordinated_plans p JOIN casehandling.cases c "
                + "ON c.id = p.case_id WHERE c.id IN " + DEMO_CASES + " AND (c.status NOT IN ('DECIDED', 'CLOSED') "
                + "OR p.consent_given_on > ? OR (c.status = 'CLOSED') <> (p.status = 'CLOSED'))", TODAY)).isZero();
        assertThat(count("SELECT count(*) FROM casehandling.coordinated_plan_read_grants g JOIN "
                + "casehandling.coordinated_plans p ON p.id = g.plan_id WHERE g.account_username = 'region.lakare' "
                + "AND p.case_id IN " + DEMO_CASES)).isPositive();
    }

    /** A demo account as Keycloak would sign it in: the same subject every time for the same username. */
    private static Actor demoAccount(String username, Set<String> roles, Set<UnitCode> units) {
        return new Actor(UUID.nameUUIDFromBytes(username.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString(), username, "Demo", roles, units, Set.of());
    }

    @Test
    void theFacadesReadWhatWasGeneratedForCasesInEveryStage() {
        var cases = jdbc.queryForList("""
                SELECT DISTINCT ON (c.status, p.protection <> 'NONE', s.id IS NOT NULL)
                       c.id, c.unit_code, c.responsible, c.status, s.id AS sip
                FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                LEFT JOIN casehandling.coordinated_plans s ON s.case_id = c.id
                WHERE (p.protection = 'NONE' OR EXISTS (SELECT 1 FROM casehandling.case_named_staff n
                                                        WHERE n.case_id = c.id))
                  AND c.id IN""" + DEMO_CASES + " ORDER BY c.status, p.protection <> 'NONE', s.id IS NOT NULL, c.id");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(8);
        for (Map<String, Object> row : cases) {
            var caseId = new CaseId((UUID) row.get("id"));
            var status = CaseStatus.valueOf((String) row.get("status"));
            // The demo names its accounts on protected cases by username; their first sign-in binds them.
            actors.login(demoAccount((String) row.get("responsible"), Set.of(Roles.CASEWORKER),
                    Set.of(new UnitCode((String) row.get("unit_code")))));

            assertThat(caseHandling.summary(caseId).status()).isEqualTo(status);
            var investigation = investigations.find(caseId);
            if (status == CaseStatus.INTAKE || status == CaseStatus.NOT_OPENED) {
                assertThat(investigation).isEmpty();
                continue;
            }
            var decided = status == CaseStatus.DECIDED || status == CaseStatus.CLOSED;
            assertThat(investigation).as(caseId + " investigation").isPresent();
            if (decided) {
                assertThat(investigation.get().status()).isEqualTo(InvestigationStatus.COMPLETED);
                assertThat(investigation.get().content().needs()).hasSize(7);
            }
            var made = decisions.ofCase(caseId);
            if (decided) {
                assertThat(made).anyMatch(d -> d.status() == DecisionStatus.DECIDED && !d.items().isEmpty());
            }
            var plans = carePlans.plans(caseId);
            assertThat(plans).allSatisfy(plan -> assertThat(plan.status()).isNotNull());
            if (plans.stream().anyMatch(p -> p.status() == CarePlanStatus.AGREED)) {
                assertThat(carePlans.followUpDates(caseId)).isNotEmpty();
            }
            var page = journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 50);
            assertThat(page.total()).isPositive();
            assertThat(journal.history(page.entries().getFirst().id())).isNotEmpty();
            var sips = coordinatedPlans.ofCase(caseId);
            if (row.get("sip") != null) {
                assertThat(sips).isNotEmpty();
                assertThat(coordinatedPlans.plan(sips.getFirst().id()).currentParticipants()).isNotEmpty();
            }
        }
    }

    /**
     * The generator writes rows, not facade calls (ADR 0018): a generated case in each open stage must be a state the
     * facades accept and continue from. Its responsible caseworker writes and signs a journal entry, and an intake is
     * assessed; each in a transaction that is rolled back, so the generated data stays as the other tests count it.
     */
    @Test
    void aGeneratedCaseInEveryOpenStageTakesItsNextStepThroughTheFacades() {
        var cases = jdbc.queryForList("""
                SELECT DISTINCT ON (c.status) c.id, c.unit_code, c.responsible, c.status
                FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                WHERE p.protection = 'NONE' AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')
                  AND c.id IN""" + DEMO_CASES + " ORDER BY c.status, c.id");
        assertThat(cases).extracting(row -> row.get("status")).containsExactly("DECIDED", "INTAKE", "INVESTIGATION");
        for (Map<String, Object> row : cases) {
            var caseId = new CaseId((UUID) row.get("id"));
            actors.login(demoAccount((String) row.get("responsible"), Set.of(Roles.CASEWORKER),
                    Set.of(new UnitCode((String) row.get("unit_code")))));
            transactions.executeWithoutResult(status -> {
                var before = journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 50).total();
                var entry = journal.writeSigned(caseId, new JournalText(TODAY, "Uppföljande samtal",
                        "Klienten berättade om veckan som gått."));
                var page = journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 50);
                assertThat(page.total()).as(caseId + " journal").isEqualTo(before + 1);
                assertThat(journal.entry(entry).signedAt()).as(caseId + " signed").isNotNull();
                if ("INTAKE".equals(row.get("status"))) {
                    caseHandling.assess(caseId, caseHandling.summary(caseId).version(),
                            PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", TODAY,
                            TODAY.plusMonths(4));
                    assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.INVESTIGATION);
                }
                status.setRollbackOnly();
            });
        }
    }

    @Test
    void theDemoUnitManagerFindsProposalsAndTheRegionParticipantTheirSips() {
        var unit = jdbc.queryForObject("SELECT c.unit_code FROM casehandling.decisions d JOIN casehandling.cases c "
                + "ON c.id = d.case_id JOIN casehandling.persons p ON p.id = c.person_id WHERE d.status = 'PROPOSED' "
                + "AND p.protection = 'NONE' AND c.id IN " + DEMO_CASES + " LIMIT 1", String.class);
        var manager = jdbc.queryForObject("SELECT s.username FROM organisation.staff_members s JOIN "
                + "organisation.staff_units u ON u.username = s.username WHERE s.title = 'Enhetschef' "
                + "AND u.unit_code = ?", String.class, unit);
        actors.login(demoAccount(manager, Set.of(Roles.UNIT_MANAGER), Set.of(new UnitCode(unit))));
        assertThat(decisions.awaitingApproval()).isNotEmpty();

        actors.login(demoAccount("region.lakare", Set.of(Roles.REGION_PARTICIPANT), Set.of()));
        var granted = coordinatedPlans.grantedToMe();
        assertThat(granted).isNotEmpty();
        assertThat(coordinatedPlans.forRegionParticipant(granted.getFirst().id()).measures()).isNotEmpty();
    }

    @Test
    void theDemoUnitManagerHasAProtectedIntakeToStaffAndTheDemoCaseworkerAProtectedCaseOfTheirOwn() {
        var demoUnit = Set.of(new UnitCode("nord-beroende"));
        actors.login(demoAccount("enhetschef", Set.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), demoUnit));
        assertThat(protectedCases.workList(0, 200)).as("a new intake nobody is named on yet")
                .anySatisfy(row -> assertThat(row.namedStaff()).isEmpty());

        actors.login(demoAccount("handlaggare", Set.of(Roles.CASEWORKER), demoUnit));
        assertThat(caseHandling.list(CaseListQuery.mine(), 0, 200)).as("a protected case the caseworker is named on")
                .anyMatch(item -> item.protection().isProtected());
    }

    @Test
    void searchByOneWordOfANameFindsWhatTheFullNameSearchFindsAndSoDoesTheCaseList() {
        var row = jdbc.queryForMap("SELECT c.id, c.unit_code, p.given_name, p.family_name FROM casehandling.cases c "
                + "JOIN casehandling.persons p ON p.id = c.person_id WHERE p.protection = 'NONE' "
                + "AND c.status = 'DECIDED' AND c.id IN " + DEMO_CASES + " ORDER BY c.id LIMIT 1");
        var family = (String) row.get("family_name");
        var given = (String) row.get("given_name");
        var part = family.substring(1, Math.min(family.length(), 5)).toLowerCase();
        TestActors.signIn(new Actor(UUID.randomUUID().toString(), "demo.search", "Sökare", Set.of(Roles.CASEWORKER),
                Set.of(new UnitCode((String) row.get("unit_code"))), Set.of()));

        // One word goes through the distinct names, several through the trigram index: the same rule either way.
        var byPart = register.search(part).hits();
        assertThat(byPart).isNotEmpty().allSatisfy(hit ->
                assertThat(hit.name() == null || hit.name().toLowerCase().contains(part)).as(hit.name()).isTrue());
        var expected = jdbc.queryForObject("SELECT count(*) FROM casehandling.persons WHERE search_name LIKE ?",
                Long.class, "%" + part + "%");
        assertThat(byPart).hasSize((int) Math.min(expected, PersonRegister.SEARCH_LIMIT));
        assertThat(register.search(given + " " + family).hits()).anyMatch(hit -> (given + " " + family).equals(hit.name()));

        var listed = caseHandling.list(new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, part,
                CaseListQuery.Sort.RECEIVED_ON, false), 0, 200);
        assertThat(listed).anyMatch(item -> item.caseId().value().equals(row.get("id")));
        assertThat(caseHandling.count(new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, part,
                CaseListQuery.Sort.RECEIVED_ON, false))).isEqualTo(Math.min(listed.size(), 200));

        // A name first seen at registration is found at once (the names are kept by a trigger).
        TestActors.signIn(new Actor(UUID.randomUUID().toString(), "demo.search", "Sökare", Set.of(Roles.CASEWORKER),
                Set.of(new UnitCode((String) row.get("unit_code"))), Set.of()));
        register.register(se.vardkedjan.casehandling.TestFixtures.person(
                se.vardkedjan.casehandling.TestFixtures.personalNumber(), "Ottilia", "Zebulonsdotter"));
        assertThat(register.search("bulonsdot").hits()).singleElement()
                .satisfies(hit -> assertThat(hit.name()).isEqualTo("Ottilia Zebulonsdotter"));
        assertThat(register.search("ttili").hits()).anyMatch(hit -> "Ottilia Zebulonsdotter".equals(hit.name()));
    }

    @Test
    void theBankIdSimulatorsClientsEachFindTheirCaseAndAPlanInThePortal() {
        var agreed = 0;
        for (var client : DemoMunicipality.PORTAL_CLIENTS) {
            se.vardkedjan.TestClients.signInClient(client[0]);

            var status = ownFile.status();
            var plan = ownFile.plan();

            assertThat(status.standing()).as(client[1]).isEqualTo(
                    se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing.HAS_CASE);
            assertThat(status.caseworkerName()).isEqualTo("Anna Lindqvist");
            assertThat(plan).as(client[1]).hasValueSatisfying(p -> {
                assertThat(p.goals()).isNotEmpty();
                assertThat(p.activities()).isNotEmpty();
            });
            agreed += plan.orElseThrow().status() == se.vardkedjan.casehandling.CarePlanStatus.AGREED ? 1 : 0;
        }
        assertThat(agreed).as("some plans in force, some drafts to agree to").isBetween(1,
                DemoMunicipality.PORTAL_CLIENTS.size() - 1);
    }

    @Test
    void theBankIdSimulatorsClientsEachReadADecisionAndReleasedEntriesOneCorrectedButNotTheUnreleasedOne() {
        for (var client : DemoMunicipality.PORTAL_CLIENTS) {
            se.vardkedjan.TestClients.signInClient(client[0]);

            assertThat(ownFile.decisions()).as(client[1]).isNotEmpty();
            var journal = ownFile.journal().orElseThrow();
            assertThat(journal.entries()).as(client[1]).hasSizeGreaterThanOrEqualTo(2)
                    .anyMatch(entry -> entry.corrected() && !entry.earlier().isEmpty())
                    .noneMatch(entry -> entry.text().contains("innan anteckningen lämnas ut"));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    se.vardkedjan.casehandling.OwnMessages ownMessages;

    @Test
    void theFirstPortalClientHasTheCaseworkersAnswerToReadAndTheDemoUnitAnApplicationFromThePortal() {
        se.vardkedjan.TestClients.signInClient(DemoMunicipality.PORTAL_CLIENTS.getFirst()[0]);
        var thread = ownMessages.thread().orElseThrow();
        assertThat(thread.messages()).extracting(m -> m.fromClient()).containsExactly(true, false);
        assertThat(thread.latest().authorName()).isEqualTo("Anna Lindqvist");
        assertThat(thread.latest().unread()).as("the answer waits to be read").isTrue();
        assertThat(count("""
                SELECT count(*) FROM casehandling.portal_applications a JOIN casehandling.cases c ON c.id = a.case_id
                WHERE c.unit_code = 'nord-beroende' AND c.responsible IS NULL AND c.status = 'INTAKE'
                  AND c.intake_kind = 'APPLICATION'""")).isEqualTo(1);
    }

    @Test
    void theBankIdSimulatorsClientsEachReadAnActiveSipWithTheRegionWhoseConsentTheyCanWithdraw() {
        for (var client : DemoMunicipality.PORTAL_CLIENTS) {
            se.vardkedjan.TestClients.signInClient(client[0]);

            assertThat(ownFile.coordinatedPlans()).as(client[1]).singleElement().satisfies(sip -> {
                assertThat(sip.status()).isEqualTo(se.vardkedjan.casehandling.CoordinatedPlanStatus.ACTIVE);
                assertThat(sip.participants()).extracting(p -> p.organisation()).contains("Region Exempel");
                assertThat(sip.coordinator().name()).isEqualTo("Anna Lindqvist");
                assertThat(sip.measures()).hasSize(2);
                assertThat(sip.followUpOn()).isAfter(TODAY);
                assertThat(sip.consent().givenOn()).isBefore(TODAY);
                assertThat(sip.consentWithdrawable()).isTrue();
            });
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    private se.vardkedjan.casehandling.OwnChoices ownChoices;

    @Test
    void aDemoClientHasGivenAnotherBankIdTestPersonReadingAccessToTheirPlanAndJournal() {
        try {
            se.vardkedjan.TestClients.signInClient(DemoTrustedReader.TRUSTED);
            var trusting = ownChoices.trustingClients();
            assertThat(trusting).singleElement().satisfies(client ->
                    assertThat(client.givenName()).isEqualTo("Erik"));
            ownChoices.readFileOf(java.util.Optional.of(trusting.getFirst().person()));

            assertThat(ownChoices.reading().sections()).containsExactlyInAnyOrder(
                    se.vardkedjan.casehandling.FileSection.PLAN, se.vardkedjan.casehandling.FileSection.JOURNAL);
            assertThat(ownFile.plan()).as("Erik's plan, read by Anna").isPresent();
            assertThat(DemoTrustedReader.add(jdbc, CLOCK.instant())).as("added once").isFalse();
        } finally {
            se.vardkedjan.TestFileInView.reset();
        }
    }

    @Test
    void eriksCaseworkerHasSentHimADuditToFillInInThePortal() {
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM followup.questionnaires q JOIN casehandling.cases c ON c.id = q.case_id
                JOIN casehandling.persons p ON p.id = c.person_id
                WHERE p.identity_number = ? AND q.instrument_code = 'DUDIT' AND q.status = 'SENT'""", Long.class,
                DemoTrustedReader.CLIENT)).isEqualTo(1);
        assertThat(DemoSelfAssessment.add(jdbc, CLOCK.instant())).as("added once").isFalse();
    }
}
