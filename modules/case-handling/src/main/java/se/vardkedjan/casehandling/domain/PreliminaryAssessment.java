package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/** The preliminary assessment (förhandsbedömning): whether to investigate, why, by whom and when. */
public record PreliminaryAssessment(PreliminaryOutcome outcome, String reasons, String assessedBy, LocalDate assessedOn) {

    public PreliminaryAssessment {
        if (outcome == null) {
            throw RuleViolation.forField("casehandling.staff.assessment.outcome",
                    "casehandling.error.assessment-outcome-required");
        }
        reasons = FREE_TEXT.required("casehandling.assessment.reasons", reasons, FreeText.MEDIUM);
        Objects.requireNonNull(assessedBy, "assessed by");
        if (assessedOn == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.assessment.assessed-on");
        }
        DateRange.check("casehandling.assessment.assessed-on", assessedOn);
    }
}
