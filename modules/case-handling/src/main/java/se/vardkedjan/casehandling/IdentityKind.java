package se.vardkedjan.casehandling;

/** How a person is identified: a personnummer, a samordningsnummer, or the municipality's own reserve number. */
public enum IdentityKind {
    PERSONAL_NUMBER,
    COORDINATION_NUMBER,
    /** Issued by the municipality for a person without a Swedish number (reservnummer); never sent outside. */
    RESERVE_NUMBER
}
