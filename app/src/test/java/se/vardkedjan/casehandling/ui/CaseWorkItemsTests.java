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
    void anUnsignedDraftKeepsItsTitleAsPlainTextWithoutKeys() {
        var item = new CaseWorkItem(CaseWorkItem.Kind.UNSIGNED_DRAFT, new CaseId(UUID.randomUUID()), "Bo Berg", false,
                LocalDate.of(2026, 12, 5), null, "Hembesök", List.of());

        var shown = CaseWorkItems.workItem(item);

        assertThat(shown.detail()).isEqualTo("Hembesök");
        assertThat(shown.detailKeys()).isEmpty();
    }
}
