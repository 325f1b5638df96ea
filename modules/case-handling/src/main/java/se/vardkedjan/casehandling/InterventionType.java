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
    SERVICE_WITHOUT_DECISION
}
