package se.vardkedjan.citizenportal;

/**
 * The information the portal gives every client in plain words (ADR 0028, slice 2), each with the version of its text:
 * a changed text gets a new version, and "Jag har läst detta" is recorded per version. Follow-up counts the persons
 * informed per information ({@link InformationReads#personsInformed}); the keys are published and never change.
 */
public enum Information {
    /** My right to read my file (OSL 12:2, SoL). */
    RIGHT_TO_READ_FILE(1),
    /** My right to a coordinated individual plan (SIP) with the region. */
    RIGHT_TO_SIP(1),
    /** My right to choose a provider where the municipality has freedom of choice (LOV). */
    RIGHT_TO_CHOOSE_PROVIDER(1),
    /** Support for relatives (anhörigstöd). */
    SUPPORT_FOR_RELATIVES(1),
    /** Support for children in the family. */
    SUPPORT_FOR_CHILDREN(1);

    private final int version;

    Information(int version) {
        this.version = version;
    }

    /** The version of the text the client reads now. */
    public int version() {
        return version;
    }
}
