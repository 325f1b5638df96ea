package se.vardkedjan.followup.instrument.domain;

/** Who may answer an instrument: staff in an interview with the client, or the client on their own. */
public enum Respondent {
    STAFF_INTERVIEW,
    CLIENT_SELF
}
