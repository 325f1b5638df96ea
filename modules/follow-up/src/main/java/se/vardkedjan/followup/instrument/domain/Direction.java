package se.vardkedjan.followup.instrument.domain;

/** Which way of a total is worse for the client: tells whether a change is a worsening or an improvement. */
public enum Direction {
    HIGHER_IS_WORSE,
    HIGHER_IS_BETTER
}
