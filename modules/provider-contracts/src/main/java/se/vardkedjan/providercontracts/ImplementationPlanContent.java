package se.vardkedjan.providercontracts;

import java.util.List;

/**
 * What an implementation plan says besides the assignment's goals: its activities, how the provider works with the
 * municipality and others, and the client's participation and own view. Written by the provider; the same record is
 * read back (ADR 0027).
 */
public record ImplementationPlanContent(List<Activity> activities, String workingWith, String participation,
                                        String clientView) {

    public ImplementationPlanContent {
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** One activity: what is done, its own goal, who does it and when. */
    public record Activity(String description, String goal, String performer, String schedule) {
    }
}
