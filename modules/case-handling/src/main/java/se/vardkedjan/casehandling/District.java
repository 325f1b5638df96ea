package se.vardkedjan.casehandling;

/** A district (stadsdel) of the municipality. */
public record District(String code, String name) {
}
