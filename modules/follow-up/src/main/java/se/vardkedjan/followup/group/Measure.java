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
    ANSWER_WITHIN_TARGET(View.TIME_LIMITS, Kind.SHARE),
    /**
     * The share (%) of the scheduled follow-ups due in the period that were done on or before the due day, against
     * those done late and those still not done after the due day (slice 2, ADR 0031's amendment).
     */
    FOLLOW_UPS_ON_TIME(View.TIME_LIMITS, Kind.SHARE),
    /** The cost in kronor of the period's months for cases with an outcome measured, per client improved. */
    COST_PER_IMPROVED(View.MONEY, Kind.AMOUNT),
    /** The share (%) of goals whose latest goal attainment, measured in the period, is "reached". */
    GOALS_REACHED(View.OUTCOMES, Kind.SHARE),
    /** The share (%) of goals whose latest goal attainment, measured in the period, is "partly reached". */
    GOALS_PARTLY_REACHED(View.OUTCOMES, Kind.SHARE),
    /** AUDIT: the mean change from the baseline to the latest follow-up (measured in the period). */
    AUDIT_CHANGE(View.OUTCOMES, Kind.CHANGE),
    /** AUDIT: the share (%) improved (lower total). */
    AUDIT_IMPROVED(View.OUTCOMES, Kind.SHARE),
    /**
     * AUDIT: the share (%) reliably improved, by the definition's threshold; without one the figure is not available
     * (every cell {@link GroupTable.Cell#NOT_AVAILABLE}), never 0 %.
     */
    AUDIT_RELIABLY_IMPROVED(View.OUTCOMES, Kind.SHARE),
    /** DUDIT: the mean change from the baseline to the latest follow-up. */
    DUDIT_CHANGE(View.OUTCOMES, Kind.CHANGE),
    /** DUDIT: the share (%) improved. */
    DUDIT_IMPROVED(View.OUTCOMES, Kind.SHARE),
    /** DUDIT: the share (%) reliably improved. */
    DUDIT_RELIABLY_IMPROVED(View.OUTCOMES, Kind.SHARE),
    /** ASI (sum of the severity ratings): the mean change from the baseline to the latest follow-up. */
    ASI_CHANGE(View.OUTCOMES, Kind.CHANGE),
    /** ASI: the share (%) improved. */
    ASI_IMPROVED(View.OUTCOMES, Kind.SHARE),
    /** ASI: the share (%) reliably improved. */
    ASI_RELIABLY_IMPROVED(View.OUTCOMES, Kind.SHARE),
    /**
     * Öppna jämförelser: the share (%) of the cases with a first decision in the period where a standardised
     * instrument (ASI, AUDIT or DUDIT) was used at the investigation.
     */
    INSTRUMENT_AT_INVESTIGATION(View.OPEN_COMPARISONS, Kind.SHARE),
    /** Öppna jämförelser: the share (%) of those cases where one was used at a follow-up. */
    INSTRUMENT_AT_FOLLOW_UP(View.OPEN_COMPARISONS, Kind.SHARE),
    /**
     * Öppna jämförelser: the share (%) of the cases with a first decision in the period whose client was informed of
     * the right to a SIP (marked the portal's information read, at any time up to the refresh; slice 3).
     */
    INFORMED_OF_SIP(View.OPEN_COMPARISONS, Kind.SHARE),
    /** Öppna jämförelser: the same for the right to read one's own file. */
    INFORMED_OF_FILE(View.OPEN_COMPARISONS, Kind.SHARE),
    /**
     * Öppna jämförelser: the share (%) of the cases with a first decision in the period that granted an intervention
     * where a SIP was made (one past its draft).
     */
    SIP_MADE(View.OPEN_COMPARISONS, Kind.SHARE),
    /**
     * Öppna jämförelser: the share (%) of the cases with a first decision in the period with a completed
     * investigation that answers "no children", or "has children" and assessed the needs of every child named; no
     * answer (an investigation completed before the question was asked) does not count.
     */
    CHILDREN_CONSIDERED(View.OPEN_COMPARISONS, Kind.SHARE),
    /**
     * Öppna jämförelser: the share (%) of the cases with a first decision in the period with a completed
     * investigation that names a relative or has a relative as a source, or answers that the client has none or does
     * not want them involved.
     */
    RELATIVES_CONSIDERED(View.OPEN_COMPARISONS, Kind.SHARE);

    /** The views at /uppfoljning. */
    public enum View { VOLUME, MONEY, TIME_LIMITS, DOCUMENTATION, OUTCOMES, OPEN_COMPARISONS }

    /** How a figure is shown. */
    public enum Kind { COUNT, AMOUNT, DAYS, SHARE, CHANGE }

    /** The instrument an outcome measure is about (AUDIT, DUDIT, ASI), or null. */
    public String instrument() {
        return switch (this) {
            case AUDIT_CHANGE, AUDIT_IMPROVED, AUDIT_RELIABLY_IMPROVED -> "AUDIT";
            case DUDIT_CHANGE, DUDIT_IMPROVED, DUDIT_RELIABLY_IMPROVED -> "DUDIT";
            case ASI_CHANGE, ASI_IMPROVED, ASI_RELIABLY_IMPROVED -> "ASI";
            default -> null;
        };
    }

    /** Whether this is a share reliably improved, which needs the instrument's reliable-change threshold. */
    public boolean needsReliableChangeThreshold() {
        return this == AUDIT_RELIABLY_IMPROVED || this == DUDIT_RELIABLY_IMPROVED || this == ASI_RELIABLY_IMPROVED;
    }

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
