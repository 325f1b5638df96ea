package se.vardkedjan.followup.group;

/**
 * A figure the group views show, with the view it belongs to. Every figure comes with the number of distinct persons
 * behind it, which decides its suppression (ADR 0031).
 */
public enum Measure {
    /** Distinct clients with a case open some day in the period. */
    CLIENTS(View.VOLUME, Kind.COUNT),
    /** Cases received in the period. */
    NEW_CASES(View.VOLUME, Kind.COUNT),
    /** Interventions granted (fully or partly) by a decision made in the period, or given as a service. */
    INTERVENTIONS(View.VOLUME, Kind.COUNT),
    /** The cost in kronor of what providers reported for the period's months. */
    COST(View.MONEY, Kind.AMOUNT),
    /** The days reported (care days, or days with hours) in the period's months. */
    CARE_DAYS(View.MONEY, Kind.COUNT),
    /** Median days from the application (the day the case was received) to the first decision, decided in the period. */
    DAYS_TO_DECISION(View.TIME_LIMITS, Kind.DAYS),
    /** The share (%) of those decided within the target. */
    DECISION_WITHIN_TARGET(View.TIME_LIMITS, Kind.SHARE),
    /** Median days from the first decision to the first intervention's start, started in the period. */
    DAYS_TO_START(View.TIME_LIMITS, Kind.DAYS),
    /** The share (%) of those started within the target. */
    START_WITHIN_TARGET(View.TIME_LIMITS, Kind.SHARE),
    /** Median days from an assignment sent in the period to the provider's answer. */
    DAYS_TO_ANSWER(View.TIME_LIMITS, Kind.DAYS),
    /** The share (%) of those answered within the target (an unanswered one is not within it). */
    ANSWER_WITHIN_TARGET(View.TIME_LIMITS, Kind.SHARE);

    /** The views at /uppfoljning. */
    public enum View { VOLUME, MONEY, TIME_LIMITS, DOCUMENTATION }

    /** How a figure is shown. */
    public enum Kind { COUNT, AMOUNT, DAYS, SHARE }

    private final View view;
    private final Kind kind;

    Measure(View view, Kind kind) {
        this.view = view;
        this.kind = kind;
    }

    public View view() {
        return view;
    }

    public Kind kind() {
        return kind;
    }
}
