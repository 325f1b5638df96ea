package se.vardkedjan.providercontracts.ui;

import org.junit.jupiter.api.Test;
import se.vardkedjan.providercontracts.AssignmentView;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's lines tell the escalation's two steps apart: the provider reminded, the case staff told. */
class AssignmentHistoryTextTests {

    @Test
    void theSecondEscalationStepReadsAsTheCaseStaffToldNotAsAnotherReminder() {
        var reminded = new AssignmentView.Change(Instant.now(), "system", null, "ESCALATED", "PROVIDER_REMINDED");
        var told = new AssignmentView.Change(Instant.now(), "system", null, "ESCALATED", "CASE_STAFF_TOLD");

        assertThat(AssignmentPanel.eventKey(reminded)).isEqualTo("providercontracts.event.ESCALATED");
        assertThat(AssignmentPanel.eventKey(told)).isEqualTo("providercontracts.event.ESCALATED_TO_CASE_STAFF");
    }
}
