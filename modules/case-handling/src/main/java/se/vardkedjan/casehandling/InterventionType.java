package se.vardkedjan.casehandling;

/** Kinds of help a decision grants or refuses (insats), and help given as a service without a decision. */
public enum InterventionType {
    /** Öppenvård. */
    OUTPATIENT,
    /** Institutionsvård / HVB. */
    RESIDENTIAL,
    /** Stödboende. */
    SUPPORTED_HOUSING,
    /** Kontaktperson. */
    CONTACT_PERSON,
    /** Sysselsättning. */
    OCCUPATION,
    /** Outpatient help given as a service without a decision (serviceinsats); still counted. */
    SERVICE_WITHOUT_DECISION;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case OUTPATIENT -> "casehandling.decision.type.OUTPATIENT";
            case RESIDENTIAL -> "casehandling.decision.type.RESIDENTIAL";
            case SUPPORTED_HOUSING -> "casehandling.decision.type.SUPPORTED_HOUSING";
            case CONTACT_PERSON -> "casehandling.decision.type.CONTACT_PERSON";
            case OCCUPATION -> "casehandling.decision.type.OCCUPATION";
            case SERVICE_WITHOUT_DECISION -> "casehandling.decision.type.SERVICE_WITHOUT_DECISION";
        };
    }
}
