package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.List;

/**
 * What an implementation plan says besides the assignment's goals (which it shows as sent): the activities, how the
 * provider works with the municipality and others, and the client's participation — how the client took part and the
 * client's own view. A draft may be incomplete; {@link #checkComplete} is the rule for establishing it.
 */
public record PlanContent(List<PlanActivity> activities, String workingWith, String participation,
                          String clientView) {

    /** At most this many activities: a plan is read by people, and printed. */
    public static final int MAX_ACTIVITIES = 30;

    public static final PlanContent EMPTY = new PlanContent(List.of(), null, null, null);

    public PlanContent {
        activities = List.copyOf(activities);
        if (activities.size() > MAX_ACTIVITIES) {
            throw RuleViolation.forField("providercontracts.plan.activities",
                    "providercontracts.plan.error.too-many-activities", MAX_ACTIVITIES);
        }
        workingWith = ProviderText.optional("providercontracts.plan.working-with", workingWith, ProviderText.MEDIUM);
        participation = ProviderText.optional("providercontracts.plan.participation", participation,
                ProviderText.MEDIUM);
        clientView = ProviderText.optional("providercontracts.plan.client-view", clientView, ProviderText.MEDIUM);
    }

    /** Refuses a plan that cannot be established: no activity, or nothing on the cooperation or participation. */
    public void checkComplete() {
        if (activities.isEmpty()) {
            throw RuleViolation.forField("providercontracts.plan.activities",
                    "providercontracts.plan.error.activity-required");
        }
        ProviderText.required("providercontracts.plan.working-with", workingWith, ProviderText.MEDIUM);
        ProviderText.required("providercontracts.plan.participation", participation, ProviderText.MEDIUM);
    }
}
