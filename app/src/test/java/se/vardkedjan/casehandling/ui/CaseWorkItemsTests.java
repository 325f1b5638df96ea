package se.vardkedjan.casehandling.ui;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page's items of case work as {@link CaseWorkItems} makes them from the facade's. */
class CaseWorkItemsTests {

    @Test
    void aProposalToApproveNamesEveryProposedInterventionInTheProposalsOrder() {
        var item = new CaseWorkItem(CaseWorkItem.Kind.PROPOSAL_TO_APPROVE, new CaseId(UUID.randomUUID()), "Ada Andersson",
                false, LocalDate.of(2026, 11, 30), null, null,
                List.of(InterventionType.SUPPORTED_HOUSING, InterventionType.OUTPATIENT));

        var shown = CaseWorkItems.workItem(item);

        assertThat(shown.detailKeys()).containsExactly(InterventionType.SUPPORTED_HOUSING.textKey(),
                InterventionType.OUTPATIENT.textKey());
        assertThat(shown.path()).endsWith("/beslut");
    }

    @Test
    void aFollowUpKeepsItsGoalAsPlainTextWithoutKeys() {
        var item = new CaseWorkItem(CaseWorkItem.Kind.FOLLOW_UP_DUE, new CaseId(UUID.randomUUID()), "Bo Berg", false,
                LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5), "Jag vill sova bättre.", List.of());

        var shown = CaseWorkItems.workItem(item);

        assertThat(shown.detail()).isEqualTo("Jag vill sova bättre.");
        assertThat(shown.detailKeys()).isEmpty();
    }
}
