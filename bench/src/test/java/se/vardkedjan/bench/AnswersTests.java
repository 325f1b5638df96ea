package se.vardkedjan.bench;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.casehandling.readmodel.CaseworkerWorkload;
import se.vardkedjan.casehandling.readmodel.PersonSearch;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A fast wrong answer stops the benchmark instead of counting as a fast answer. */
class AnswersTests {

    private static CaseListItem row(String name, String responsible) {
        return new CaseListItem(CaseId.random(), new PersonId(UUID.randomUUID()), name, "19800101-0000",
                ProtectionLevel.NONE, new UnitCode("nord"), "Nord", responsible, responsible, CaseStatus.INTAKE,
                IntakeKind.APPLICATION, LocalDate.of(2026, 12, 1), null, null);
    }

    @Test
    void aSearchThatFindsNobodyIsWrongUnlessAProtectedPersonMatched() {
        assertThatThrownBy(() -> Answers.search(new PersonSearch(List.of(), false, null, List.of(), false), "Berg"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("found nobody");
        assertThatCode(() -> Answers.search(new PersonSearch(List.of(), true, new PersonId(UUID.randomUUID()),
                List.of(), false), "Berg")).doesNotThrowAnyException();
    }

    @Test
    void anEmptyPageOrAPageOfOtherPeopleIsWrong() {
        assertThatThrownBy(() -> Answers.page("the list", List.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Answers.filtered("filtered", List.of(row("Anna Berg", "hl")), "Lund"))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> Answers.filtered("filtered", List.of(row("Åsa Öberg", "hl")), "Asa Oberg"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Answers.mine("mine", List.of(row("Anna Berg", "annan")), "hl"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSummaryOfNothingOrAWorkloadOfNobodyIsWrong() {
        assertThatThrownBy(() -> Answers.casePart("summary", null, CaseId.random()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Answers.workload("workload", List.<CaseworkerWorkload>of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
