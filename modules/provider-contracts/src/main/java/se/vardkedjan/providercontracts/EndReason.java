package se.vardkedjan.providercontracts;

/** Why an assignment ended: completed as planned, broken off, or replaced by another assignment. */
public enum EndReason {
    COMPLETED, BROKEN_OFF, REPLACED
}
