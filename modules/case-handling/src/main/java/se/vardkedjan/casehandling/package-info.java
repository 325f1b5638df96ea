/**
 * Case handling: intake, investigation, decision, care plan, journal, SIP and the review of the access log, for caseworkers and unit managers. Uses the organisation's units, staff, delegation rules and legal references (ADR 0020) and writes through the access log (ADR 0021). Publishes events that provider contracts and follow-up react to.
 */
@ApplicationModule(displayName = "Case handling",
        allowedDependencies = { "sharedkernel", "accesslog", "organisation", "uikit" })
package se.vardkedjan.casehandling;

import org.springframework.modulith.ApplicationModule;
