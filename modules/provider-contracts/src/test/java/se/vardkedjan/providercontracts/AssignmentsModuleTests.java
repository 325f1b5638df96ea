package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

@ProviderContractsModuleTest
class AssignmentsModuleTests {

    private final Assignments assignments;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final LocalDate today;
    private final se.vardkedjan.providercontracts.persistence.AssignmentRows rows;

    AssignmentsModuleTests(Assignments assignments, PersonRegister register, CaseHandling caseHandling,
                           Investigations investigations, Decisions decisions, JdbcClient jdbc,
                           ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                           Clock clock, se.vardkedjan.providercontracts.persistence.AssignmentRows rows) {
        this.rows = rows;
        this.assignments = assignments;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    private AssignmentFixtures.Granted granted(UnitCode unit) {
        return AssignmentFixtures.granted(register, caseHandling, investigations, decisions, unit, today,
                TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek"));
    }

    private static Actor providerStaff(String organisation) {
        return new Actor(UUID.randomUUID().toString(), "utf" + UUID.randomUUID().toString().substring(0, 6),
                "Ulla Utförare", Set.of(Roles.PROVIDER_STAFF), Set.of(),
                Set.of(new ProviderOrganisationCode(organisation)));
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void twoDraftsForOneInterventionInsertedAtTheSameMomentMakeOne() throws Exception {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var existing = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var other = new se.vardkedjan.casehandling.InterventionId(UUID.randomUUID());
        var start = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Supplier<Boolean> insert = () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return transactions.execute(status -> rows.insertDraftIfNone(
                    se.vardkedjan.providercontracts.domain.Assignment.draft(AssignmentId.random(), granted.caseId(),
                            granted.decision().id(), other, InterventionType.OUTPATIENT, today, "system",
                            java.time.Instant.now()), NORTH, se.vardkedjan.providercontracts.persistence.AssignmentRows.By.SYSTEM));
        };
        var first = java.util.concurrent.CompletableFuture.supplyAsync(insert);
        var second = java.util.concurrent.CompletableFuture.supplyAsync(insert);
        start.countDown();

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        assertThat(rows("SELECT count(*) FROM providercontracts.assignments WHERE intervention_id = ?",
                other.value())).isEqualTo(1);
        assertThat(existing).isNotNull();
    }

    private long refusalsOf(Actor actor) {
        return rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?", actor.subject());
    }

    private String state(AssignmentId id) {
        return jdbc.sql("SELECT status || ' v' || version FROM providercontracts.assignments WHERE id = ?")
                .param(id.value()).query(String.class).single();
    }

    private AssignmentView sentTo(AssignmentFixtures.Provider provider, AssignmentFixtures.Granted granted) {
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var draft = assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider, today.plusDays(7)));
        return assignments.send(id, draft.version());
    }

    @Test
    void aGrantedInterventionGetsOneDraftEvenWhenTheEventArrivesTwice() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var event = new InterventionGranted(granted.caseId(), granted.decision().id(), granted.interventionId(),
                InterventionType.OUTPATIENT, today);

        AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        // The listener runs on Spring Modulith's executor after each commit: the count stays one while they run.
        for (var i = 0; i < 40; i++) {
            assertThat(rows("SELECT count(*) FROM providercontracts.assignments WHERE intervention_id = ?",
                    granted.interventionId().value())).isEqualTo(1);
            pause();
        }
        assertThat(rows("SELECT count(*) FROM providercontracts.assignments WHERE intervention_id = ?",
                granted.interventionId().value())).isEqualTo(1);
        var views = assignments.ofCase(granted.caseId());
        assertThat(views).singleElement().satisfies(view -> {
            assertThat(view.status()).isEqualTo(AssignmentStatus.DRAFT);
            assertThat(view.history()).extracting(AssignmentView.Change::event).containsExactly("DRAFTED");
            assertThat(view.history().getFirst().actor()).isEqualTo("system");
            assertThat(view.history().getFirst().actorName()).as("the system has no name to keep").isNull();
        });
    }

    /**
     * A publication resubmitted after a node died (ADR 0033) may reach the listener long after its first delivery,
     * when the draft has been withdrawn or declined: no live assignment, but the listener must not draft again.
     */
    @Test
    void aGrantedInterventionHandedOverAgainAfterItsDraftWasWithdrawnGetsNoSecondDraft() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var event = new InterventionGranted(granted.caseId(), granted.decision().id(), granted.interventionId(),
                InterventionType.OUTPATIENT, today);
        var first = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        jdbc.sql("UPDATE providercontracts.assignments SET status = 'WITHDRAWN' WHERE id = ?").param(first.value())
                .update();

        transactions.executeWithoutResult(status -> events.publishEvent(event));
        for (var i = 0; i < 40; i++) {
            pause();
        }

        assertThat(rows("SELECT count(*) FROM providercontracts.assignments WHERE intervention_id = ?",
                granted.interventionId().value())).isEqualTo(1);
        assertThat(state(first)).startsWith("WITHDRAWN");
    }

    @Test
    void aCaseworkerSendsAnAssignmentAndTheAddressedProviderReceivesAndAcceptsIt() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);

        var sent = sentTo(provider, granted);

        assertThat(sent.status()).isEqualTo(AssignmentStatus.SENT);
        assertThat(sent.providerName()).startsWith("Utförare ");
        assertThat(sent.decidedOn()).isEqualTo(today);
        assertThat(sent.regulation()).isEqualTo("5 kap. 1 § SOSFS 2014:5 – "
                + "Dokumentation vid handläggning av ärenden och uppföljning av insatser");
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND what = 'ASSIGNMENT' "
                + "AND access_kind = 'CHANGE' AND case_id = ?", caseworker.subject(), granted.caseId().value()))
                .isEqualTo(2);

        var staff = TestActors.signIn(providerStaff(provider.code()));
        var received = assignments.receive(sent.id(), sent.version());
        var accepted = assignments.accept(sent.id(), received.version(), today.plusDays(10));

        assertThat(accepted.status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(accepted.acceptedStart()).isEqualTo(today.plusDays(10));
        assertThat(accepted.history()).extracting(AssignmentView.Change::event)
                .containsExactly("DRAFTED", "DRAFT_WRITTEN", "SENT", "RECEIVED", "ACCEPTED");
        assertThat(accepted.history().getLast().actor()).isEqualTo(staff.username());
        assertThat(accepted.history()).extracting(AssignmentView.Change::madeBy).as("each change by its maker's name")
                .containsExactly("system", caseworker.displayName(), caseworker.displayName(),
                        staff.displayName(), staff.displayName());
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND what = 'ASSIGNMENT' "
                + "AND case_id = ?", staff.subject(), granted.caseId().value())).isEqualTo(2);
        assertThat(rows("SELECT taken FROM (SELECT count(*) AS taken FROM providercontracts.assignments "
                + "WHERE contract_id = ? AND status IN ('ACCEPTED', 'RUNNING')) t", provider.contract().value()))
                .isEqualTo(1);
    }

    @Test
    void anUnknownProviderGetsAClearMessageAndChangesNothing() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var unknown = new AssignmentDraft(AssignmentFixtures.CBT, ProviderId.random(), provider.contract(), false,
                today.plusDays(3), "Sex månader", null, null, null, false, false, false);

        assertThatThrownBy(() -> assignments.saveDraft(id, 0, unknown))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("providercontracts.assignment.error.unknown-provider");
                    assertThat(violation.field()).contains("providercontracts.assignment.provider");
                });
        assertThat(state(id)).isEqualTo("DRAFT v0");
    }

    @Test
    void aStartBeforeTheDecisionAndAnOversizedTextAreRefusedAndChangeNothing() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());

        assertThatThrownBy(() -> assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider,
                today.minusDays(1)))).isInstanceOfSatisfying(RuleViolation.class, violation ->
                assertThat(violation.messageKey())
                        .isEqualTo("providercontracts.assignment.error.start-before-decision"));
        var oversized = new AssignmentDraft(AssignmentFixtures.CBT, provider.id(), provider.contract(), false,
                today, "Sex månader", "x".repeat(4_001), null, null, false, false, false);
        assertThatThrownBy(() -> assignments.saveDraft(id, 0, oversized))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        assertThat(violation.messageKey()).isEqualTo("providercontracts.error.text-too-long"));
        assertThat(state(id)).isEqualTo("DRAFT v0");
        assertThat(rows("SELECT count(*) FROM providercontracts.assignment_history WHERE assignment_id = ?",
                id.value())).isEqualTo(1);
    }

    @Test
    void aProviderCannotReportAStartInTheFutureAndNothingChanges() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var sent = sentTo(provider, granted);
        TestActors.signIn(providerStaff(provider.code()));
        var accepted = assignments.accept(sent.id(), sent.version(), today);

        assertThatThrownBy(() -> assignments.start(sent.id(), accepted.version(), today.plusDays(1)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey())
                            .isEqualTo("providercontracts.assignment.error.start-in-the-future");
                    assertThat(violation.field()).contains("providercontracts.assignment.started-on");
                });
        assertThat(state(sent.id())).isEqualTo("ACCEPTED v" + accepted.version());
        assertThat(rows("SELECT count(*) FROM providercontracts.assignment_history WHERE assignment_id = ? "
                + "AND event = 'STARTED'", sent.id().value())).isZero();
    }

    @Test
    void aDateBeyondAnyCalendarGetsAClearMessageAndChangesNothing() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var beyond = LocalDate.of(9_999_999, 12, 31);

        assertThatThrownBy(() -> assignments.providerOptions(AssignmentFixtures.CBT, beyond))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
                        .isEqualTo("providercontracts.error.date-out-of-range"));
        assertThatThrownBy(() -> assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider, beyond)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field())
                        .contains("providercontracts.assignment.starts-on"));
        assertThat(state(id)).isEqualTo("DRAFT v0");
    }

    @Test
    void aStaleVersionIsRefusedAndTheOtherChangeKept() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider, today.plusDays(7)));

        assertThatThrownBy(() -> assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider,
                today.plusDays(20)))).isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> assignments.send(id, 0)).isInstanceOf(ConcurrentChange.class);
        assertThat(state(id)).isEqualTo("DRAFT v1");
        assertThat(jdbc.sql("SELECT starts_on FROM providercontracts.assignments WHERE id = ?").param(id.value())
                .query(LocalDate.class).single()).isEqualTo(today.plusDays(7));
    }

    @Test
    void anotherUnitsCaseworkerIsRefusedNothingChangesAndTheRefusalIsRecorded() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var intruder = TestActors.signIn(TestFixtures.caseworker(SOUTH));

        assertThatThrownBy(() -> assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider,
                today.plusDays(7)))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assignments.ofCase(granted.caseId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assignments.document(id)).isInstanceOf(AccessDenied.class);

        assertThat(state(id)).isEqualTo("DRAFT v0");
        assertThat(refusalsOf(intruder)).isEqualTo(3);
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ?", intruder.subject()))
                .isZero();
    }

    @Test
    void aProviderThatIsNotAddressedIsRefusedNothingChangesAndTheRefusalIsRecorded() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var addressed = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var other = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var draft = assignments.saveDraft(id, 0, AssignmentFixtures.complete(addressed, today.plusDays(7)));

        var early = TestActors.signIn(providerStaff(addressed.code()));
        assertThatThrownBy(() -> assignments.forProvider(id)).as("a draft does not reach even the addressed provider")
                .isInstanceOf(AccessDenied.class);
        assertThat(refusalsOf(early)).isEqualTo(1);

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var sent = assignments.send(id, draft.version());
        var intruder = TestActors.signIn(providerStaff(other.code()));

        assertThatThrownBy(() -> assignments.forProvider(id)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assignments.accept(id, sent.version(), today.plusDays(7)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assignments.decline(id, sent.version(), "Nej.")).isInstanceOf(AccessDenied.class);

        assertThat(state(id)).isEqualTo("SENT v2");
        assertThat(refusalsOf(intruder)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT DISTINCT reason FROM accesslog.security_events WHERE actor_subject = ?")
                .param(intruder.subject()).query(String.class).list()).containsExactly("UNKNOWN_TARGET");
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ?", intruder.subject()))
                .isZero();
    }

    @Test
    void aFullContractIsRefusedUnlessTheClientChoseItUnderLovAndTheChoiceListShowsItFull() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var first = granted(NORTH);
        var second = granted(NORTH);
        var full = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 1, today);
        var lov = AssignmentFixtures.provider(jdbc, "LOV", 1, today);
        var firstSent = sentTo(full, first);
        TestActors.signIn(providerStaff(full.code()));
        assignments.accept(firstSent.id(), firstSent.version(), today.plusDays(7));
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var lovSent = sentTo(lov, granted(NORTH));
        TestActors.signIn(providerStaff(lov.code()));
        assignments.accept(lovSent.id(), lovSent.version(), today.plusDays(7));
        TestActors.signIn(TestFixtures.caseworker(NORTH));

        var options = assignments.providerOptions(AssignmentFixtures.CBT, today.plusDays(7));
        assertThat(options).filteredOn(o -> o.contract().equals(full.contract())).singleElement()
                .satisfies(o -> assertThat(o.full()).isTrue());
        var id = AssignmentFixtures.liveAssignment(jdbc, second.interventionId());
        assertThatThrownBy(() -> assignments.saveDraft(id, 0, AssignmentFixtures.complete(full, today.plusDays(7))))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
                        .isEqualTo("providercontracts.assignment.error.contract-full"));
        var clientsChoiceOfFramework = new AssignmentDraft(AssignmentFixtures.CBT, full.id(), full.contract(), true,
                today.plusDays(7), null, null, null, null, false, false, false);
        assertThatThrownBy(() -> assignments.saveDraft(id, 0, clientsChoiceOfFramework))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
                        .isEqualTo("providercontracts.assignment.error.clients-choice-not-lov"));
        assertThat(state(id)).isEqualTo("DRAFT v0");

        var clientsChoice = new AssignmentDraft(AssignmentFixtures.CBT, lov.id(), lov.contract(), true,
                today.plusDays(7), null, null, null, null, false, false, false);
        var saved = assignments.saveDraft(id, 0, clientsChoice);
        assertThat(saved.clientsChoice()).isTrue();
        assertThat(saved.providerId()).isEqualTo(lov.id());
    }

    @Test
    void theDeclinedAssignmentIsTheCaseworkersWorkAtOnceAndAnotherProviderCanBeChosen() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var first = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var second = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var sent = sentTo(first, granted);
        var staff = TestActors.signIn(providerStaff(first.code()));
        assertThat(assignments.workItems()).extracting(AssignmentWorkItem::assignmentId, AssignmentWorkItem::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(sent.id(), AssignmentWorkItem.Kind.NEW));
        assertThatThrownBy(() -> assignments.decline(sent.id(), sent.version(), " "))
                .isInstanceOf(RuleViolation.class);
        assignments.decline(sent.id(), sent.version(), "Ingen plats förrän i mars.");
        assertThat(staff.username()).isNotBlank();

        TestActors.signIn(caseworker);
        assertThat(assignments.workItems()).extracting(AssignmentWorkItem::assignmentId, AssignmentWorkItem::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(sent.id(), AssignmentWorkItem.Kind.DECLINED));
        var another = assignments.draftAnother(sent.id());
        assertThat(another.status()).isEqualTo(AssignmentStatus.DRAFT);
        assertThat(another.reporting()).isEqualTo("Närvaro och avvikelser varje månad");
        var resent = assignments.send(another.id(), assignments.saveDraft(another.id(), another.version(),
                AssignmentFixtures.complete(second, today.plusDays(14))).version());
        assertThat(resent.providerId()).isEqualTo(second.id());
        assertThat(assignments.workItems()).extracting(AssignmentWorkItem::assignmentId).doesNotContain(sent.id());
        assertThatThrownBy(() -> assignments.draftAnother(sent.id())).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey())
                        .isEqualTo("providercontracts.assignment.error.live-assignment-exists"));
    }

    @Test
    void theDocumentIsAPdfWithTheGoalsTheRegulationAndNoUnsharedDetails() throws Exception {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = granted(NORTH);
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var sent = sentTo(provider, granted);

        var pdf = assignments.document(sent.id());

        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        var text = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(pdf))
                .getTextFromPage(1);
        assertThat(text).contains("Uppdragsbeskrivning", "Eva Ek", "Kognitiv beteendeterapi",
                "Närvaro och avvikelser varje månad", "SOSFS 2014:5");
        assertThat(text).doesNotContain("Storgatan");
    }

    @Test
    void onlyAdministratorsChangeTheDeadlinesWithinOneToNinetyDays() {
        TestActors.signIn(TestActors.staff("admin" + UUID.randomUUID().toString().substring(0, 6),
                Set.of(Roles.ADMINISTRATOR)));
        var current = assignments.escalationSettings();
        assertThatThrownBy(() -> assignments.changeEscalationDeadlines(0, 3, current.version()))
                .isInstanceOf(RuleViolation.class);
        var changed = assignments.changeEscalationDeadlines(current.reminderDays(), current.escalationDays(),
                current.version());
        assertThat(changed.version()).isEqualTo(current.version() + 1);
        assertThatThrownBy(() -> assignments.changeEscalationDeadlines(4, 4, current.version()))
                .isInstanceOf(ConcurrentChange.class);

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> assignments.changeEscalationDeadlines(4, 4, changed.version()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        TestActors.signIn(TestActors.staff("admin2", Set.of(Roles.ADMINISTRATOR)));
        assertThat(assignments.escalationSettings()).isEqualTo(changed);
    }
}
