package se.vardkedjan.casehandling;

/** Where a care plan revision stands: a draft, agreed with the client, or replaced by a later agreed revision. */
public enum CarePlanStatus {
    /** Being written; goals and activities can change. */
    DRAFT,
    /** The client's agreement is recorded; the plan is in force and does not change (revise it instead). */
    AGREED,
    /** A later revision was agreed; this one stays readable as history. */
    SUPERSEDED
}
