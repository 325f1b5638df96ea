package se.vardkedjan.followup.group;

/**
 * What a group table's rows or columns are: a dimension of the summaries. {@link #CASEWORKER} is staff data, for the
 * unit manager's own units only (ADR 0031); {@link #NONE} is a table with one column.
 */
public enum Dimension {
    NONE, DISTRICT, UNIT, MONTH, QUARTER, SEX, AGE_GROUP, INTERVENTION_TYPE, METHOD, PROVIDER, BY_DECISION, CASEWORKER
}
