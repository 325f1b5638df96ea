package se.vardkedjan.casehandling;

/** How a matter reached the social services (aktualisering). */
public enum IntakeKind {
    /** The client's own application (ansökan), also from the portal. */
    APPLICATION,
    /** A report (anmälan) from an authority or another person; LVM 6 § obliges some authorities to report. */
    REPORT,
    /** A request (begäran/övrigt), e.g. from another municipality or the region. */
    REQUEST
}
