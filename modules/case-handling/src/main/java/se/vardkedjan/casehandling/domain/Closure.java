package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/** How a case ended: the date, the reason and the outcome in words. */
public record Closure(LocalDate closedOn, ClosureReason reason, String outcome, String closedBy) {

    public Closure {
        if (closedOn == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.closure.closed-on");
        }
        DateRange.check("casehandling.closure.closed-on", closedOn);
        if (reason == null) {
            throw RuleViolation.forField("casehandling.staff.close.reason",
                    "casehandling.error.closure-reason-required");
        }
        outcome = FREE_TEXT.required("casehandling.closure.outcome", outcome, FreeText.MEDIUM);
        Objects.requireNonNull(closedBy, "closed by");
    }
}
