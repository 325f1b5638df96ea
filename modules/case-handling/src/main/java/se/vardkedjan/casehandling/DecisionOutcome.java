package se.vardkedjan.casehandling;

/** What a decision says about one applied-for intervention. Anything but GRANTED needs reasons and appeal information. */
public enum DecisionOutcome {
    GRANTED,
    PARTLY_GRANTED,
    REFUSED;

    public boolean grantsHelp() {
        return this != REFUSED;
    }
}
