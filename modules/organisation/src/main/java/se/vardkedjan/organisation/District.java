package se.vardkedjan.organisation;

/** A district (stadsdel) of the municipality. */
public record District(String code, String name) {
}
