package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * A contract's places under concurrent sends and acceptances (ADR 0024): sending and accepting lock the contract's
 * row and count the places held in the same transaction, so two assignments sent at the same moment cannot both take
 * the last place.
 */
@ProviderContractsModuleTest
class AssignmentCapacityModuleTests {

    private final Assignments assignments;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final LocalDate today;

    AssignmentCapacityModuleTests(Assignments assignments, PersonRegister register, CaseHandling caseHandling,
                                  Investigations investigations, Decisions decisions, JdbcClient jdbc,
                                  PlatformTransactionManager transactionManager, Clock clock) {
        this.assignments = assignments;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    private AssignmentView draftTo(AssignmentFixtures.Provider provider) {
        var granted = AssignmentFixtures.granted(register, caseHandling, investigations, decisions, NORTH, today,
                TestFixtures.person(TestFixtures.personalNumber(), "Eva", "Ek"));
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        return assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider, today.plusDays(7)));
    }

    private String status(AssignmentId id) {
        return jdbc.sql("SELECT status FROM providercontracts.assignments WHERE id = ?").param(id.value())
                .query(String.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The outcome of a call in its own thread: the new status, or the refusal's text key. */
    private static CompletableFuture<String> inThread(Actor actor, Supplier<AssignmentView> call) {
        return CompletableFuture.supplyAsync(() -> {
            TestActors.signIn(actor);
            try {
                return call.get().status().name();
            } catch (RuleViolation refused) {
                return refused.messageKey();
            } finally {
                TestActors.signOut();
            }
        });
    }

    @Test
    void twoAssignmentsSentAtTheSameMomentCannotBothTakeTheLastPlace() throws Exception {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 1, today);
        var first = draftTo(provider);
        var second = draftTo(provider);
        var firstSent = new CountDownLatch(1);
        var release = new CountDownLatch(1);

        // the first send holds its transaction open after sending, while the second one sends
        var one = inThread(caseworker, () -> transactions.execute(status -> {
            var sent = assignments.send(first.id(), first.version());
            firstSent.countDown();
            await(release);
            return sent;
        }));
        await(firstSent);
        var two = inThread(caseworker, () -> assignments.send(second.id(), second.version()));
        Thread.sleep(700);
        release.countDown();

        assertThat(one.get(20, TimeUnit.SECONDS)).isEqualTo("SENT");
        assertThat(two.get(20, TimeUnit.SECONDS)).isEqualTo("providercontracts.assignment.error.contract-full");
        assertThat(status(second.id())).isEqualTo("DRAFT");
    }

    @Test
    void aSentAssignmentHoldsItsPlaceAndAnAcceptanceBeyondThePlacesIsRefused() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 1, today);
        var first = draftTo(provider);
        var second = draftTo(provider);
        var sent = assignments.send(first.id(), first.version());

        assertThat(assignments.providerOptions(AssignmentFixtures.CBT, today.plusDays(7)))
                .filteredOn(o -> o.contract().equals(provider.contract())).singleElement()
                .satisfies(o -> assertThat(o.full()).as("the sent assignment holds the place").isTrue());
        TestActors.signIn(new Actor(UUID.randomUUID().toString(), "utf-kap", "Ulla Utförare",
                Set.of(Roles.PROVIDER_STAFF), Set.of(), Set.of(new ProviderOrganisationCode(provider.code()))));
        assignments.accept(sent.id(), sent.version(), today.plusDays(7));
        // an assignment sent before places were held at sending (or a contract's places lowered since)
        jdbc.sql("UPDATE providercontracts.assignments SET status = 'SENT', sent_at = now(), version = version + 1 "
                + "WHERE id = ?").param(second.id().value()).update();

        var refused = inThread(TestActors.signIn(new Actor(UUID.randomUUID().toString(), "utf-kap2",
                        "Ulla Utförare", Set.of(Roles.PROVIDER_STAFF), Set.of(),
                        Set.of(new ProviderOrganisationCode(provider.code())))),
                () -> assignments.accept(second.id(), second.version() + 1, today.plusDays(7))).join();

        assertThat(refused).isEqualTo("providercontracts.assignment.error.contract-full");
        assertThat(status(second.id())).isEqualTo("SENT");
        assertThat(caseworker).isNotNull();
    }
}
