package se.vardkedjan.providercontracts;

/** Whether a provider is the municipality's own (egen regi) or a private company or foundation (privat utförare). */
public enum ProviderKind {
    OWN_RUN,
    PRIVATE;

    /** The text key of this value's name in the views (ADR 0019: a whole literal per value). */
    public String textKey() {
        return switch (this) {
            case OWN_RUN -> "providercontracts.provider.kind.OWN_RUN";
            case PRIVATE -> "providercontracts.provider.kind.PRIVATE";
        };
    }
}
