package se.vardkedjan.followup;

/** Who gave a measurement's answers: the staff (in an interview), the client on their own, or the provider. */
public enum MeasurementSource {
    STAFF,
    CLIENT_SELF,
    PROVIDER;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case STAFF -> "followup.instrument.source.STAFF";
            case CLIENT_SELF -> "followup.instrument.source.CLIENT_SELF";
            case PROVIDER -> "followup.instrument.source.PROVIDER";
        };
    }
}
