package se.vardkedjan.casehandling;

/** Who is responsible for a measure in a SIP (huvudman). */
public enum Principal {
    MUNICIPALITY,
    REGION,
    /** Someone else: the Swedish Public Employment Service, the Social Insurance Agency, a school, ... */
    OTHER
}
