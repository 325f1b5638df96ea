package se.vardkedjan.bench.fault;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.bench.fault.Ledger.Action.ACCEPT_ASSIGNMENT;
import static se.vardkedjan.bench.fault.Ledger.Action.SIGN_ENTRY;
import static se.vardkedjan.bench.fault.Ledger.Outcome.ERROR;
import static se.vardkedjan.bench.fault.Ledger.Outcome.OK;
import static se.vardkedjan.bench.fault.Ledger.Outcome.UNCERTAIN;

class AcceptReconciliationTests {

    private static final AcceptReconciliation.Stored ACCEPTED_ONCE = new AcceptReconciliation.Stored("ACCEPTED", 1);

    private static Ledger.Event acceptance(String id, Ledger.Outcome outcome) {
        return new Ledger.Event(1000, "p1", ACCEPT_ASSIGNMENT, outcome, 10, "app1", id, "");
    }

    @Test
    void everyAssignmentSeenAcceptedAndAcceptedOnceInTheDatabasePasses() {
        var r = AcceptReconciliation.of(List.of(acceptance("a1", OK), acceptance("a2", OK)),
                Map.of("a1", ACCEPTED_ONCE, "a2", ACCEPTED_ONCE));
        assertThat(r.passes()).isTrue();
        assertThat(r.summary()).startsWith("2 seen accepted, 0 lost, 0 duplicated, 0 unexpected");
    }

    @Test
    void anAssignmentSeenAcceptedThatTheDatabaseStillHoldsAsSentIsLost() {
        var r = AcceptReconciliation.of(List.of(acceptance("a1", OK), acceptance("a2", OK)),
                Map.of("a1", ACCEPTED_ONCE, "a2", new AcceptReconciliation.Stored("SENT", 0)));
        assertThat(r.passes()).isFalse();
        assertThat(r.lost()).containsExactly("a2");
    }

    @Test
    void anAssignmentSeenAcceptedThatTheDatabaseLacksIsLost() {
        var r = AcceptReconciliation.of(List.of(acceptance("a1", OK)), Map.of());
        assertThat(r.lost()).containsExactly("a1");
    }

    @Test
    void anAcceptedStatusWithoutAnAcceptanceInTheHistoryIsNoAcceptance() {
        var r = AcceptReconciliation.of(List.of(acceptance("a1", OK)),
                Map.of("a1", new AcceptReconciliation.Stored("ACCEPTED", 0)));
        assertThat(r.lost()).containsExactly("a1");
    }

    @Test
    void twoAcceptancesInTheHistoryAreADuplicateWhateverTheUserSaw() {
        var r = AcceptReconciliation.of(List.of(acceptance("a1", OK), acceptance("a2", UNCERTAIN)),
                Map.of("a1", new AcceptReconciliation.Stored("ACCEPTED", 2),
                        "a2", new AcceptReconciliation.Stored("ACCEPTED", 2)));
        assertThat(r.passes()).isFalse();
        assertThat(r.duplicated()).containsExactly("a1", "a2");
    }

    @Test
    void anAssignmentAcceptedThatNoUserTriedIsUnexpected() {
        var r = AcceptReconciliation.of(List.of(acceptance("a1", OK)), Map.of("a1", ACCEPTED_ONCE, "a9", ACCEPTED_ONCE));
        assertThat(r.passes()).isFalse();
        assertThat(r.unexpected()).containsExactly("a9");
    }

    @Test
    void anUncertainAcceptanceMayBeThereOnceOrNotAtAll() {
        var r = AcceptReconciliation.of(List.of(acceptance("a1", UNCERTAIN), acceptance("a2", UNCERTAIN),
                acceptance("a3", ERROR)), Map.of("a1", ACCEPTED_ONCE, "a2", new AcceptReconciliation.Stored("SENT", 0),
                "a3", new AcceptReconciliation.Stored("SENT", 0)));
        assertThat(r.passes()).isTrue();
        assertThat(r.summary()).isEqualTo(
                "0 seen accepted, 0 lost, 0 duplicated, 0 unexpected; 2 uncertain (1 of them in the database)");
    }

    @Test
    void aLaterStateIsNoLoss() {
        var r = AcceptReconciliation.of(List.of(acceptance("a1", OK)),
                Map.of("a1", new AcceptReconciliation.Stored("RUNNING", 1)));
        assertThat(r.passes()).isTrue();
    }

    @Test
    void signingsAreNoAcceptances() {
        var signing = new Ledger.Event(1000, "u1", SIGN_ENTRY, OK, 10, "app1", "a1", "");
        var r = AcceptReconciliation.of(List.of(signing), Map.of());
        assertThat(r.seenAccepted()).isZero();
        assertThat(r.lost()).isEmpty();
    }

    @Test
    void aFaultIsJudgedOnlyOnTheAssignmentsItsUsersTried() {
        var tried = List.of(acceptance("a1", OK));
        var only = AcceptReconciliation.onlyTried(tried, Map.of("a1", ACCEPTED_ONCE, "a2", ACCEPTED_ONCE));
        assertThat(only).containsOnlyKeys("a1");
    }
}
