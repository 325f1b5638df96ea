package se.vardkedjan.casehandling;

/** How the client gave (or withdrew) consent to a SIP. */
public enum ConsentForm {
    WRITTEN,
    ORAL,
    /** Through the portal or another e-service. */
    DIGITAL
}
