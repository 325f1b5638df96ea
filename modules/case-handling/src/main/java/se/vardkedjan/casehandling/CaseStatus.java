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

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case INTAKE -> "casehandling.staff.status.INTAKE";
            case NOT_OPENED -> "casehandling.staff.status.NOT_OPENED";
            case INVESTIGATION -> "casehandling.staff.status.INVESTIGATION";
            case DECIDED -> "casehandling.staff.status.DECIDED";
            case CLOSED -> "casehandling.staff.status.CLOSED";
        };
    }
}
