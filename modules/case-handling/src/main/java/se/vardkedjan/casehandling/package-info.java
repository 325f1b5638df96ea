/**
 * Case handling: intake, investigation, decision, care plan, journal, SIP and the access log, for caseworkers and unit managers. Uses the organisation's units, staff, delegation rules and legal references (ADR 0020). Publishes events that provider contracts and follow-up react to.
 */
@ApplicationModule(displayName = "Case handling",
        allowedDependencies = { "sharedkernel", "organisation", "uikit" })
package se.vardkedjan.casehandling;

import org.springframework.modulith.ApplicationModule;
