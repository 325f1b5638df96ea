package se.vardkedjan.casehandling;

import java.util.Map;

/**
 * The follow-ups column of the unit manager's workload on the start page (ADR 0022), from the module that schedules
 * follow-ups (ADR 0030): case handling shows the counts without knowing that module, as it shows a downstream
 * module's case-page tab ({@link CasePageSection}). Without such a bean the workload has no follow-ups column. An
 * implementation is a Spring bean and reads through its own module's facade, which checks the signed-in unit manager.
 */
public interface WorkloadFollowUps {

    /**
     * Per responsible caseworker (their username) of cases of the signed-in unit manager's units, how many follow-ups
     * are overdue or due soon: counts only, no client. A caseworker left out has none.
     */
    Map<String, Integer> dueOrOverdue();

    /** Where a count links to: the owning module's own page of due follow-ups (a path of the application). */
    String link();
}
