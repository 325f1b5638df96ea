package se.vardkedjan.providercontracts;

/** What a contract's price is per: a care day (vårddygn), an hour, a month, or a fixed sum for the whole assignment. */
public enum PriceUnit {
    CARE_DAY,
    HOUR,
    MONTH,
    FIXED;

    /** The text key of this value's name in the views (ADR 0019: a whole literal per value). */
    public String textKey() {
        return switch (this) {
            case CARE_DAY -> "providercontracts.contract.price-unit.CARE_DAY";
            case HOUR -> "providercontracts.contract.price-unit.HOUR";
            case MONTH -> "providercontracts.contract.price-unit.MONTH";
            case FIXED -> "providercontracts.contract.price-unit.FIXED";
        };
    }
}
