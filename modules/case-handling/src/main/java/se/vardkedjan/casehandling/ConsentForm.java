package se.vardkedjan.casehandling;

/** How the client gave (or withdrew) consent to a SIP. */
public enum ConsentForm {
    WRITTEN,
    ORAL,
    /** Through the portal or another e-service. */
    DIGITAL;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case WRITTEN -> "casehandling.sip.consent-form.WRITTEN";
            case ORAL -> "casehandling.sip.consent-form.ORAL";
            case DIGITAL -> "casehandling.sip.consent-form.DIGITAL";
        };
    }
}
