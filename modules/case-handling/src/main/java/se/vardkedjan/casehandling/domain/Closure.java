package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

/** How a case ended: the date, the reason and the outcome in words. */
public record Closure(LocalDate closedOn, ClosureReason reason, String outcome, String closedBy) {

    public Closure {
        if (closedOn == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.closure.closed-on");
        }
        Objects.requireNonNull(reason, "reason");
        outcome = FreeText.required("casehandling.closure.outcome", outcome, FreeText.MEDIUM);
        Objects.requireNonNull(closedBy, "closed by");
    }
}
