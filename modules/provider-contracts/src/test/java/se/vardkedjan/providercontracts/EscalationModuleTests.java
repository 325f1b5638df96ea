package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.providercontracts.domain.EscalationStep;
import se.vardkedjan.providercontracts.escalation.Escalation;
import se.vardkedjan.providercontracts.persistence.AssignmentRows;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

@ProviderContractsModuleTest
class EscalationModuleTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Assignments assignments;
    private final Escalation escalation;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final LocalDate today;
    private final AssignmentRows rows;
    private final TransactionTemplate transactions;

    EscalationModuleTests(Assignments assignments, Escalation escalation, PersonRegister register,
                          CaseHandling caseHandling, Investigations investigations, Decisions decisions,
                          JdbcClient jdbc, Clock clock, AssignmentRows rows,
                          PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.transactions = new TransactionTemplate(transactionManager);
        this.assignments = assignments;
        this.escalation = escalation;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.today = LocalDate.ofInstant(clock.instant(), STOCKHOLM);
    }

    private record Sent(AssignmentView view, AssignmentFixtures.Provider provider, Actor caseworker) {
    }

    private Sent sent() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = AssignmentFixtures.granted(register, caseHandling, investigations, decisions, NORTH, today,
                TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek"));
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var draft = assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider, today.plusDays(30)));
        var view = assignments.send(id, draft.version());
        TestActors.signOut();
        return new Sent(view, provider, caseworker);
    }

    /** A clock the given number of days after now, as the job's clock on that day. */
    private Clock daysLater(int days) {
        return Clock.offset(clock, Duration.ofDays(days));
    }

    private java.util.List<String> escalations(AssignmentId id) {
        return jdbc.sql("""
                        SELECT detail FROM providercontracts.assignment_history
                        WHERE assignment_id = ? AND event = 'ESCALATED' ORDER BY id""")
                .param(id.value()).query(String.class).list();
    }

    private int settingsDays(String column) {
        return jdbc.sql("SELECT " + column + " FROM providercontracts.assignment_settings").query(Integer.class)
                .single();
    }

    @Test
    void theProviderIsRemindedAfterTheReminderDaysAndTheCaseStaffToldAfterTheEscalationDaysEachOnce() {
        var sent = sent();
        var reminder = settingsDays("reminder_days");
        var escalate = settingsDays("escalation_days");

        escalation.run(daysLater(reminder - 1));
        assertThat(escalations(sent.view().id())).isEmpty();

        escalation.run(daysLater(reminder));
        escalation.run(daysLater(reminder));
        assertThat(escalations(sent.view().id())).containsExactly("PROVIDER_REMINDED");
        TestActors.signIn(new Actor(UUID.randomUUID().toString(), "utf-" + UUID.randomUUID(), "Ulla",
                Set.of(Roles.PROVIDER_STAFF), Set.of(), Set.of(new ProviderOrganisationCode(sent.provider().code()))));
        assertThat(assignments.workItems()).extracting(AssignmentWorkItem::assignmentId, AssignmentWorkItem::kind)
                .containsExactly(tuple(sent.view().id(), AssignmentWorkItem.Kind.REMINDER));

        escalation.run(daysLater(reminder + escalate));
        escalation.run(daysLater(reminder + escalate + 3));
        assertThat(escalations(sent.view().id())).containsExactly("PROVIDER_REMINDED", "CASE_STAFF_TOLD");
        TestActors.signIn(sent.caseworker());
        assertThat(assignments.workItems()).extracting(AssignmentWorkItem::assignmentId, AssignmentWorkItem::kind)
                .contains(tuple(sent.view().id(), AssignmentWorkItem.Kind.UNANSWERED));
        assertThat(assignments.ofCase(sent.view().caseId()).getFirst().escalationLevel()).isEqualTo(2);
    }

    @Test
    void twoNodesRunningAtTheSameMomentRecordEachStepOnce() throws Exception {
        var sent = sent();
        var late = daysLater(settingsDays("reminder_days") + settingsDays("escalation_days") + 1);
        var start = new CountDownLatch(1);

        var first = CompletableFuture.supplyAsync(() -> {
            await(start);
            return escalation.run(late);
        });
        var second = CompletableFuture.supplyAsync(() -> {
            await(start);
            return escalation.run(late);
        });
        start.countDown();

        assertThat(escalations(sent.view().id())).isNotNull();
        first.get();
        second.get();
        assertThat(escalations(sent.view().id())).containsExactly("PROVIDER_REMINDED", "CASE_STAFF_TOLD");
        assertThat(jdbc.sql("SELECT escalation_step FROM providercontracts.assignments WHERE id = ?")
                .param(sent.view().id().value()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aStepIsClaimedOnceWhenTwoNodesClaimItAtTheSameMoment() throws Exception {
        var id = sent().view().id();
        var claimedByFirst = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var now = clock.instant();

        // The first node has claimed the step and not yet committed; the second claims it meanwhile and waits for
        // the first's row lock; then the first commits.
        var first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            var claimed = rows.claimEscalation(id, EscalationStep.PROVIDER_REMINDED, now);
            claimedByFirst.countDown();
            await(release);
            return claimed;
        }));
        await(claimedByFirst);
        var second = CompletableFuture.supplyAsync(() -> transactions.execute(status ->
                rows.claimEscalation(id, EscalationStep.PROVIDER_REMINDED, now)));
        Thread.sleep(300);
        release.countDown();

        assertThat(first.get()).isTrue();
        assertThat(second.get()).isFalse();
        assertThat(escalations(id)).containsExactly("PROVIDER_REMINDED");
    }

    @Test
    void anAnsweredAssignmentIsNotEscalated() {
        var sent = sent();
        TestActors.signIn(new Actor(UUID.randomUUID().toString(), "utf-" + UUID.randomUUID(), "Ulla",
                Set.of(Roles.PROVIDER_STAFF), Set.of(), Set.of(new ProviderOrganisationCode(sent.provider().code()))));
        assignments.accept(sent.view().id(), sent.view().version(), today.plusDays(30));

        escalation.run(daysLater(60));

        assertThat(escalations(sent.view().id())).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
