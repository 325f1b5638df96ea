package se.vardkedjan.casehandling;

/** Where a SIP participant comes from. */
public enum ParticipantKind {
    /** Municipal staff (a staff account, or a named person). */
    MUNICIPALITY,
    /** A named person from the region's health care, with organisation and role; may get read access to the SIP. */
    REGION,
    /** A relative or other close person; only when the client does not object. */
    RELATIVE
}
