package se.vardkedjan.providercontracts.ui;

import org.junit.jupiter.api.Test;
import se.vardkedjan.providercontracts.AssignmentView;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's lines tell the escalation's two steps apart: the provider reminded, the case staff told. */
class AssignmentHistoryTextTests {

    @Test
    void theSecondEscalationStepReadsAsTheCaseStaffToldNotAsAnotherReminder() {
        var reminded = new AssignmentView.Change(Instant.now(), "system", null, "ESCALATED",
                "PROVIDER_REMINDED");
        var told = new AssignmentView.Change(Instant.now(), "system", null, "ESCALATED",
                "CASE_STAFF_TOLD");

        assertThat(AssignmentPanel.eventKey(reminded)).isEqualTo("providercontracts.event.ESCALATED");
        assertThat(AssignmentPanel.eventKey(told)).isEqualTo("providercontracts.event.ESCALATED_TO_CASE_STAFF");
    }

    @Test
    void aChangeIsMadeByItsMakersNameTheUsernameForOldRowsAndTheSystemReadsAsAutomatic() {
        var named = new AssignmentView.Change(Instant.now(), "handlaggare", "Hanna Handläggare", "SENT", null);
        var old = new AssignmentView.Change(Instant.now(), "handlaggare", null, "SENT", null);
        var system = new AssignmentView.Change(Instant.now(), "system", null, "DRAFTED", null);

        assertThat(AssignmentPanel.madeBy(named, key -> key)).isEqualTo("Hanna Handläggare");
        assertThat(AssignmentPanel.madeBy(old, key -> key)).isEqualTo("handlaggare");
        assertThat(AssignmentPanel.madeBy(system, key -> key)).isEqualTo("providercontracts.casepage.by-system");
    }
}
