package se.vardkedjan.casehandling;

/** How a matter reached the social services (aktualisering). */
public enum IntakeKind {
    /** The client's own application (ansökan), also from the portal. */
    APPLICATION,
    /** A report (anmälan) from an authority or another person; LVM 6 § obliges some authorities to report. */
    REPORT,
    /** A request (begäran/övrigt), e.g. from another municipality or the region. */
    REQUEST;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case APPLICATION -> "casehandling.staff.intake-kind.APPLICATION";
            case REPORT -> "casehandling.staff.intake-kind.REPORT";
            case REQUEST -> "casehandling.staff.intake-kind.REQUEST";
        };
    }
}
