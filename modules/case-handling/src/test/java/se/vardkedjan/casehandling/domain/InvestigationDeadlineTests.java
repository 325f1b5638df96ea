package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline an opened investigation gets by default. */
class InvestigationDeadlineTests {

    @Test
    void anInvestigationOpenedTodayIsProposedADeadlineFourMonthsOn() {
        assertThat(InvestigationDeadline.proposedFor(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2027, 4, 2));
    }

    @Test
    void aMonthWithoutTheDayEndsOnItsLastDay() {
        assertThat(InvestigationDeadline.proposedFor(LocalDate.of(2026, 10, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theProposedDeadlineIsAcceptedByTheAssessmentsRule() {
        var assessedOn = LocalDate.of(2026, 12, 2);
        var deadline = InvestigationDeadline.proposedFor(assessedOn);
        assertThat(deadline).isAfter(assessedOn);
        DateRange.check("casehandling.assessment.deadline", deadline);
    }

    @Test
    void noAssessmentDateNoProposal() {
        assertThat(InvestigationDeadline.proposedFor(null)).isNull();
    }
}
