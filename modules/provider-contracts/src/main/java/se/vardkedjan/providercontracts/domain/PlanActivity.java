package se.vardkedjan.providercontracts.domain;

/**
 * One activity of an implementation plan: what is done, the activity's own goal, who does it and when. The texts
 * follow {@link ProviderText}'s rules; every part is required.
 */
public record PlanActivity(String description, String goal, String performer, String schedule) {

    public PlanActivity {
        description = ProviderText.required("providercontracts.plan.activity.description", description,
                ProviderText.MEDIUM);
        goal = ProviderText.required("providercontracts.plan.activity.goal", goal, ProviderText.MEDIUM);
        performer = ProviderText.requiredLine("providercontracts.plan.activity.performer", performer,
                ProviderText.SHORT);
        schedule = ProviderText.requiredLine("providercontracts.plan.activity.schedule", schedule, ProviderText.SHORT);
    }
}
