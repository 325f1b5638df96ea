package se.vardkedjan.bench.fault;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.bench.fault.Ledger.Action.DECIDE;
import static se.vardkedjan.bench.fault.Ledger.Outcome.ERROR;
import static se.vardkedjan.bench.fault.Ledger.Outcome.OK;
import static se.vardkedjan.bench.fault.Ledger.Outcome.UNCERTAIN;

class ChainReconciliationTests {

    private static Ledger.Event decided(String caseId, Ledger.Outcome outcome) {
        return new Ledger.Event(1000, "u4", DECIDE, outcome, 10, "app2", caseId, "");
    }

    private static ChainReconciliation.Counts counts(int decisions, int assignments, int followUps) {
        return new ChainReconciliation.Counts(decisions, assignments, followUps);
    }

    @Test
    void everyDecisionSeenWithExactlyOneAssignmentAndOneFollowUpPasses() {
        var r = ChainReconciliation.of(List.of(decided("c1", OK), decided("c2", OK)),
                Map.of("c1", counts(1, 1, 1), "c2", counts(1, 1, 1)));
        assertThat(r.passes()).isTrue();
        assertThat(r.summary()).startsWith("2 decisions seen made, 0 uncertain; 0 with other than exactly one");
    }

    @Test
    void aDecisionWhoseChainNeverCompletedOrRanTwiceFails() {
        var r = ChainReconciliation.of(List.of(decided("c1", OK), decided("c2", OK), decided("c3", OK)),
                Map.of("c1", counts(1, 0, 1), "c2", counts(1, 2, 1), "c3", counts(1, 1, 2)));
        assertThat(r.passes()).isFalse();
        assertThat(r.problems()).containsOnlyKeys("c1", "c2", "c3");
        assertThat(r.problems().get("c2")).isEqualTo("1 decisions, 2 assignments, 1 scheduled follow-ups");
    }

    @Test
    void aDecisionSeenMadeThatIsNotInTheDatabaseIsLost() {
        var r = ChainReconciliation.of(List.of(decided("c1", OK)), Map.of());
        assertThat(r.passes()).isFalse();
        assertThat(r.problems()).containsKey("c1");
    }

    @Test
    void anUncertainDecisionMayBeAbsentWithNothingOrPresentWithExactlyOneOfEach() {
        var r = ChainReconciliation.of(List.of(decided("c1", OK), decided("c2", UNCERTAIN), decided("c3", UNCERTAIN),
                decided("c4", ERROR)), Map.of("c1", counts(1, 1, 1), "c3", counts(1, 1, 1)));
        assertThat(r.passes()).isTrue();
        assertThat(r.uncertain()).isEqualTo(2);
        var half = ChainReconciliation.of(List.of(decided("c1", OK), decided("c2", UNCERTAIN)),
                Map.of("c1", counts(1, 1, 1), "c2", counts(0, 1, 0)));
        assertThat(half.passes()).isFalse();
    }

    @Test
    void noDecisionSeenMadeIsNoPass() {
        assertThat(ChainReconciliation.of(List.of(decided("c1", ERROR)), Map.of()).passes()).isFalse();
    }
}
