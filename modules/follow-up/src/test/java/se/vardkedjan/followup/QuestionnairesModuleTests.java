package se.vardkedjan.followup;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.TestClients;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.DecisionFixtures;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.OwnChoices;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * Questionnaires sent to the client and answered in the portal (ADR 0029, slice 2): the caseworker sends, the client
 * answers question by question through follow-up's door to their own file, sends it back, and the product scores it
 * as a CLIENT_SELF measurement the caseworker reads. The attacker's side: another client, a withdrawn or sent-back
 * questionnaire, answers outside the options, staff on the client's methods, a caseworker without need-to-know.
 */
@FollowUpModuleTest
class QuestionnairesModuleTests {

    private final Questionnaires questionnaires;
    private final OwnQuestionnaires own;
    private final Measurements measurements;
    private final OwnChoices ownChoices;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final CarePlans plans;
    private final JdbcClient jdbc;
    private final LocalDate today;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    QuestionnairesModuleTests(Questionnaires questionnaires, OwnQuestionnaires own, Measurements measurements,
                              OwnChoices ownChoices, PersonRegister register, CaseHandling caseHandling,
                              Investigations investigations, Decisions decisions, CarePlans plans, JdbcClient jdbc,
                              Clock clock, org.springframework.context.ApplicationEventPublisher events,
                              org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.questionnaires = questionnaires;
        this.own = own;
        this.measurements = measurements;
        this.ownChoices = ownChoices;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.plans = plans;
        this.jdbc = jdbc;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
        this.events = events;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    private record Client(String number, CaseId caseId, GoalId goal, Actor caseworker) {
    }

    /** A decided case of the north unit with a plan's goal, its client by a known number. */
    private Client client() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var number = TestFixtures.personalNumber();
        var personId = register.register(TestFixtures.person(number, "Sara", "Skattarsson"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, NORTH)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                today.minusDays(2), today.plusMonths(4));
        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(today.minusDays(2), today));
        decisions.decide(DecisionFixtures.decision(caseId, today,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, today)));
        var plan = plans.draft(caseId, today);
        var goal = plans.setGoal(plan, plans.plans(caseId).getFirst().version(),
                new GoalInput("Dricka mindre", "AUDIT", today.plusMonths(3)));
        TestActors.signOut();
        return new Client(number, caseId, goal, caseworker);
    }

    private QuestionnaireId sendAudit(Client client) {
        TestActors.signIn(client.caseworker());
        var id = questionnaires.send(client.caseId(), "AUDIT", null);
        TestActors.signOut();
        return id;
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private void answerAll(QuestionnaireId id, int... scores) {
        for (int i = 0; i < scores.length; i++) {
            own.answer(id, "Q" + (i + 1), "A" + scores[i]);
        }
    }

    @Test
    void theCaseworkerSendsAnAuditTheClientAnswersOneByOneAndTheProductScoresItAsTheClientsOwn() {
        var client = client();
        TestActors.signIn(client.caseworker());
        assertThat(questionnaires.choices(client.caseId()).instruments()).extracting(Questionnaires.Sendable::code)
                .contains("AUDIT", "DUDIT", "GOAL").doesNotContain("ASI", "ORS", "SRS");
        var id = questionnaires.send(client.caseId(), "AUDIT", null);
        TestActors.signOut();

        var signedIn = TestClients.signInClient(client.number());
        assertThat(own.waiting()).isEqualTo(1);
        var mine = own.mine();
        assertThat(mine).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo(id);
            assertThat(q.status()).isEqualTo(QuestionnaireStatus.SENT);
            assertThat(q.questions()).hasSize(10);
            assertThat(q.questions().getFirst().options()).hasSize(5);
        });
        own.answer(id, "Q1", "A1");
        own.answer(id, "Q2", "A2");
        var resumed = own.open(id);
        assertThat(resumed.status()).isEqualTo(QuestionnaireStatus.IN_PROGRESS);
        assertThat(resumed.answeredCount()).isEqualTo(2);
        assertThat(resumed.firstUnanswered()).as("continues where they were").isEqualTo(2);
        own.answer(id, "Q1", "A3");
        answerAll(id, 3, 2, 3, 4, 0, 1, 2, 3, 2, 4);
        own.send(id);

        assertThat(own.open(id).status()).isEqualTo(QuestionnaireStatus.ANSWERED);
        assertThat(own.waiting()).isZero();
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || purpose FROM accesslog.access_log WHERE actor_subject = ?
                        ORDER BY occurred_at, what""").param(signedIn.subject()).query(String.class).list())
                .isNotEmpty().allMatch(row -> row.endsWith(" OWN_FILE"));
        TestActors.signIn(client.caseworker());
        var audit = measurements.history(client.caseId()).stream()
                .filter(s -> s.definition().code().equals("AUDIT")).findFirst().orElseThrow();
        // Hand-computed: 3+2+3+4+0+1+2+3 = 18, item 9 = 2, item 10 = 4 → 24.
        assertThat(audit.points()).singleElement().satisfies(p -> {
            assertThat(p.measurement().total()).isEqualTo(24);
            assertThat(p.measurement().source()).isEqualTo(MeasurementSource.CLIENT_SELF);
            assertThat(p.measurement().occasion()).as("the first is the baseline").isEqualTo(Occasion.BASELINE);
        });
        assertThat(questionnaires.ofCase(client.caseId())).singleElement().satisfies(q -> {
            assertThat(q.status()).isEqualTo(QuestionnaireStatus.ANSWERED);
            assertThat(q.answered()).isEqualTo(10);
        });

        // "Klienten har besvarat AUDIT" on the start page of the caseworker responsible for the case.
        jdbc.sql("UPDATE casehandling.cases SET responsible = ? WHERE id = ?")
                .params(client.caseworker().username(), client.caseId().value()).update();
        assertThat(questionnaires.answeredOnMyCases()).singleElement().satisfies(answered -> {
            assertThat(answered.id()).isEqualTo(id);
            assertThat(answered.instrumentCode()).isEqualTo("AUDIT");
            assertThat(answered.clientName()).contains("Sara");
            assertThat(answered.answeredOn()).isEqualTo(today);
        });
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThat(questionnaires.answeredOnMyCases()).as("another caseworker's start page").isEmpty();
    }

    @Test
    void aGoalQuestionnaireIsAboutAGoalOfThePlanAndASecondAnswerIsAFollowUp() {
        var client = client();
        TestActors.signIn(client.caseworker());
        assertThatThrownBy(() -> questionnaires.send(client.caseId(), "GOAL", null))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.unknown-goal"));
        assertThatThrownBy(() -> questionnaires.send(client.caseId(), "GOAL", new GoalId(UUID.randomUUID())))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> questionnaires.send(client.caseId(), "ORS", null))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.instrument.error.not-enabled"));
        assertThatThrownBy(() -> questionnaires.send(client.caseId(), "ASI", null))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.questionnaire.error.not-for-client"));
        var first = questionnaires.send(client.caseId(), "GOAL", client.goal());
        assertThatThrownBy(() -> questionnaires.send(client.caseId(), "GOAL", client.goal()))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.questionnaire.error.already-open"));
        TestActors.signOut();

        TestClients.signInClient(client.number());
        assertThat(own.open(first).goalTitle()).isEqualTo("Dricka mindre");
        // the client reads the questions of goal attainment version 2 in their own words, not the staff's
        assertThat(own.open(first).questions().stream().map(q -> q.text().sv()).toList()).containsExactly(
                "Har du nått målet?",
                "Hur nära är du målet? Svara från 0 (inte alls) till 10 (jag har nått det helt).");
        own.answer(first, "ATTAINMENT", "PARTLY");
        own.answer(first, "CLIENT_RATING", "6");
        own.send(first);
        TestActors.signIn(client.caseworker());
        var second = questionnaires.send(client.caseId(), "GOAL", client.goal());
        TestClients.signInClient(client.number());
        own.answer(second, "ATTAINMENT", "REACHED");
        own.send(second);

        assertThat(jdbc.sql("""
                        SELECT occasion || ' ' || total FROM followup.measurements
                        WHERE case_id = ? AND instrument_code = 'GOAL' AND goal_id = ? ORDER BY recorded_at""")
                .params(client.caseId().value(), client.goal().value()).query(String.class).list())
                .containsExactly("BASELINE 1", "FOLLOW_UP 2");
    }

    /** Agrees the client's draft plan, sends a goal rating about its goal and agrees a revision of the plan. */
    private QuestionnaireId goalRatingThenRevision(Client client, boolean keepTheGoal) {
        TestActors.signIn(client.caseworker());
        var first = plans.plans(client.caseId()).getFirst().id();
        plans.recordAgreement(first, plans.plan(first).version(), today,
                se.vardkedjan.casehandling.AgreementChannel.MEETING);
        var id = questionnaires.send(client.caseId(), "GOAL", client.goal());
        var revision = plans.revise(first, plans.plan(first).version(), today);
        if (!keepTheGoal) {
            var copied = plans.plan(revision).goals().getFirst().id();
            plans.removeGoal(revision, plans.plan(revision).version(), copied);
            plans.setGoal(revision, plans.plan(revision).version(),
                    new GoalInput("Ha en egen bostad", "Hyreskontrakt", today.plusMonths(2)));
        }
        plans.recordAgreement(revision, plans.plan(revision).version(), today,
                se.vardkedjan.casehandling.AgreementChannel.MEETING);
        var newGoal = plans.plan(revision).goals().getFirst().id();
        FollowUpFixtures.await("the revision's goals kept", () -> rows(
                "SELECT count(*) FROM followup.agreed_goals WHERE goal_id = ?", newGoal.value()) == 1);
        TestActors.signOut();
        TestClients.signInClient(client.number());
        own.answer(id, "ATTAINMENT", "PARTLY");
        own.answer(id, "CLIENT_RATING", "6");
        own.send(id);
        TestActors.signIn(client.caseworker());
        return id;
    }

    @Test
    void aGoalRatingSentBeforeAPlanRevisionLandsOnTheGoalThatCarriesOnTheOneItNamed() {
        var client = client();
        goalRatingThenRevision(client, true);

        var inForce = plans.plans(client.caseId()).getFirst();
        var carriedOn = inForce.goals().getFirst().id();
        assertThat(carriedOn).as("a revision copies the goals with new ids").isNotEqualTo(client.goal());
        assertThat(measurements.history(client.caseId())).filteredOn(s -> s.definition().code().equals("GOAL"))
                .singleElement().satisfies(series -> {
                    assertThat(series.goalId()).as("on the goal of the plan in force").isEqualTo(carriedOn);
                    assertThat(series.goalRemoved()).isFalse();
                    assertThat(series.points()).singleElement().extracting(p -> p.measurement().total())
                            .isEqualTo(1);
                });
    }

    @Test
    void aGoalRatingOfAGoalTheRevisionDroppedIsKeptAndShownAsNoLongerInThePlan() {
        var client = client();
        goalRatingThenRevision(client, false);

        assertThat(measurements.history(client.caseId())).filteredOn(s -> s.definition().code().equals("GOAL"))
                .singleElement().satisfies(series -> {
                    assertThat(series.goalId()).isEqualTo(client.goal());
                    assertThat(series.goalRemoved()).as("no goal of the plan in force carries it on").isTrue();
                    assertThat(series.points()).hasSize(1);
                });
    }

    @Test
    void closingTheCaseWithdrawsItsOpenQuestionnairesSoTheClientIsNoLongerAskedAndAnAnsweredOneStays() throws Exception {
        var client = client();
        var answered = sendAudit(client);
        TestClients.signInClient(client.number());
        for (int q = 1; q <= 10; q++) {
            own.answer(answered, "Q" + q, "A0");
        }
        own.send(answered);
        TestActors.signIn(client.caseworker());
        var open = questionnaires.send(client.caseId(), "DUDIT", null);
        TestActors.signOut();

        transactions.executeWithoutResult(status -> events.publishEvent(new se.vardkedjan.casehandling.events.CaseClosed(
                client.caseId(), today, se.vardkedjan.casehandling.CaseStatus.CLOSED,
                se.vardkedjan.casehandling.ClosureReason.GOALS_REACHED)));
        var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (rows("SELECT count(*) FROM followup.questionnaires WHERE id = ? AND status = 'WITHDRAWN'",
                open.value()) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(jdbc.sql("SELECT status, withdrawn_by FROM followup.questionnaires WHERE id = ?")
                .param(open.value()).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                .isEqualTo("WITHDRAWN system:case-closed");
        assertThat(rows("SELECT count(*) FROM followup.questionnaires WHERE id = ? AND status = 'ANSWERED'",
                answered.value())).isEqualTo(1);
        TestClients.signInClient(client.number());
        assertThat(own.waiting()).isZero();
        assertThat(own.mine()).extracting(OwnQuestionnaire::id).containsExactly(answered);
        assertThatThrownBy(() -> own.answer(open, "Q2", "A1")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void clientANeverSeesNorAnswersClientBsQuestionnaireByIdAndTheProbeIsRecorded() {
        var b = client();
        var bQuestionnaire = sendAudit(b);
        var a = client();
        sendAudit(a);
        var attacker = TestClients.signInClient(a.number());

        assertThat(own.mine()).extracting(OwnQuestionnaire::id).doesNotContain(bQuestionnaire);
        assertThatThrownBy(() -> own.open(bQuestionnaire)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> own.answer(bQuestionnaire, "Q1", "A4")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> own.send(bQuestionnaire)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> own.open(QuestionnaireId.random())).isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("""
                        SELECT target_kind || ' ' || reason FROM accesslog.security_events WHERE actor_subject = ?""")
                .param(attacker.subject()).query(String.class).list())
                .hasSize(4).allMatch(row -> row.equals("QUESTIONNAIRE UNKNOWN_TARGET"));
        assertThat(rows("SELECT count(*) FROM followup.questionnaire_answers WHERE questionnaire_id = ?",
                bQuestionnaire.value())).isZero();
        assertThat(rows("SELECT count(*) FROM followup.questionnaires WHERE id = ? AND status = 'SENT'",
                bQuestionnaire.value())).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND case_id = ?",
                attacker.subject(), b.caseId().value())).as("nothing of B's file read").isZero();
    }

    @Test
    void aWithdrawnOrSentBackQuestionnaireIsNotAnsweredAndAnswersOutsideTheOptionsAreRefused() {
        var client = client();
        var withdrawn = sendAudit(client);
        TestActors.signIn(client.caseworker());
        questionnaires.withdraw(client.caseId(), withdrawn);
        assertThatThrownBy(() -> questionnaires.withdraw(client.caseId(), withdrawn))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.questionnaire.error.not-open"));
        var open = questionnaires.send(client.caseId(), "AUDIT", null);

        TestClients.signInClient(client.number());
        assertThat(own.mine()).extracting(OwnQuestionnaire::id).containsExactly(open);
        assertThatThrownBy(() -> own.answer(withdrawn, "Q1", "A1"))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.questionnaire.error.not-open"));
        assertThatThrownBy(() -> own.answer(open, "Q1", "A9"))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.questionnaire.error.unknown-option"));
        assertThatThrownBy(() -> own.answer(open, "Q1", "4"))
                .as("a score is no answer").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> own.answer(open, "TOTAL", "A1"))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.questionnaire.error.unknown-question"));
        own.answer(open, "Q1", "A1");
        assertThatThrownBy(() -> own.send(open))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.questionnaire.error.unanswered"));
        answerAll(open, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        own.send(open);
        assertThatThrownBy(() -> own.send(open))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.questionnaire.error.not-open"));
        assertThatThrownBy(() -> own.answer(open, "Q1", "A4"))
                .isInstanceOfSatisfying(RuleViolation.class, rule -> assertThat(rule.messageKey())
                        .isEqualTo("followup.questionnaire.error.not-open"));
        assertThat(rows("SELECT count(*) FROM followup.measurements WHERE case_id = ? AND instrument_code = 'AUDIT'",
                client.caseId().value())).isEqualTo(1);
    }

    @Test
    void staffCannotCallTheClientsMethodsNorAClientTheStaffs() {
        var client = client();
        var id = sendAudit(client);
        TestActors.signIn(client.caseworker());
        assertThatThrownBy(own::mine).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> own.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> own.answer(id, "Q1", "A1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> own.send(id)).isInstanceOf(AccessDeniedException.class);

        TestClients.signInClient(client.number());
        assertThatThrownBy(() -> questionnaires.send(client.caseId(), "AUDIT", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionnaires.ofCase(client.caseId())).isInstanceOf(AccessDeniedException.class);
        assertThat(rows("SELECT count(*) FROM followup.questionnaire_answers WHERE questionnaire_id = ?",
                id.value())).isZero();
    }

    @Test
    void anotherCasesQuestionnaireCannotBeWithdrawnThroughOnesOwnCaseAndTheProbeIsRecorded() {
        var mine = client();
        var theirs = client();
        var theirQuestionnaire = sendAudit(theirs);
        var caseworker = TestActors.signIn(mine.caseworker());

        assertThatThrownBy(() -> questionnaires.withdraw(mine.caseId(), theirQuestionnaire))
                .isInstanceOf(AccessDenied.class);
        assertThat(rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ? "
                + "AND target_kind = 'QUESTIONNAIRE' AND reason = 'UNKNOWN_TARGET'", caseworker.subject()))
                .isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM followup.questionnaires WHERE id = ? AND status = 'SENT'",
                theirQuestionnaire.value())).isEqualTo(1);
    }

    @Test
    void aCaseworkerWithoutNeedToKnowIsRefusedAndTheRefusalRecorded() {
        var client = client();
        var id = sendAudit(client);
        var intruder = TestActors.signIn(TestFixtures.caseworker(SOUTH));

        assertThatThrownBy(() -> questionnaires.send(client.caseId(), "DUDIT", null)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> questionnaires.ofCase(client.caseId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> questionnaires.withdraw(client.caseId(), id)).isInstanceOf(AccessDenied.class);
        assertThat(rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?", intruder.subject()))
                .isEqualTo(3);
        assertThat(rows("SELECT count(*) FROM followup.questionnaires WHERE case_id = ?", client.caseId().value()))
                .isEqualTo(1);
    }

    @Test
    void aClientWhoBlockedThePortalReachesNoQuestionnaire() {
        var client = client();
        var id = sendAudit(client);
        TestClients.signInClient(client.number());
        ownChoices.block();

        assertThatThrownBy(own::mine).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> own.answer(id, "Q1", "A1")).isInstanceOf(AccessDenied.class);
        assertThat(rows("SELECT count(*) FROM followup.questionnaire_answers WHERE questionnaire_id = ?",
                id.value())).isZero();
    }

    @Test
    void aClientWithTwoOpenCasesSeesTheQuestionnairesOfBothEachCaseReadThroughTheDoor() {
        var client = client();
        var older = sendAudit(client);
        // A second open case of the same person, in the same unit, newer than the first.
        TestActors.signIn(client.caseworker());
        var personId = jdbc.sql("SELECT person_id FROM casehandling.cases WHERE id = ?")
                .param(client.caseId().value()).query(UUID.class).single();
        var application = TestFixtures.application(new se.vardkedjan.sharedkernel.PersonId(personId), NORTH);
        var second = caseHandling.registerIntake(new se.vardkedjan.casehandling.RegisterIntake(
                application.personId(), application.unit(), application.kind(), application.receivedOn(),
                application.description(), null, null, null, false, null, true)).caseId();
        var newer = questionnaires.send(second, "DUDIT", null);
        TestActors.signOut();

        var signedIn = TestClients.signInClient(client.number());
        assertThat(own.mine()).extracting(OwnQuestionnaire::id).containsExactlyInAnyOrder(older, newer);
        assertThat(own.waiting()).isEqualTo(2);
        assertThat(own.open(older).status()).isEqualTo(QuestionnaireStatus.SENT);
        assertThat(jdbc.sql("""
                        SELECT DISTINCT case_id FROM accesslog.access_log WHERE actor_subject = ? AND what = ?""")
                .params(signedIn.subject(), OwnQuestionnaires.WHAT_OWN).query(UUID.class).list())
                .as("a row for each case read").containsExactlyInAnyOrder(client.caseId().value(), second.value());
    }
}
