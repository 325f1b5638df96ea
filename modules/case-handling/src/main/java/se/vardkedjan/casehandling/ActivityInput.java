package se.vardkedjan.casehandling;

/**
 * Who does what, and when.
 *
 * @param what   the activity
 * @param who    who carries it out
 * @param timing when or how often, in words ("varje tisdag", "från 1 mars")
 */
public record ActivityInput(String what, ActivityPerformer who, String timing) {
}
