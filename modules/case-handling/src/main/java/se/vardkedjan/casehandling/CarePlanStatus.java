package se.vardkedjan.casehandling;

/** Where a care plan revision stands: a draft, agreed with the client, or replaced by a later agreed revision. */
public enum CarePlanStatus {
    /** Being written; goals and activities can change. */
    DRAFT,
    /** The client's agreement is recorded; the plan is in force and does not change (revise it instead). */
    AGREED,
    /** A later revision was agreed; this one stays readable as history. */
    SUPERSEDED;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case DRAFT -> "casehandling.plan.status.DRAFT";
            case AGREED -> "casehandling.plan.status.AGREED";
            case SUPERSEDED -> "casehandling.plan.status.SUPERSEDED";
        };
    }
}
