package se.vardkedjan.casehandling;

/** How the client gave their view of the care plan. */
public enum AgreementChannel {
    MEETING,
    PHONE,
    WRITING,
    /**
     * On Mina sidor: the client agreed to the plan as it reads in the portal, and the caseworker put it in force with
     * that agreement ({@code CarePlans.recordPortalAgreement}); never chosen from the caseworker's list.
     */
    PORTAL;

    /** The channels the caseworker records an answer given outside the portal by. */
    public static java.util.List<AgreementChannel> outsideThePortal() {
        return java.util.List.of(MEETING, PHONE, WRITING);
    }

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case MEETING -> "casehandling.plan.channel.MEETING";
            case PHONE -> "casehandling.plan.channel.PHONE";
            case WRITING -> "casehandling.plan.channel.WRITING";
            case PORTAL -> "casehandling.plan.channel.PORTAL";
        };
    }
}
