package se.vardkedjan.casehandling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.events.CarePlanAgreed;
import se.vardkedjan.casehandling.events.GoalSet;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.readmodel.CarePlanDetails;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.casehandling.readmodel.JournalEntryDetails;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Care plans and the journal against real PostgreSQL: the flows, events, access checks, the log and the trigger. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class CarePlanAndJournalModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final CarePlans carePlans;
    private final Journal journal;
    private final CaseRows cases;
    private final JdbcClient jdbc;
    private final Workday workday;

    private UnitCode unit;
    private Actor caseworker;

    CarePlanAndJournalModuleTests(PersonRegister register, CaseHandling caseHandling, CarePlans carePlans,
                                  Journal journal, CaseRows cases, JdbcClient jdbc, Workday workday) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.carePlans = carePlans;
        this.journal = journal;
        this.cases = cases;
        this.jdbc = jdbc;
        this.workday = workday;
    }

    @BeforeEach
    void unitAndCaseworker() {
        unit = PlanFixtures.newUnit(jdbc);
        caseworker = TestActors.signIn(TestFixtures.caseworker(unit));
    }

    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    private CaseId decidedCase() {
        return PlanFixtures.decidedCase(register, caseHandling, cases, unit);
    }

    private static GoalInput goal(String text, LocalDate followUpOn) {
        return new GoalInput(text, "Klientens egen skattning 1–10", followUpOn);
    }

    private static JournalText note(String title, String text) {
        return new JournalText(TODAY, title, text);
    }

    private CarePlanDetails current(CaseId caseId) {
        return carePlans.plans(caseId).getFirst();
    }

    // --- Care plan ---------------------------------------------------------------------------------------------

    @Test
    void agreeingAPlanPublishesThePlanAndEachGoalWithIdsAndDatesOnly(Scenario scenario) {
        var caseId = decidedCase();
        var planId = carePlans.draft(caseId, TODAY.minusDays(1));
        var sooner = carePlans.setGoal(planId, 0, goal("Jag vill sova bättre.", TODAY.plusMonths(1)));
        var later = carePlans.setGoal(planId, 1, goal("Jag vill ha ett jobb.", TODAY.plusMonths(6)));
        carePlans.planActivity(planId, 2, new ActivityInput("Samtal om sömn", ActivityPerformer.PROVIDER,
                "Varannan vecka"));

        scenario.stimulate(() -> carePlans.recordAgreement(planId, 3, TODAY, AgreementChannel.MEETING))
                .andWaitForEventOfType(CarePlanAgreed.class)
                .toArriveAndVerify(event -> assertThat(event)
                        .isEqualTo(new CarePlanAgreed(caseId, planId, TODAY, TODAY.plusMonths(1))));

        var plan = current(caseId);
        assertThat(plan.status()).isEqualTo(CarePlanStatus.AGREED);
        assertThat(plan.goals()).extracting(CarePlanDetails.Goal::id).containsExactly(sooner, later);
        assertThat(plan.activities()).singleElement()
                .satisfies(a -> assertThat(a.who()).isEqualTo(ActivityPerformer.PROVIDER));
        assertThat(plan.response().channel()).isEqualTo(AgreementChannel.MEETING);
        assertThat(plan.response().recordedBy()).isEqualTo(caseworker.username());
        assertThat(plan.response().recordedByName()).as("not in the organisation register: shown by username")
                .isEqualTo(caseworker.username());
        assertThat(plan.createdByName()).isEqualTo(caseworker.username());
        assertThat(carePlans.followUpDates(caseId)).containsExactly(TODAY.plusMonths(1), TODAY.plusMonths(6));
    }

    @Test
    void aPlanNamesWhoDrewItUpAndWhoRecordedTheAgreementAsTheOrganisationRegisterDoes() {
        TestFixtures.registerStaff(jdbc, caseworker, "Hanna Handläggare");
        var caseId = decidedCase();
        var planId = carePlans.draft(caseId, TODAY.minusDays(1));
        carePlans.setGoal(planId, 0, goal("Jag vill sova bättre.", TODAY.plusMonths(1)));
        carePlans.recordAgreement(planId, 1, TODAY, AgreementChannel.MEETING);

        var plan = carePlans.plan(planId);
        assertThat(plan.createdBy()).isEqualTo(caseworker.username());
        assertThat(plan.createdByName()).isEqualTo("Hanna Handläggare");
        assertThat(plan.response().recordedByName()).isEqualTo("Hanna Handläggare");
        assertThat(current(caseId).createdByName()).isEqualTo("Hanna Handläggare");
    }

    @Test
    void agreeingPublishesGoalSetForEveryGoal(Scenario scenario) {
        var caseId = decidedCase();
        var planId = carePlans.draft(caseId, TODAY);
        var goalId = carePlans.setGoal(planId, 0, goal("Jag vill träffa mina barn.", TODAY.plusMonths(2)));

        scenario.stimulate(() -> carePlans.recordAgreement(planId, 1, TODAY, AgreementChannel.PHONE))
                .andWaitForEventOfType(GoalSet.class)
                .matching(event -> event.goalId().equals(goalId))
                .toArriveAndVerify(event -> assertThat(event)
                        .isEqualTo(new GoalSet(caseId, planId, goalId, TODAY.plusMonths(2))));
    }

    @Test
    void aDraftMayStartDuringTheInvestigationButAgreementWaitsForTheDecision() {
        var caseId = PlanFixtures.caseUnderInvestigation(register, caseHandling, unit);
        var planId = carePlans.draft(caseId, TODAY);
        carePlans.setGoal(planId, 0, goal("Jag vill vara nykter.", TODAY.plusMonths(3)));

        assertThatThrownBy(() -> carePlans.recordAgreement(planId, 1, TODAY, AgreementChannel.MEETING))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.plan.error.agreement-needs-decision"));
        assertThat(current(caseId).status()).isEqualTo(CarePlanStatus.DRAFT);
        assertThatThrownBy(() -> carePlans.draft(caseId, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.plan.error.plan-exists"));
    }

    @Test
    void aRevisionSupersedesTheAgreedPlanOnlyWhenAgreedAndTheOldOneStaysReadable() {
        var caseId = decidedCase();
        var first = carePlans.draft(caseId, TODAY.minusDays(2));
        carePlans.setGoal(first, 0, goal("Jag vill sova bättre.", TODAY.plusMonths(1)));
        carePlans.recordAgreement(first, 1, TODAY.minusDays(1), AgreementChannel.WRITING);

        var second = carePlans.revise(first, 2, TODAY);
        assertThat(carePlans.plan(first).status()).isEqualTo(CarePlanStatus.AGREED);
        assertThatThrownBy(() -> carePlans.revise(first, 2, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.plan.error.draft-exists"));
        var copied = carePlans.plan(second).goals().getFirst().id();
        carePlans.removeGoal(second, 0, copied);
        carePlans.setGoal(second, 1, goal("Jag vill ha ett jobb.", TODAY.plusMonths(4)));
        carePlans.recordDisagreement(second, 2, TODAY, AgreementChannel.PHONE, "Jag vill inte börja jobba än.");
        carePlans.recordAgreement(second, 3, TODAY, AgreementChannel.MEETING);

        var revisions = carePlans.plans(caseId);
        assertThat(revisions).extracting(CarePlanDetails::revision).containsExactly(2, 1);
        assertThat(revisions.get(0).status()).isEqualTo(CarePlanStatus.AGREED);
        assertThat(revisions.get(1).status()).isEqualTo(CarePlanStatus.SUPERSEDED);
        assertThat(revisions.get(1).supersededBy()).isEqualTo(second);
        assertThat(revisions.get(1).goals()).singleElement()
                .satisfies(g -> assertThat(g.text()).isEqualTo("Jag vill sova bättre."));
        assertThat(carePlans.followUpDates(caseId)).containsExactly(TODAY.plusMonths(4));
    }

    @Test
    void theStartPageLeavesAnAgreedGoalDueForFollowUpToFollowUpsOwnItemSoItIsShownOnce() {
        var caseId = decidedCase();
        var planId = carePlans.draft(caseId, TODAY.minusDays(2));
        carePlans.setGoal(planId, 0, goal("Jag vill sova bättre.", TODAY.plusDays(5)));
        carePlans.recordAgreement(planId, 1, TODAY, AgreementChannel.MEETING);

        var items = workday.workItems().stream().filter(item -> item.caseId().equals(caseId)).toList();

        // Follow-up schedules the goal and shows it (ADR 0030 and its amendment); case handling no longer does.
        assertThat(items).extracting(CaseWorkItem::text).doesNotContain("Jag vill sova bättre.");
        assertThat(items).extracting(CaseWorkItem::due).doesNotContain(TODAY.plusDays(5));
    }

    // --- Journal -----------------------------------------------------------------------------------------------

    @Test
    void aDraftIsEditedAndSignedAndThenCorrectedWithTheOriginalKeptReadable() {
        var caseId = decidedCase();
        var id = journal.draft(caseId, note("Hembesök", "Klienten var nykter."));
        journal.reviseDraft(id, 0, note("Hembesök hos klienten", "Klienten var nykter och pigg."));
        journal.sign(id, 1);

        var correction = journal.correct(id, "Klienten var nykter men trött.", "Fel uppgift om dagsform");

        var page = journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 20);
        assertThat(page.total()).isEqualTo(1);
        var shown = page.entries().getFirst();
        assertThat(shown.id()).isEqualTo(correction);
        assertThat(shown.corrected()).isTrue();
        assertThat(shown.title()).isEqualTo("Hembesök hos klienten");
        var history = journal.history(correction);
        assertThat(history).extracting(JournalEntryDetails::text)
                .containsExactly("Klienten var nykter och pigg.", "Klienten var nykter men trött.");
        assertThat(history.getFirst().signedAt()).isNotNull();
        assertThat(history.get(1).authorUsername()).isEqualTo(caseworker.username());
        assertThat(history).extracting(JournalEntryDetails::authorName).as("not in the organisation register: the "
                + "username, never the login token's name").containsOnly(caseworker.username());
        assertThat(history.get(1).correctionReason()).isEqualTo("Fel uppgift om dagsform");
        assertThatThrownBy(() -> journal.correct(id, "Igen", "Skäl"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.journal.error.already-corrected"));
        assertThatThrownBy(() -> journal.reviseDraft(id, 2, note("X", "Y")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.journal.error.signed-never-changes"));
    }

    @Test
    void theJournalNamesAuthorsObjectionRecordersAndReleasersAsTheyWereWhenTheyRecordedEvenAfterTheRegisterRenamesThem() {
        TestFixtures.registerStaff(jdbc, caseworker, "Hanna Handläggare");
        var caseId = decidedCase();
        var id = journal.writeSigned(caseId, note("Samtal", "Klienten mår bättre."));
        journal.attachObjection(id, "Jag mår inte bättre.", TODAY);
        var correction = journal.correct(id, "Klienten mår något bättre.", "Förtydligande");
        journal.release(correction, true);
        // A signed entry is an official document: a later name in the organisation register does not change it.
        TestFixtures.registerStaff(jdbc, caseworker, "Hanna Omdöpt");

        var shown = journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 20).entries().getFirst();
        assertThat(shown.authorUsername()).isEqualTo(caseworker.username());
        assertThat(shown.authorName()).isEqualTo("Hanna Handläggare");
        assertThat(shown.objections()).singleElement()
                .satisfies(o -> assertThat(o.recordedByName()).isEqualTo("Hanna Handläggare"));
        assertThat(shown.release().byName()).isEqualTo("Hanna Handläggare");
        assertThat(journal.history(correction)).extracting(JournalEntryDetails::authorName)
                .containsOnly("Hanna Handläggare");
    }

    @Test
    void aJournalEntryIsSignedWithTheRegistersNameNotTheTokens() {
        TestFixtures.registerStaff(jdbc, caseworker, "Hanna Handläggare");
        var caseId = decidedCase();
        // The login token's name is whatever the account holds: here someone else's, with a title.
        TestActors.signIn(new Actor(caseworker.subject(), caseworker.username(), "Karin Berg (enhetschef)",
                caseworker.roles(), caseworker.units(), caseworker.providerOrganisations()));

        var id = journal.writeSigned(caseId, note("Samtal", "Klienten mår bättre."));
        journal.attachObjection(id, "Det stämmer inte.", TODAY);
        journal.release(id, true);

        var shown = journal.entry(id);
        assertThat(shown.authorName()).isEqualTo("Hanna Handläggare");
        assertThat(shown.objections()).singleElement()
                .satisfies(o -> assertThat(o.recordedByName()).isEqualTo("Hanna Handläggare"));
        assertThat(shown.release().byName()).isEqualTo("Hanna Handläggare");
        assertThat(jdbc.sql("SELECT DISTINCT author_name FROM casehandling.journal_entries WHERE case_id = ?")
                .param(caseId.value()).query(String.class).list()).containsExactly("Hanna Handläggare");
        assertThat(jdbc.sql("SELECT DISTINCT actor_name FROM accesslog.access_log WHERE case_id = ?")
                .param(caseId.value()).query(String.class).list()).as("the access log names the register's name too")
                .containsExactly("Hanna Handläggare");
    }

    @Test
    void theClientsObjectionIsAttachedWithoutChangingTheEntry() {
        var caseId = decidedCase();
        var id = journal.writeSigned(caseId, note("Samtal", "Klienten uppgav att hon druckit."));
        var before = journal.entry(id);

        journal.attachObjection(id, "Jag har inte druckit, jag var sjuk.", TODAY);

        var after = journal.entry(id);
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.signedAt()).isEqualTo(before.signedAt());
        assertThat(after.objections()).singleElement()
                .satisfies(o -> assertThat(o.text()).isEqualTo("Jag har inte druckit, jag var sjuk."));
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteASignedEntryButDeletesADraft() {
        var caseId = decidedCase();
        var signed = journal.writeSigned(caseId, note("Signerad", "Text."));
        var draft = journal.draft(caseId, note("Utkast", "Text."));

        assertThatThrownBy(() -> jdbc.sql("UPDATE casehandling.journal_entries SET text = 'Ändrad' WHERE id = ?")
                .param(signed.value()).update()).rootCause().hasMessageContaining("A signed journal entry never changes");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM casehandling.journal_entries WHERE id = ?")
                .param(signed.value()).update()).rootCause().hasMessageContaining("A signed journal entry never changes");
        assertThat(jdbc.sql("UPDATE casehandling.journal_entries SET text = 'Ändrat utkast' WHERE id = ?")
                .param(draft.value()).update()).isEqualTo(1);
        assertThat(jdbc.sql("DELETE FROM casehandling.journal_entries WHERE id = ?")
                .param(draft.value()).update()).isEqualTo(1);
        assertThat(journal.entry(signed).text()).isEqualTo("Text.");
    }

    @Test
    void theAuthorDeletesTheirDraftThroughTheJournalButNotASignedEntry() {
        var caseId = decidedCase();
        var draft = journal.draft(caseId, note("Utkast", "Text."));
        var signed = journal.writeSigned(caseId, note("Signerad", "Text."));

        TestActors.signIn(TestFixtures.caseworker(unit));
        assertThatThrownBy(() -> journal.deleteDraft(draft, 0))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.journal.error.not-author"));
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 20).entries())
                .extracting(JournalEntryDetails::id).containsExactly(signed);

        TestActors.signIn(caseworker);
        assertThatThrownBy(() -> journal.deleteDraft(signed, 0))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.journal.error.signed-never-changes"));
        journal.deleteDraft(draft, 0);
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 20).entries())
                .extracting(JournalEntryDetails::id).containsExactly(signed);
    }

    @Test
    void revisingAndSigningADraftIsOneActionWrittenOnceAtTheVersionRead() {
        var caseId = decidedCase();
        var id = journal.draft(caseId, note("Utkast", "Första."));
        journal.reviseDraft(id, 0, note("Utkast", "Andra."));
        journal.reviseDraft(id, 1, note("Utkast", "Tredje."));
        var logged = logRows(caseId, "JOURNAL_ENTRY");

        journal.reviseAndSign(id, 2, note("Samtal", "Fjärde och sista."));

        assertThat(logRows(caseId, "JOURNAL_ENTRY")).as("one change, logged once").isEqualTo(logged + 1);
        var signed = journal.entry(id);
        assertThat(signed.signedAt()).isNotNull();
        assertThat(signed.text()).isEqualTo("Fjärde och sista.");
        assertThat(signed.version()).isEqualTo(3);
    }

    @Test
    void revisingAndSigningAStaleOrInvalidDraftLeavesItAnUnchangedDraft() {
        var caseId = decidedCase();
        var id = journal.draft(caseId, note("Utkast", "Första."));
        journal.reviseDraft(id, 0, note("Utkast", "Andra."));
        journal.reviseDraft(id, 1, note("Utkast", "Tredje."));

        assertThatThrownBy(() -> journal.reviseAndSign(id, 1, note("Utkast", "Fjärde.")))
                .isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> journal.reviseAndSign(id, 2, note("Utkast", "<script>alert(1)</script>")))
                .isInstanceOf(RuleViolation.class);
        var stored = journal.entry(id);
        assertThat(stored.signedAt()).as("still a draft").isNull();
        assertThat(stored.text()).isEqualTo("Tredje.");
        assertThat(stored.version()).isEqualTo(2);

        TestActors.signIn(TestFixtures.caseworker(PlanFixtures.newUnit(jdbc)));
        assertThatThrownBy(() -> journal.reviseAndSign(id, 2, note("Utkast", "Fjärde.")))
                .isInstanceOf(AccessDenied.class);
        TestActors.signIn(caseworker);
        assertThat(journal.entry(id).signedAt()).isNull();
    }

    @Test
    void aGoalRemovedFromThePlansMiddleLeavesTheOthersRowsAsTheyWereInTheirOrder() {
        var caseId = decidedCase();
        var planId = carePlans.draft(caseId, TODAY);
        carePlans.setGoal(planId, 0, goal("Första målet", TODAY.plusMonths(1)));
        carePlans.setGoal(planId, 1, goal("Andra målet", TODAY.plusMonths(2)));
        carePlans.setGoal(planId, 2, goal("Tredje målet", TODAY.plusMonths(3)));
        var goals = carePlans.plan(planId).goals();
        var firstRow = rowVersion(goals.getFirst().id());

        carePlans.removeGoal(planId, 3, goals.get(1).id());
        assertThat(rowVersion(goals.getFirst().id())).as("an unchanged goal's row is not written again")
                .isEqualTo(firstRow);
        carePlans.setGoal(planId, 4, goal("Fjärde målet", TODAY.plusMonths(4)));

        assertThat(carePlans.plan(planId).goals()).extracting(CarePlanDetails.Goal::text)
                .containsExactly("Första målet", "Tredje målet", "Fjärde målet");
        assertThat(carePlans.plan(planId).goals().get(1).id()).isEqualTo(goals.get(2).id());
        assertThat(rowVersion(goals.getFirst().id())).isEqualTo(firstRow);
        assertThat(jdbc.sql("SELECT position FROM casehandling.care_plan_goals WHERE care_plan_id = ? "
                + "ORDER BY position").param(planId.value()).query(Integer.class).list()).containsExactly(0, 1, 2);
    }

    /** The PostgreSQL transaction that last wrote the goal's row: it changes whenever the row is written. */
    private String rowVersion(GoalId goal) {
        return jdbc.sql("SELECT xmin::text FROM casehandling.care_plan_goals WHERE id = ?").param(goal.value())
                .query(String.class).single();
    }

    @Test
    void twoEditsOfTheSameDraftOrPlanDoNotOverwriteEachOther() {
        var caseId = decidedCase();
        var id = journal.draft(caseId, note("Utkast", "Första."));
        journal.reviseDraft(id, 0, note("Utkast", "Andra."));
        assertThatThrownBy(() -> journal.reviseDraft(id, 0, note("Utkast", "Tredje.")))
                .isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> journal.sign(id, 0)).isInstanceOf(ConcurrentChange.class);
        assertThat(journal.entry(id).text()).isEqualTo("Andra.");

        var planId = carePlans.draft(caseId, TODAY);
        carePlans.setGoal(planId, 0, goal("Första målet", TODAY.plusMonths(1)));
        assertThatThrownBy(() -> carePlans.setGoal(planId, 0, goal("Andra målet", TODAY.plusMonths(1))))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(carePlans.plan(planId).goals()).extracting(CarePlanDetails.Goal::text).containsExactly("Första målet");
    }

    @Test
    void aCaseworkerOfAnotherUnitCanNeitherReadNorChangeThePlanOrTheJournal() {
        var caseId = decidedCase();
        var planId = carePlans.draft(caseId, TODAY);
        var entry = journal.writeSigned(caseId, note("Samtal", "Text."));

        var intruder = TestActors.signIn(TestFixtures.caseworker(TestFixtures.SOUTH));
        assertThatThrownBy(() -> carePlans.plans(caseId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> carePlans.setGoal(planId, 0, goal("Mål", TODAY.plusMonths(1))))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> carePlans.followUpDates(caseId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 20))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> journal.draft(caseId, note("Intrång", "Text."))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> journal.history(entry)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> journal.release(entry, true)).isInstanceOf(AccessDenied.class);
        var person = cases.find(caseId).orElseThrow().personId();
        assertThat(journal.releasedEntriesOf(person)).isEmpty();
        // The intruder (not a new user: the one refused) read nothing, and each refusal is recorded.
        assertThat(logRowsBy(caseId, intruder)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?")
                .param(intruder.subject()).query(Long.class).single()).isGreaterThanOrEqualTo(7);

        // And nothing changed: the plan has no goal and its first version, the journal its one signed entry, not
        // released.
        TestActors.signIn(caseworker);
        var plan = carePlans.plan(planId);
        assertThat(plan.goals()).isEmpty();
        assertThat(plan.version()).isZero();
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 20).entries())
                .extracting(JournalEntryDetails::id).containsExactly(entry);
        assertThat(journal.entry(entry).release()).isNull();
    }

    @Test
    void readsAndChangesOfPlansAndJournalAreInTheAccessLog() {
        var caseId = decidedCase();
        var planId = carePlans.draft(caseId, TODAY);
        carePlans.plans(caseId);
        var entry = journal.writeSigned(caseId, note("Samtal", "Text."));
        journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 20);
        journal.history(entry);

        var rows = jdbc.sql("""
                        SELECT actor_username || ' ' || access_kind || ' ' || what || ' ' || purpose
                        FROM accesslog.access_log WHERE case_id = ? AND what IN ('CARE_PLAN', 'JOURNAL_ENTRY', 'JOURNAL')
                        ORDER BY id""")
                .param(caseId.value()).query(String.class).list();
        assertThat(rows).containsExactly(
                caseworker.username() + " CHANGE CARE_PLAN CASE_WORK",
                caseworker.username() + " READ CARE_PLAN CASE_WORK",
                caseworker.username() + " CHANGE JOURNAL_ENTRY CASE_WORK",
                caseworker.username() + " READ JOURNAL CASE_WORK",
                caseworker.username() + " READ JOURNAL_ENTRY CASE_WORK");
        assertThat(planId).isNotNull();
    }

    @Test
    void scriptTagsAndOversizedTextAreRefusedAndNothingIsStored() {
        var caseId = decidedCase();
        var planId = carePlans.draft(caseId, TODAY);
        var logged = jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ?")
                .param(caseId.value()).query(Long.class).single();

        assertThatThrownBy(() -> journal.writeSigned(caseId, note("Samtal", "<script>alert(1)</script>")))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.text-markup"));
        assertThatThrownBy(() -> journal.draft(caseId, note("Samtal", "x".repeat(20_001))))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.text-too-long"));
        assertThatThrownBy(() -> journal.draft(caseId, new JournalText(TODAY.plusDays(1), "Samtal", "Text")))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.date-in-future"));
        assertThatThrownBy(() -> carePlans.setGoal(planId, 0, goal("<img src=x onerror=alert(1)>",
                TODAY.plusMonths(1))))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.text-markup"));
        assertThatThrownBy(() -> carePlans.setGoal(planId, 0, goal("x".repeat(4_001), TODAY.plusMonths(1))))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.text-too-long"));
        assertThatThrownBy(() -> carePlans.setGoal(planId, 0, goal("Mål", TODAY.minusDays(1))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.plan.error.follow-up-not-after-plan-date"));

        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.journal_entries WHERE case_id = ?")
                .param(caseId.value()).query(Long.class).single()).isZero();
        assertThat(carePlans.plan(planId).goals()).isEmpty();
        assertThat(carePlans.plan(planId).version()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ?")
                .param(caseId.value()).query(Long.class).single()).isEqualTo(logged + 2);
    }

    @Test
    void onlyReleasedSignedEntriesReachTheClientsReleasedMaterialWithTheLatestCorrection() {
        var caseId = decidedCase();
        var person = cases.find(caseId).orElseThrow().personId();
        var released = journal.writeSigned(caseId, note("Planeringsmöte", "Vi planerade behandling."));
        journal.writeSigned(caseId, note("Samtal med anhörig", "Systern berättade om oro."));
        journal.draft(caseId, note("Utkast", "Ej klart."));

        assertThatThrownBy(() -> journal.release(released, false))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.journal.error.confidentiality-check-required"));
        assertThat(journal.releasedEntriesOf(person)).isEmpty();

        journal.release(released, true);
        var correction = journal.correct(released, "Vi planerade öppenvård.", "Fel insats angavs");

        assertThat(journal.releasedEntriesOf(person)).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(correction);
            assertThat(entry.text()).isEqualTo("Vi planerade öppenvård.");
            assertThat(entry.released()).isTrue();
            assertThat(entry.release().byName()).isEqualTo(caseworker.username());
        });
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND what = 'RELEASED_JOURNAL'")
                .param(caseId.value()).query(Long.class).single()).isEqualTo(1);

        journal.revokeRelease(correction);
        assertThat(journal.releasedEntriesOf(person)).isEmpty();
        assertThat(jdbc.sql("SELECT action FROM casehandling.journal_releases r JOIN casehandling.journal_entries e "
                        + "ON e.id = r.original_id WHERE e.case_id = ? ORDER BY r.id")
                .param(caseId.value()).query(String.class).list()).containsExactly("RELEASED", "REVOKED");
    }

    @Test
    void theJournalIsPagedAndSortedByEventDate() {
        var caseId = decidedCase();
        for (var daysAgo : List.of(2, 0, 1)) {
            journal.writeSigned(caseId, new JournalText(TODAY.minusDays(daysAgo), "Dag " + daysAgo, "Text."));
        }

        var newest = journal.entries(caseId, JournalOrder.NEWEST_FIRST, 0, 2);
        assertThat(newest.total()).isEqualTo(3);
        assertThat(newest.entries()).extracting(JournalEntryDetails::title).containsExactly("Dag 0", "Dag 1");
        assertThat(journal.entries(caseId, JournalOrder.NEWEST_FIRST, 2, 2).entries())
                .extracting(JournalEntryDetails::title).containsExactly("Dag 2");
        assertThat(journal.entries(caseId, JournalOrder.OLDEST_FIRST, 0, 10).entries())
                .extracting(JournalEntryDetails::title).containsExactly("Dag 2", "Dag 1", "Dag 0");
    }

    private long logRows(CaseId caseId, String what) {
        return jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND what = ?")
                .params(caseId.value(), what).query(Long.class).single();
    }

    private long logRowsBy(CaseId caseId, Actor actor) {
        return jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND actor_username = ?")
                .params(caseId.value(), actor.username()).query(Long.class).single();
    }
}
