package se.vardkedjan.casehandling;

/** Who carries out an activity of a care plan. */
public enum ActivityPerformer {
    CLIENT,
    MUNICIPALITY,
    PROVIDER,
    RELATIVE,
    REGION
}
