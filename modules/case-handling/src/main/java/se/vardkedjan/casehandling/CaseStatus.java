package se.vardkedjan.casehandling;

/** Where a case stands in the flow: intake → investigation → decided → closed (or not opened after intake). */
public enum CaseStatus {
    /** Aktualiserad: registered, the preliminary assessment is pending. */
    INTAKE,
    /** The preliminary assessment decided not to open an investigation; the case is closed with its reasons. */
    NOT_OPENED,
    /** Utredning pågår. */
    INVESTIGATION,
    /** A decision has been made; plans, assignments and follow-ups run. */
    DECIDED,
    /** Avslutat, with a reason and an outcome. */
    CLOSED;

    public boolean isOpen() {
        return this == INTAKE || this == INVESTIGATION || this == DECIDED;
    }
}
