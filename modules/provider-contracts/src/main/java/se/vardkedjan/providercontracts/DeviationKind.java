package se.vardkedjan.providercontracts;

/** What kind of deviation (avvikelse) the provider reports. */
public enum DeviationKind {
    ABSENCE, DISCHARGE, RELAPSE, SERIOUS_INCIDENT;

    /** Whether the case staff must act on it: a work item on their start page (ADR 0026). */
    public boolean toNote() {
        return this == DISCHARGE || this == SERIOUS_INCIDENT;
    }

    /** The text key of this value's name in the views (a whole literal per value). */
    public String textKey() {
        return switch (this) {
            case ABSENCE -> "providercontracts.reports.deviation.kind.ABSENCE";
            case DISCHARGE -> "providercontracts.reports.deviation.kind.DISCHARGE";
            case RELAPSE -> "providercontracts.reports.deviation.kind.RELAPSE";
            case SERIOUS_INCIDENT -> "providercontracts.reports.deviation.kind.SERIOUS_INCIDENT";
        };
    }
}
