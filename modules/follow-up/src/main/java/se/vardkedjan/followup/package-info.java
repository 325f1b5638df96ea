/**
 * Follow-up: individual follow-ups against the plan, instruments, and group-level indicators for unit managers and analysts.
 */
@ApplicationModule(displayName = "Follow-up", allowedDependencies = {
        "sharedkernel", "uikit", "accesslog", "organisation",
        "casehandling", "casehandling :: events", "casehandling :: readmodel", "providercontracts" })
package se.vardkedjan.followup;

import org.springframework.modulith.ApplicationModule;
