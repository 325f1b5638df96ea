package se.vardkedjan.providercontracts;

/** What a cost is summed by (ADR 0026). */
public enum CostDimension {
    /** The intervention type of the decision (case handling's). */
    INTERVENTION_TYPE,
    /** The catalogue's method on the assignment. */
    METHOD,
    /** The provider. */
    PROVIDER,
    /** The unit whose case it is (the assignment's case unit). */
    UNIT,
    /** The district of that unit (the organisation's). */
    DISTRICT,
    /** The calendar month, as yyyy-MM. */
    MONTH
}
