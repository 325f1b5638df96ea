package se.vardkedjan.bench.fault;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.bench.fault.Ledger.Action.SIGN_ENTRY;
import static se.vardkedjan.bench.fault.Ledger.Outcome.ERROR;
import static se.vardkedjan.bench.fault.Ledger.Outcome.OK;
import static se.vardkedjan.bench.fault.Ledger.Outcome.UNCERTAIN;

class ReconciliationTests {

    private static Ledger.Event signing(String marker, Ledger.Outcome outcome) {
        return new Ledger.Event(1000, "u1", SIGN_ENTRY, outcome, 10, "app1", marker, "");
    }

    @Test
    void everySigningSeenCommittedAndInTheDatabaseOncePasses() {
        var r = Reconciliation.of(List.of(signing("m1", OK), signing("m2", OK)), Map.of("m1", 1, "m2", 1));
        assertThat(r.passes()).isTrue();
        assertThat(r.seenCommitted()).isEqualTo(2);
        assertThat(r.summary()).startsWith("2 seen committed, 0 lost, 0 duplicated, 0 unexpected");
    }

    @Test
    void aSigningSeenCommittedThatTheDatabaseLacksIsLost() {
        var r = Reconciliation.of(List.of(signing("m1", OK), signing("m2", OK)), Map.of("m1", 1));
        assertThat(r.passes()).isFalse();
        assertThat(r.lost()).containsExactly("m2");
    }

    @Test
    void aMarkerTheDatabaseHoldsTwiceIsDuplicatedWhateverTheUserSaw() {
        var r = Reconciliation.of(List.of(signing("m1", OK), signing("m2", UNCERTAIN)), Map.of("m1", 2, "m2", 2));
        assertThat(r.passes()).isFalse();
        assertThat(r.duplicated()).containsExactly("m1", "m2");
    }

    @Test
    void anUncertainSigningMayBeThereOnceOrNotAtAll() {
        var r = Reconciliation.of(List.of(signing("m1", UNCERTAIN), signing("m2", UNCERTAIN), signing("m3", ERROR)),
                Map.of("m1", 1));
        assertThat(r.passes()).isTrue();
        assertThat(r.uncertain()).isEqualTo(2);
        assertThat(r.uncertainFound()).isEqualTo(1);
    }

    @Test
    void aSigningThatFailedBeforeItWasSentButIsInTheDatabaseIsNotLostAndAMarkerNoUserTriedIsUnexpected() {
        var r = Reconciliation.of(List.of(signing("m1", ERROR)), Map.of("m1", 1, "m9", 1));
        assertThat(r.lost()).isEmpty();
        assertThat(r.unexpected()).containsExactly("m9");
        assertThat(r.passes()).isFalse();
    }

    @Test
    void aLedgerLineReadsBackAsWritten() {
        var event = new Ledger.Event(1234, "u1", SIGN_ENTRY, UNCERTAIN, 56, "app2", "FT r u1 3", "Timeout\tafter\n20 s");
        var read = Ledger.Event.parse(event.line());
        assertThat(read).isEqualTo(new Ledger.Event(1234, "u1", SIGN_ENTRY, UNCERTAIN, 56, "app2", "FT r u1 3",
                "Timeout after 20 s"));
        assertThat(read.startedAtMillis()).isEqualTo(1178);
    }
}
