package se.vardkedjan.casehandling;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.organisation.DelegationRules;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * The rows the case file keeps (signed journal entries, objections, releases, the access log and the security events
 * (kept by the access-log module, ADR 0021), the delegation rule history (kept by the organisation, ADR 0020), a SIP's history and read grants, decided decisions and their interventions) hold against the database role
 * the app runs as, not only against the app's code: connected with the app's own credentials, every way to change or
 * remove them is refused, and so is every way around the triggers that guard them; the owner that runs the changelog
 * cannot empty them with {@code TRUNCATE} either. The everyday work still goes through. Every attempt runs in a
 * transaction of its own that is rolled back, so an attempt that is not refused changes nothing for other tests.
 */
@CaseHandlingModuleTest
class DatabaseRightsModuleTests {

    private static final LocalDate TODAY = LocalDate.now();
    /** PostgreSQL's SQLSTATE for "permission denied", which the tables' own triggers raise as well. */
    private static final String REFUSED = "42501";

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final DelegationRules rules;
    private final Journal journal;
    private final CoordinatedPlans plans;
    private final CaseRows cases;
    private final JdbcClient jdbc;
    private final DataSource appConnections;
    private final Environment environment;

    DatabaseRightsModuleTests(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                              Decisions decisions, DelegationRules rules, Journal journal,
                              CoordinatedPlans plans, CaseRows cases,
                              JdbcClient jdbc, DataSource appConnections, Environment environment) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.rules = rules;
        this.journal = journal;
        this.plans = plans;
        this.cases = cases;
        this.jdbc = jdbc;
        this.appConnections = appConnections;
        this.environment = environment;
    }

    /** A row the database keeps, how to name it in SQL, and the trigger that guards it. */
    private record Kept(String what, String table, String where, String change, String guard) {

        @Override
        public String toString() {
            return what;
        }
    }

    @TestFactory
    Stream<DynamicContainer> theAppRoleCannotChangeOrRemoveAKeptRowNorGetAroundItsGuard() {
        var kept = keptRows();
        return kept.stream().map(row -> DynamicContainer.dynamicContainer(row.what(), Stream.of(
                attempt("UPDATE", "UPDATE " + row.table() + " SET " + row.change() + " WHERE " + row.where(), row),
                attempt("DELETE", "DELETE FROM " + row.table() + " WHERE " + row.where(), row),
                attempt("TRUNCATE", "TRUNCATE " + row.table() + " CASCADE", row),
                attempt("ALTER TABLE … DISABLE TRIGGER", "ALTER TABLE " + row.table() + " DISABLE TRIGGER USER", row),
                attempt("DROP TRIGGER", "DROP TRIGGER " + row.guard() + " ON " + row.table(), row),
                attempt("DROP TABLE", "DROP TABLE " + row.table() + " CASCADE", row),
                attempt("ALTER TABLE … OWNER", "ALTER TABLE " + row.table() + " OWNER TO CURRENT_USER", row),
                attempt("CREATE TABLE in the schema", "CREATE TABLE " + row.table().replace(".", ".beside_")
                        + " (id int)", row))));
    }

    @TestFactory
    Stream<DynamicTest> theOwnerCannotTruncateAKeptTableEither() {
        return keptTables().stream().map(table -> DynamicTest.dynamicTest(table, () -> {
            try (var owner = ownerConnection()) {
                assertRefused(owner, "TRUNCATE " + table + " CASCADE");
            }
        }));
    }

    @Test
    void theAppRoleStillWritesAndChangesWhatIsNotKeptForGood() throws SQLException {
        var caseId = decidedCase();
        var draft = journal.draft(caseId, new JournalText(TODAY, "Utkast", "Text."));
        var signed = journal.writeSigned(caseId, new JournalText(TODAY, "Signerad", "Text."));
        journal.attachObjection(signed, "Stämmer inte.", TODAY);
        journal.release(signed, true);

        try (var app = appConnections.getConnection()) {
            assertThat(count(app, "UPDATE casehandling.journal_entries SET text = 'Ändrat utkast' WHERE id = '"
                    + draft.value() + "'")).isEqualTo(1);
            assertThat(count(app, "DELETE FROM casehandling.journal_entries WHERE id = '" + draft.value() + "'"))
                    .isEqualTo(1);
        }
        assertThat(journal.entry(signed).objections()).hasSize(1);
        assertThat(logRows(caseId)).isPositive();
    }

    @Test
    void aDecidedDecisionAndItsInterventionsNeverChangeExceptThatAGrantedInterventionIsClosedOnce()
            throws SQLException {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = investigated();
        var decision = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY),
                DecisionFixtures.refused(InterventionType.CONTACT_PERSON, "Behoven tillgodoses med öppenvård.")));
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        var granted = decision.items().get(0).id().value();
        var refused = decision.items().get(1).id().value();
        var id = "'" + decision.id().value() + "'";

        try (var app = appConnections.getConnection()) {
            assertRefused(app, "UPDATE casehandling.decisions SET decided_by = 'någon annan' WHERE id = " + id);
            assertRefused(app, "UPDATE casehandling.decisions SET status = 'PROPOSED' WHERE id = " + id);
            assertRefused(app, "UPDATE casehandling.decisions SET informed_on = informed_on + 1 WHERE id = " + id);
            assertRefused(app, "DELETE FROM casehandling.decisions WHERE id = " + id);
            assertRefused(app, "UPDATE casehandling.decided_interventions SET scope = 'Något annat' WHERE id = '"
                    + granted + "'");
            assertRefused(app, "UPDATE casehandling.decided_interventions SET outcome = 'GRANTED', starts_on = "
                    + "current_date, reasons = NULL WHERE id = '" + refused + "'");
            assertRefused(app, "DELETE FROM casehandling.decided_interventions WHERE id = '" + refused + "'");
            assertRefused(app, "INSERT INTO casehandling.decided_interventions (id, decision_id, position, "
                    + "intervention_type, outcome, scope, starts_on, legal_reference_code) VALUES ('"
                    + UUID.randomUUID() + "', " + id + ", 9, 'CONTACT_PERSON', 'GRANTED', 'Tillagd i efterhand', "
                    + "current_date, 'SOL-11-1')");
            assertRefused(app, "UPDATE casehandling.decided_interventions SET closed_on = current_date, "
                    + "closure_reason = 'OTHER', closure_outcome = 'Avslutad', closed_by = 'x' WHERE id = '"
                    + refused + "'");
        }

        var closed = decisions.closeIntervention(decision.items().get(0).id(), decision.version(),
                ClosureReason.GOALS_REACHED, "Målen nådda.", TODAY);
        assertThat(closed.items().get(0).closedOn()).isEqualTo(TODAY);
        assertThat(closed.version()).isEqualTo(decision.version() + 1);

        try (var app = appConnections.getConnection()) {
            assertRefused(app, "UPDATE casehandling.decided_interventions SET closure_outcome = 'Omskriven' "
                    + "WHERE id = '" + granted + "'");
            assertRefused(app, "UPDATE casehandling.decided_interventions SET closed_on = NULL, "
                    + "closure_reason = NULL, closure_outcome = NULL, closed_by = NULL WHERE id = '" + granted + "'");
        }
        assertThat(decisions.ofCase(caseId)).singleElement().satisfies(after -> {
            assertThat(after.decidedBy()).isEqualTo(decision.decidedBy());
            assertThat(after.items()).hasSize(2);
            assertThat(after.items().get(0).closureOutcome()).isEqualTo("Målen nådda.");
        });
    }

    @Test
    void aProposalIsStillApprovedAndAReturnedProposalIsKeptAsItWasReturned() throws SQLException {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var approvedCase = investigated();
        var proposal = decisions.decide(DecisionFixtures.decision(approvedCase, TODAY,
                DecisionFixtures.granted(InterventionType.RESIDENTIAL, TODAY)));
        var returnedCase = investigated();
        var returned = decisions.decide(DecisionFixtures.decision(returnedCase, TODAY,
                DecisionFixtures.granted(InterventionType.RESIDENTIAL, TODAY)));

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        var approved = decisions.approve(proposal.id(), proposal.version(), CommunicationChannel.LETTER, TODAY);
        assertThat(approved.status()).isEqualTo(DecisionStatus.DECIDED);
        var sentBack = decisions.returnProposal(returned.id(), returned.version(), "Komplettera utredningen.");
        assertThat(sentBack.status()).isEqualTo(DecisionStatus.RETURNED);

        try (var app = appConnections.getConnection()) {
            assertRefused(app, "UPDATE casehandling.decisions SET decided_by = 'någon annan' WHERE id = '"
                    + approved.id().value() + "'");
            assertRefused(app, "UPDATE casehandling.decisions SET return_comment = 'Allt var bra' WHERE id = '"
                    + returned.id().value() + "'");
        }
    }

    // --- The kept rows, made through the facades -------------------------------------------------------------------

    private List<Kept> keptRows() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = investigated();
        var decision = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY)));
        var signed = journal.writeSigned(caseId, new JournalText(TODAY, "Signerad", "Text."));
        journal.attachObjection(signed, "Stämmer inte.", TODAY);
        journal.release(signed, true);
        var plan = plans.create(caseId, TODAY.minusDays(1), ConsentForm.WRITTEN, TODAY);
        plans.addParticipant(plan, 0, NewParticipant.region("Anna Läkare", "Region Exempel", "Mottagningen",
                "läkare", "region.rights." + UUID.randomUUID().toString().substring(0, 8)));

        TestActors.signIn(TestActors.staff("admin-rights-" + UUID.randomUUID(), Set.of(Roles.ADMINISTRATOR)));
        var rule = rules.delegationRules().stream()
                .filter(r -> r.type().equals(InterventionType.OCCUPATION.name())).findFirst().orElseThrow();
        rules.changeDelegationRule(InterventionType.OCCUPATION.name(), rule.version(), Roles.UNIT_MANAGER, "SN § 1");
        rules.changeDelegationRule(InterventionType.OCCUPATION.name(), rule.version() + 1, rule.lowestRole(), "SN § 2");
        TestActors.signIn(caseworker);

        var objection = one("SELECT id FROM casehandling.journal_objections WHERE original_id = ?", signed.value());
        var release = one("SELECT id FROM casehandling.journal_releases WHERE original_id = ?", signed.value());
        var logRow = one("SELECT max(id) FROM accesslog.access_log WHERE case_id = ?", caseId.value());
        var refusal = one("""
                INSERT INTO accesslog.security_events (occurred_at, actor_subject, actor_username, actor_units,
                    attempt, operation, target_kind, target_id, target_unit, reason)
                VALUES (now(), 'nekad-subjekt', 'nekad', '{}', 'READ', 'CASE', 'CASE', ?, ?, 'OUTSIDE_UNITS')
                RETURNING id""", caseId.value().toString(), NORTH.value());
        var ruleChange = one("SELECT max(id) FROM organisation.delegation_rule_changes");
        var history = one("SELECT max(id) FROM casehandling.coordinated_plan_history WHERE plan_id = ?",
                plan.value());
        var grant = one("SELECT participant_id FROM casehandling.coordinated_plan_read_grants WHERE plan_id = ?",
                plan.value());
        var intervention = decision.items().getFirst().id().value();
        // The protected-identity histories and a decided protection proposal, written as the app writes them.
        var person = one("SELECT person_id FROM casehandling.cases WHERE id = ?", caseId.value());
        var naming = one("""
                INSERT INTO casehandling.case_named_staff_history
                    (case_id, action, username, by_subject, by_username, reason, occurred_at)
                VALUES (?, 'NAMED', 'namngiven', 'chefens-subjekt', 'chef', 'Handlägger.', now()) RETURNING id""",
                caseId.value());
        var protection = one("""
                INSERT INTO casehandling.protection_history (person_id, action, from_level, to_level, by_subject,
                    by_username, occurred_at)
                VALUES (?, 'RAISED', 'NONE', 'CONFIDENTIALITY_MARKING', 'chefens-subjekt', 'chef', now())
                RETURNING id""", person);
        // The client's comment on a goal and agreement to a plan from the portal (ADR 0028), as the app writes them.
        var carePlan = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casehandling.care_plans (id, case_id, revision, status, plan_date, created_by)
                VALUES (?, ?, 1, 'DRAFT', ?, 'hl')""").params(carePlan, caseId.value(), TODAY).update();
        var comment = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casehandling.care_plan_goal_comments (id, care_plan_id, goal_id, goal_text, text,
                    written_by_subject, written_at)
                VALUES (?, ?, ?, 'Målet', 'Min kommentar.', 'klientens-subjekt', now())""")
                .params(comment, carePlan, UUID.randomUUID()).update();
        var agreement = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casehandling.care_plan_client_agreements (id, care_plan_id, content_digest,
                    agreed_by_subject, agreed_at)
                VALUES (?, ?, repeat('a', 64), 'klientens-subjekt', now())""").params(agreement, carePlan).update();
        // The client's application and a message from the portal (ADR 0028, slice 2), as the app writes them.
        var application = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casehandling.portal_applications (id, case_id, person_id, text, urgent,
                    submitted_by_subject, submitted_at)
                VALUES (?, ?, ?, 'Jag vill ha hjälp.', false, 'klientens-subjekt', now())""")
                .params(application, caseId.value(), person).update();
        var message = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casehandling.case_messages (id, case_id, from_client, author_subject, text, written_at)
                VALUES (?, ?, true, 'klientens-subjekt', 'Hej!', now())""").params(message, caseId.value()).update();
        // The client's choices (ADR 0028, slice 2) and a client's question about the access log with its answer.
        var choice = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casehandling.client_choices (id, person_id, choice, hide_days, made_by_subject, made_at)
                VALUES (?, ?, 'HIDE', 7, 'klientens-subjekt', now())""").params(choice, person).update();
        var question = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO accesslog.access_questions (id, access_log_id, person_id, units, question,
                    asked_by_subject, asked_at)
                VALUES (?, 1, ?, ARRAY['nord']::varchar[], 'Varför?', 'klientens-subjekt', now())""")
                .params(question, person).update();
        var answer = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO accesslog.access_question_answers (id, question_id, answer, answered_by_subject,
                    answered_by_name, answered_at)
                VALUES (?, ?, 'Därför.', 'chefens-subjekt', 'Chef', now())""").params(answer, question).update();
        var proposal = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casehandling.protection_proposals (id, person_id, from_level, to_level, reason,
                    proposed_by_subject, proposed_by_username, proposed_at, status)
                VALUES (?, ?, 'CONFIDENTIALITY_MARKING', 'NONE', 'Upphört.', 'chefens-subjekt', 'chef', now(),
                    'PENDING')""").params(proposal, person).update();
        jdbc.sql("""
                UPDATE casehandling.protection_proposals SET status = 'APPROVED', decided_by_subject = 'annan',
                    decided_by_username = 'annan.chef', decided_at = now() WHERE id = ?""").param(proposal).update();
        return List.of(
                new Kept("a client's choice", "casehandling.client_choices", "id = '" + choice + "'",
                        "hide_days = 30", "client_choices_append_only"),
                new Kept("a client's question about the access log", "accesslog.access_questions",
                        "id = '" + question + "'", "question = 'Ändrad'", "access_questions_append_only"),
                new Kept("an answer to a client's question", "accesslog.access_question_answers",
                        "id = '" + answer + "'", "answer = 'Ändrad'", "access_question_answers_append_only"),
                new Kept("a client's comment on a goal", "casehandling.care_plan_goal_comments",
                        "id = '" + comment + "'", "text = 'Ändrad'", "care_plan_goal_comments_append_only"),
                new Kept("a client's agreement to a plan", "casehandling.care_plan_client_agreements",
                        "id = '" + agreement + "'", "agreed_at = now()", "care_plan_client_agreements_append_only"),
                new Kept("a client's application for help", "casehandling.portal_applications",
                        "id = '" + application + "'", "text = 'Ändrad'", "portal_applications_append_only"),
                new Kept("a message", "casehandling.case_messages", "id = '" + message + "'", "text = 'Ändrad'",
                        "case_messages_append_only"),
                new Kept("who named whom on a protected case", "casehandling.case_named_staff_history",
                        "id = " + naming, "reason = 'Ändrad'", "case_named_staff_history_append_only"),
                new Kept("a change of protection", "casehandling.protection_history", "id = " + protection,
                        "to_level = 'NONE'", "protection_history_append_only"),
                new Kept("a decided protection proposal", "casehandling.protection_proposals",
                        "id = '" + proposal + "'", "status = 'REJECTED'", "protection_proposals_decided_once"),
                new Kept("a signed journal entry", "casehandling.journal_entries", "id = '" + signed.value() + "'",
                        "text = 'Ändrad'", "journal_entries_signed_never_change"),
                new Kept("an objection", "casehandling.journal_objections", "id = '" + objection + "'",
                        "text = 'Ändrad'", "journal_objections_append_only"),
                new Kept("a release", "casehandling.journal_releases", "id = " + release,
                        "action = 'REVOKED'", "journal_releases_append_only"),
                new Kept("an access-log row", "accesslog.access_log", "id = " + logRow,
                        "what = 'ingenting'", "access_log_append_only"),
                new Kept("a security event", "accesslog.security_events", "id = " + refusal,
                        "reason = 'ROLE'", "security_events_append_only"),
                new Kept("a delegation rule change", "organisation.delegation_rule_changes", "id = " + ruleChange,
                        "basis = 'Ändrad'", "delegation_rule_changes_append_only"),
                new Kept("a SIP history row", "casehandling.coordinated_plan_history", "id = " + history,
                        "note = 'Ändrad'", "coordinated_plan_history_append_only"),
                new Kept("a SIP read grant", "casehandling.coordinated_plan_read_grants",
                        "plan_id = '" + plan.value() + "' AND participant_id = '" + grant + "'",
                        "account_username = 'någon.annan'", "coordinated_plan_read_grants_only_revoked"),
                new Kept("a decided decision", "casehandling.decisions", "id = '" + decision.id().value() + "'",
                        "decided_by = 'någon annan'", "decisions_settled_never_change"),
                new Kept("an intervention of a decided decision", "casehandling.decided_interventions",
                        "id = '" + intervention + "'", "scope = 'Något annat'",
                        "decided_interventions_settled_never_change"));
    }

    private List<String> keptTables() {
        return List.of("casehandling.journal_entries", "casehandling.journal_objections",
                "casehandling.journal_releases", "accesslog.access_log", "organisation.delegation_rule_changes",
                "casehandling.coordinated_plan_history", "casehandling.coordinated_plan_read_grants",
                "casehandling.decisions", "casehandling.decided_interventions",
                "casehandling.case_named_staff_history", "casehandling.protection_history",
                "casehandling.protection_proposals", "accesslog.security_events",
                "casehandling.care_plan_goal_comments", "casehandling.care_plan_client_agreements",
                "casehandling.portal_applications", "casehandling.case_messages",
                "casehandling.client_choices", "accesslog.access_questions", "accesslog.access_question_answers");
    }

    private DynamicTest attempt(String name, String sql, Kept row) {
        return DynamicTest.dynamicTest(name, () -> {
            try (var app = appConnections.getConnection()) {
                assertThat(count(app, "SELECT count(*) FROM " + row.table() + " WHERE " + row.where()))
                        .as("%s is there to be attacked", row).isEqualTo(1);
                assertRefused(app, sql);
            }
        });
    }

    private CaseId investigated() {
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Rätt", "Igheter"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                TODAY.minusDays(2), TODAY.plusMonths(4));
        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY));
        return caseId;
    }

    private CaseId decidedCase() {
        var unit = PlanFixtures.newUnit(jdbc);
        TestActors.signIn(TestFixtures.caseworker(unit));
        return PlanFixtures.decidedCase(register, caseHandling, cases, unit);
    }

    private Object one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().singleValue();
    }

    private long logRows(CaseId caseId) {
        return jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ?").param(caseId.value())
                .query(Long.class).single();
    }

    /** The owner as the changelog runs: Liquibase's own user when one is set, otherwise the app's. */
    private Connection ownerConnection() throws SQLException {
        var user = environment.getProperty("spring.liquibase.user", environment.getProperty("spring.datasource.username"));
        var password = environment.getProperty("spring.liquibase.password",
                environment.getProperty("spring.datasource.password"));
        return DriverManager.getConnection(environment.getProperty("spring.datasource.url"), user, password);
    }

    /** The statement fails with "permission denied" (or a trigger's refusal); whatever happens is rolled back. */
    private static void assertRefused(Connection connection, String sql) throws SQLException {
        var autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
            fail("Not refused: " + sql);
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as("%s: %s", sql, e.getMessage()).isEqualTo(REFUSED);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The statement's row count (or a count query's result), in a transaction that is rolled back. */
    private static long count(Connection connection, String sql) throws SQLException {
        var autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (var rows = statement.getResultSet()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
            return statement.getUpdateCount();
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}
