package se.vardkedjan.providercontracts;

/**
 * How the municipality came to use a provider: its own units (egen regi), a framework agreement after procurement
 * under LOU (ramavtal), a choice system under LOV (valfrihetssystem: the client chooses among the approved providers)
 * or a direct award (direktupphandling).
 */
public enum ContractForm {
    OWN_RUN,
    FRAMEWORK_AGREEMENT,
    LOV,
    DIRECT_AWARD;

    /** The text key of this value's name in the views (ADR 0019: a whole literal per value). */
    public String textKey() {
        return switch (this) {
            case OWN_RUN -> "providercontracts.contract.form.OWN_RUN";
            case FRAMEWORK_AGREEMENT -> "providercontracts.contract.form.FRAMEWORK_AGREEMENT";
            case LOV -> "providercontracts.contract.form.LOV";
            case DIRECT_AWARD -> "providercontracts.contract.form.DIRECT_AWARD";
        };
    }
}
