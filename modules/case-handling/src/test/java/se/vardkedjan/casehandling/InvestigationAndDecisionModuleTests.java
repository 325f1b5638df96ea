package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.events.DecisionMade;
import se.vardkedjan.casehandling.events.InterventionClosed;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.casehandling.events.InvestigationCompleted;
import se.vardkedjan.casehandling.readmodel.CaseStage;
import se.vardkedjan.casehandling.readmodel.DecisionView;
import se.vardkedjan.casehandling.readmodel.ProposalToApprove;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/** Investigation and decision against real PostgreSQL: from intake to a decided intervention, with access checks. */
@CaseHandlingModuleTest
class InvestigationAndDecisionModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final java.util.List<CasePageSection> sections;
    private final ProtectedCases protectedCases;
    private final TestActors actors;

    InvestigationAndDecisionModuleTests(PersonRegister register, CaseHandling caseHandling,
                                        Investigations investigations, Decisions decisions, JdbcClient jdbc,
                                        java.util.List<CasePageSection> sections, ProtectedCases protectedCases,
                                        TestActors actors) {
        this.sections = sections;
        this.protectedCases = protectedCases;
        this.actors = actors;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    @Test
    void fromIntakeThroughACompletedInvestigationToADecisionWithinDelegation(Scenario scenario) {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation(TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek"));

        var draft = investigations.saveDraft(caseId, 0, DecisionFixtures.draftContent(TODAY.minusDays(2)));
        assertThat(draft.status()).isEqualTo(InvestigationStatus.DRAFT);
        assertThat(draft.missing()).contains("casehandling.investigation.missing.participation");
        scenario.stimulate(() -> investigations.saveAndComplete(caseId, draft.version(),
                        DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY)))
                .andWaitForEventOfType(InvestigationCompleted.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.caseId()).isEqualTo(caseId);
                    assertThat(event.completedOn()).isEqualTo(TODAY);
                });
        assertThat(investigations.find(caseId)).hasValueSatisfying(completed -> {
            assertThat(completed.completedBy()).isEqualTo(caseworker.username());
            assertThat(completed.completedByName()).isEqualTo(caseworker.username());
        });

        scenario.stimulate(() -> decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                        DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY),
                        DecisionFixtures.service(TODAY))))
                .andWaitForEventOfType(InterventionGranted.class)
                .matching(event -> event.type() == InterventionType.OUTPATIENT)
                .toArriveAndVerify((event, decision) -> {
                    assertThat(event.caseId()).isEqualTo(caseId);
                    assertThat(event.decisionId()).isEqualTo(decision.id());
                    assertThat(event.startsOn()).isEqualTo(TODAY);
                });

        var decided = decisions.ofCase(caseId);
        assertThat(decided).singleElement().satisfies(decision -> {
            assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
            assertThat(decision.decidedBy()).isEqualTo(caseworker.username());
            assertThat(decision.decidedByName()).as("not in the organisation register: shown by username")
                    .isEqualTo(caseworker.username());
            assertThat(decision.delegationLevel()).isEqualTo("caseworker");
            assertThat(decision.items()).extracting(DecisionView.Item::serviceWithoutDecision)
                    .containsExactly(false, true);
            assertThat(decision.items().get(1).legalReference()).isNull();
        });
        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.DECIDED);

        // Every section builds its timeline without a UI (the page translates the keys when it shows them).
        assertThat(sections).isNotEmpty();
        var timeline = sections.stream().flatMap(section -> section.timeline(caseId).stream()).toList();
        assertThat(timeline).contains(CasePageSection.TimelineEntry.withDetailKey(TODAY,
                "casehandling.decision.timeline.granted", "casehandling.decision.type.OUTPATIENT", false));
    }

    @Test
    void aDecisionMadePublishesDecisionMadeWithIdsOnly(Scenario scenario) {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = investigated(TestFixtures.person(TestFixtures.personalNumber(), "Kim", "Ros"));

        scenario.stimulate(() -> decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                        DecisionFixtures.granted(InterventionType.CONTACT_PERSON, TODAY))))
                .andWaitForEventOfType(DecisionMade.class)
                .toArriveAndVerify((event, decision) -> {
                    assertThat(event).isEqualTo(new DecisionMade(caseId, decision.id(), TODAY));
                });
    }

    @Test
    void residentialCareByACaseworkerIsProposedAndApprovedByAUnitManagerOfTheUnit(Scenario scenario) {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        TestFixtures.registerStaff(jdbc, caseworker, "Hanna Handläggare");
        var caseId = investigated(TestFixtures.person(TestFixtures.personalNumber(), "Per", "Hult"));
        var proposal = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.RESIDENTIAL, TODAY)));
        assertThat(proposal.status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(proposal.proposedBy()).isEqualTo(caseworker.username());
        assertThat(proposal.proposedByName()).isEqualTo("Hanna Handläggare");
        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.INVESTIGATION);

        TestActors.signIn(TestFixtures.unitManager(SOUTH));
        assertThat(decisions.awaitingApproval()).extracting(ProposalToApprove::decisionId)
                .doesNotContain(proposal.id());
        assertThatThrownBy(() -> decisions.approve(proposal.id(), proposal.version(), CommunicationChannel.LETTER,
                TODAY)).isInstanceOf(AccessDenied.class);

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> decisions.approve(proposal.id(), proposal.version(), CommunicationChannel.LETTER,
                TODAY)).isInstanceOf(AccessDenied.class);
        assertThat(decisions.ofCase(caseId)).singleElement().satisfies(still -> {
            assertThat(still.status()).isEqualTo(DecisionStatus.PROPOSED);
            assertThat(still.version()).isEqualTo(proposal.version());
            assertThat(still.decidedBy()).isNull();
        });

        var manager = TestActors.signIn(TestFixtures.unitManager(NORTH));
        TestFixtures.registerStaff(jdbc, manager, "Elsa Enhetschef");
        assertThat(decisions.awaitingApproval()).filteredOn(waiting -> waiting.decisionId().equals(proposal.id()))
                .singleElement().satisfies(waiting -> {
                    assertThat(waiting.proposedBy()).isEqualTo(caseworker.username());
                    assertThat(waiting.proposedByName()).isEqualTo("Hanna Handläggare");
                });
        scenario.stimulate(() -> decisions.approve(proposal.id(), proposal.version(), CommunicationChannel.LETTER,
                        TODAY))
                .andWaitForEventOfType(InterventionGranted.class)
                .matching(event -> event.decisionId().equals(proposal.id()))
                .toArriveAndVerify(event -> assertThat(event.type()).isEqualTo(InterventionType.RESIDENTIAL));

        var approved = decisions.ofCase(caseId).getFirst();
        assertThat(approved.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(approved.decidedBy()).isEqualTo(manager.username());
        assertThat(approved.decidedByName()).isEqualTo("Elsa Enhetschef");
        assertThat(approved.proposedByName()).isEqualTo("Hanna Handläggare");
        assertThat(approved.delegationLevel()).isEqualTo("unit_manager");
        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void theCaseSummarysStageFollowsTheInvestigationAndTheProposalAndTheDeadlineStopsApplyingOnceItIsComplete() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation(TestFixtures.person(TestFixtures.personalNumber(), "Stina", "Steg"));
        var investigating = caseHandling.summary(caseId);
        assertThat(investigating.stage()).isEqualTo(CaseStage.INVESTIGATING);
        assertThat(investigating.applicableInvestigationDeadline()).isEqualTo(TODAY.plusMonths(4));

        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY));
        var complete = caseHandling.summary(caseId);
        assertThat(complete.stage()).isEqualTo(CaseStage.INVESTIGATION_COMPLETE);
        assertThat(complete.applicableInvestigationDeadline()).isNull();

        var proposal = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.RESIDENTIAL, TODAY)));
        assertThat(caseHandling.summary(caseId).status()).as("the stored status").isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(caseHandling.summary(caseId).stage()).isEqualTo(CaseStage.PROPOSAL_AWAITING_APPROVAL);

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        decisions.returnProposal(proposal.id(), proposal.version(), "Pröva öppenvård först.");
        assertThat(caseHandling.summary(caseId).stage()).isEqualTo(CaseStage.PROPOSAL_RETURNED);

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY)));
        var decided = caseHandling.summary(caseId);
        assertThat(decided.stage()).isEqualTo(CaseStage.DECIDED);
        assertThat(decided.applicableInvestigationDeadline()).isNull();
        assertThat(decided.awaitsFirstDecision()).isFalse();
    }

    @Test
    void aUnitManagerCanReturnAProposalWithAComment() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = investigated(TestFixtures.person(TestFixtures.personalNumber(), "Ali", "Sand"));
        var proposal = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.RESIDENTIAL, TODAY)));

        TestActors.signIn(TestFixtures.unitManager(NORTH));
        var returned = decisions.returnProposal(proposal.id(), proposal.version(), "Pröva öppenvård först.");

        assertThat(returned.status()).isEqualTo(DecisionStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Pröva öppenvård först.");
    }

    @Test
    void aCaseworkerOfAnotherUnitCannotReadOrDecide() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = investigated(TestFixtures.person(TestFixtures.personalNumber(), "Lisa", "Sten"));
        var decision = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY)));

        TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> investigations.find(caseId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> decisions.ofCase(caseId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> decisions.decisionDocument(decision.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY)))).isInstanceOf(AccessDenied.class);

        // Nothing was decided by the refused call: the case still has its one decision, as it was.
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThat(decisions.ofCase(caseId)).singleElement().satisfies(only -> {
            assertThat(only.id()).isEqualTo(decision.id());
            assertThat(only.version()).isEqualTo(decision.version());
        });
    }

    @Test
    void readsAndChangesOfTheInvestigationAndDecisionAreInTheAccessLog() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = investigated(TestFixtures.person(TestFixtures.personalNumber(), "Kim", "Lund"));
        var decision = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY)));
        investigations.find(caseId);
        decisions.decisionDocument(decision.id());

        var rows = jdbc.sql("SELECT actor_username || ' ' || access_kind || ' ' || what FROM accesslog.access_log "
                        + "WHERE case_id = ? AND what IN ('INVESTIGATION', 'DECISION', 'DECISION_DOCUMENT') ORDER BY id")
                .param(caseId.value()).query(String.class).list();
        var who = caseworker.username();
        assertThat(rows).as("saving and completing the investigation is one action, one row")
                .containsExactly(who + " CHANGE INVESTIGATION", who + " CHANGE DECISION", who + " READ INVESTIGATION", who + " READ DECISION_DOCUMENT");
    }

    @Test
    void savingAndCompletingIsOneActionThatLeavesNothingSavedWhenCompletionIsRefused() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation(TestFixtures.person(TestFixtures.personalNumber(), "Ylva", "Dal"));
        var draft = investigations.saveDraft(caseId, 0, DecisionFixtures.draftContent(TODAY.minusDays(2)));
        var incomplete = DecisionFixtures.draftContent(TODAY.minusDays(1));

        assertThatThrownBy(() -> investigations.saveAndComplete(caseId, draft.version(), incomplete))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.investigation.error.incomplete"));
        var stored = investigations.find(caseId).orElseThrow();
        assertThat(stored.version()).as("the refused completion saved nothing").isEqualTo(draft.version());
        assertThat(stored.content().startedOn()).isEqualTo(TODAY.minusDays(2));

        var completed = investigations.saveAndComplete(caseId, draft.version(),
                DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY));
        assertThat(completed.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(completed.completedBy()).isEqualTo(caseworker.username());
        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? "
                        + "AND what = 'INVESTIGATION' AND access_kind = 'CHANGE'").param(caseId.value())
                .query(Long.class).single()).as("the first save and the one completing action").isEqualTo(2);
    }

    @Test
    void savingAndCompletingWithAStaleVersionIsRefusedAndChangesNothing() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation(TestFixtures.person(TestFixtures.personalNumber(), "Pia", "Holm"));
        var first = investigations.saveDraft(caseId, 0, DecisionFixtures.draftContent(TODAY.minusDays(3)));
        var second = investigations.saveDraft(caseId, first.version(),
                DecisionFixtures.draftContent(TODAY.minusDays(2)));
        var third = investigations.saveDraft(caseId, second.version(),
                DecisionFixtures.draftContent(TODAY.minusDays(1)));

        assertThatThrownBy(() -> investigations.saveAndComplete(caseId, first.version(),
                DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY))).isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> investigations.saveAndComplete(CaseId.random(), 0,
                DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY))).isInstanceOf(AccessDenied.class);
        assertThat(investigations.find(caseId).orElseThrow().status()).isEqualTo(InvestigationStatus.DRAFT);

        assertThat(investigations.saveAndComplete(caseId, third.version(),
                DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY)).status())
                .as("read after several saves, it completes").isEqualTo(InvestigationStatus.COMPLETED);
    }

    @Test
    void aSavedDraftKeepsItsPartsInOrderAndWritesOnlyThePartsThatChanged() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation(TestFixtures.person(TestFixtures.personalNumber(), "Tove", "Ek"));
        var complete = DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY);
        var sources = java.util.List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Första.", TODAY),
                new InvestigationContent.Source(SourceKind.RELATIVE, "Andra.", TODAY),
                new InvestigationContent.Source(SourceKind.OTHER, "Tredje.", TODAY));
        var saved = investigations.saveDraft(caseId, 0, withSources(complete, sources));
        var investigationId = saved.id().value();
        var needRows = needRowVersions(investigationId);

        var resaved = investigations.saveDraft(caseId, saved.version(),
                withSources(complete, java.util.List.of(sources.get(0), sources.get(2))));

        assertThat(resaved.version()).isEqualTo(saved.version() + 1);
        assertThat(investigations.find(caseId).orElseThrow().content().sources())
                .extracting(InvestigationContent.Source::what).containsExactly("Första.", "Tredje.");
        assertThat(needRowVersions(investigationId)).as("the unchanged needs are not written again")
                .isEqualTo(needRows);
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.investigation_sources WHERE investigation_id = ?")
                .param(investigationId).query(Long.class).single()).isEqualTo(2);
    }

    private static InvestigationContent withSources(InvestigationContent c,
                                                    java.util.List<InvestigationContent.Source> sources) {
        return new InvestigationContent(c.startedOn(), c.subject(), sources, c.needs(), c.children(), c.relatives(),
                c.participation(), c.assessment(), c.proposal(), c.communication(), c.childrenAnswer(),
                c.relativesAnswer());
    }

    private java.util.List<String> needRowVersions(java.util.UUID investigationId) {
        return jdbc.sql("SELECT xmin::text FROM casehandling.investigation_needs WHERE investigation_id = ? "
                + "ORDER BY life_area").param(investigationId).query(String.class).list();
    }

    @Test
    void theChildrenAndRelativesAnswersAreSavedUnderTheInvestigationsVersionLoggedAndPublishedAsCodes() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation(TestFixtures.person(TestFixtures.personalNumber(), "Nils", "Barnlös"));
        var first = investigations.saveDraft(caseId, 0, DecisionFixtures.draftContent(TODAY.minusDays(2)));
        assertThat(first.missing()).as("a draft without the answers lists them as missing").contains(
                "casehandling.investigation.missing.children-answer",
                "casehandling.investigation.missing.relatives-answer");

        var answered = investigations.saveDraft(caseId, first.version(), DecisionFixtures
                .draftContent(TODAY.minusDays(2)).withAnswers(ChildrenAnswer.NO_CHILDREN, RelativesAnswer.DECLINED));

        assertThat(answered.version()).isEqualTo(first.version() + 1);
        assertThat(answered.content().childrenAnswer()).isEqualTo(ChildrenAnswer.NO_CHILDREN);
        assertThat(answered.content().relativesAnswer()).isEqualTo(RelativesAnswer.DECLINED);
        assertThat(answered.missing()).doesNotContain("casehandling.investigation.missing.children-answer",
                "casehandling.investigation.missing.relatives-answer");
        assertThatThrownBy(() -> investigations.saveDraft(caseId, first.version(), DecisionFixtures
                .draftContent(TODAY.minusDays(2)).withAnswers(ChildrenAnswer.HAS_CHILDREN, RelativesAnswer.NONE)))
                .as("the answers are guarded by the investigation's version").isInstanceOf(ConcurrentChange.class);
        assertThat(jdbc.sql("SELECT children_answer || ' ' || relatives_answer FROM casehandling.investigations "
                + "WHERE case_id = ?").param(caseId.value()).query(String.class).single())
                .isEqualTo("NO_CHILDREN DECLINED");

        TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> investigations.saveDraft(caseId, answered.version(), DecisionFixtures
                .draftContent(TODAY.minusDays(2)).withAnswers(ChildrenAnswer.HAS_CHILDREN, RelativesAnswer.NONE)))
                .as("no new door: another unit's caseworker cannot change them").isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> investigations.find(caseId)).isInstanceOf(AccessDenied.class);

        TestActors.signIn(caseworker);
        var completed = investigations.saveAndComplete(caseId, answered.version(),
                DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY).withAnswers(ChildrenAnswer.HAS_CHILDREN,
                        RelativesAnswer.NAMED));
        assertThat(completed.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(investigations.find(caseId).orElseThrow().content().childrenAnswer())
                .isEqualTo(ChildrenAnswer.HAS_CHILDREN);
        assertThat(jdbc.sql("SELECT access_kind FROM accesslog.access_log WHERE case_id = ? "
                        + "AND what = 'INVESTIGATION' AND actor_username = ? ORDER BY id").param(caseId.value())
                .param(caseworker.username()).query(String.class).list())
                .as("each save and the read, as the rest of the investigation")
                .containsExactly("CHANGE", "CHANGE", "CHANGE", "READ");
        assertThat(jdbc.sql("SELECT children_answer || ' ' || relatives_answer || ' ' || children || ' ' || relatives "
                        + "FROM casehandling.reporting_investigations WHERE case_id = ?").param(caseId.value())
                .query(String.class).single()).isEqualTo("HAS_CHILDREN NAMED 1 1");
    }

    @Test
    void anInvestigationCompletedBeforeTheAnswersStaysCompletedWithThemNotRecorded() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = investigated(TestFixtures.person(TestFixtures.personalNumber(), "Gun", "Förr"));
        jdbc.sql("UPDATE casehandling.investigations SET children_answer = NULL, relatives_answer = NULL "
                + "WHERE case_id = ?").param(caseId.value()).update();

        var stored = investigations.find(caseId).orElseThrow();

        assertThat(stored.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(stored.missing()).isEmpty();
        assertThat(stored.content().childrenAnswer()).isNull();
        assertThat(stored.content().relativesAnswer()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.reporting_investigations WHERE case_id = ? "
                + "AND children_answer IS NULL AND relatives_answer IS NULL").param(caseId.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoCaseworkersSavingTheSameDraftDoNotOverwriteEachOther() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation(TestFixtures.person(TestFixtures.personalNumber(), "Ola", "Berg"));
        var first = investigations.saveDraft(caseId, 0, DecisionFixtures.draftContent(TODAY));
        investigations.saveDraft(caseId, first.version(), DecisionFixtures.draftContent(TODAY.minusDays(1)));

        assertThatThrownBy(() -> investigations.saveDraft(caseId, first.version(),
                DecisionFixtures.draftContent(TODAY))).isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> investigations.saveDraft(CaseId.random(), 0, DecisionFixtures.draftContent(TODAY)))
                .isInstanceOf(AccessDenied.class);
        assertThat(investigations.find(caseId).orElseThrow().content().startedOn()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void badInputGetsAClearMessageAndStoresNothing() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation(TestFixtures.person(TestFixtures.personalNumber(), "Mia", "Ås"));
        var script = new InvestigationContent(TODAY, "<script>alert(1)</script>", null, null, null, null, null,
                null, null, null);

        assertThatThrownBy(() -> investigations.saveDraft(caseId, 0, script)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("casehandling.error.text-markup"));
        assertThat(investigations.find(caseId)).isEmpty();

        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(TODAY, TODAY));
        assertThatThrownBy(() -> decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY),
                DecisionFixtures.refused(InterventionType.RESIDENTIAL, " "))))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.decision.error.reasons-required"));
        assertThatThrownBy(() -> decisions.decide(DecisionFixtures.decision(caseId, TODAY.minusDays(1),
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY))))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.dates-in-wrong-order"));
        assertThat(decisions.ofCase(caseId)).isEmpty();
        assertThat(caseHandling.summary(caseId).status()).isEqualTo(CaseStatus.INVESTIGATION);
    }

    @Test
    void closingAGrantedInterventionPublishesInterventionClosed(Scenario scenario) {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = investigated(TestFixtures.person(TestFixtures.personalNumber(), "Bo", "Lind"));
        var decision = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY)));
        var item = decision.items().getFirst();

        scenario.stimulate(() -> decisions.closeIntervention(item.id(), decision.version(),
                        ClosureReason.GOALS_REACHED, "Målen nådda.", TODAY))
                .andWaitForEventOfType(InterventionClosed.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.interventionId()).isEqualTo(item.id());
                    assertThat(event.reason()).isEqualTo(ClosureReason.GOALS_REACHED);
                });
        assertThatThrownBy(() -> decisions.closeIntervention(item.id(), decision.version(),
                ClosureReason.OTHER, "Igen", TODAY)).isInstanceOf(ConcurrentChange.class);
    }

    @Test
    void theDecisionDocumentIsAPdfWithoutTheAddressOfAProtectedPerson() throws IOException {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var command = new RegisterPerson(TestFixtures.personalNumber(), null, null, "Skyddad", "Person", null, null,
                "Hemliga vägen 1", "111 11", "Gömstad", ProtectionLevel.PROTECTED_REGISTRATION);
        var personId = register.register(command);
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, NORTH)).caseId();
        TestFixtures.nameOnCase(protectedCases, actors, jdbc, caseId, NORTH, caseworker);
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                TODAY.minusDays(2), TODAY.plusMonths(4));
        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY));
        var decision = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY),
                DecisionFixtures.refused(InterventionType.RESIDENTIAL, "Behoven tillgodoses med öppenvård.")));

        var pdf = decisions.decisionDocument(decision.id());

        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        var text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Skyddad Person", "Öppenvård", "Avslås", "Behoven tillgodoses med öppenvård.",
                "förvaltningsrätten", "11 kap. 1 § SoL (2025:400)");
        assertThat(text).doesNotContain("Hemliga", "Gömstad", "111 11");
    }

    private CaseId caseUnderInvestigation(RegisterPerson person) {
        var personId = register.register(person);
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, NORTH)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                TODAY.minusDays(2), TODAY.plusMonths(4));
        return caseId;
    }

    private CaseId investigated(RegisterPerson person) {
        var caseId = caseUnderInvestigation(person);
        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY));
        return caseId;
    }

}
