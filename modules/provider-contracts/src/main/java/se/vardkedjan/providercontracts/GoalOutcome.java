package se.vardkedjan.providercontracts;

/** Whether a goal of the assignment was reached, as the completion report says. */
public enum GoalOutcome {
    REACHED, PARTLY, NOT_REACHED;

    /** The text key of this value's name in the views (a whole literal per value). */
    public String textKey() {
        return switch (this) {
            case REACHED -> "providercontracts.reports.goal.REACHED";
            case PARTLY -> "providercontracts.reports.goal.PARTLY";
            case NOT_REACHED -> "providercontracts.reports.goal.NOT_REACHED";
        };
    }
}
