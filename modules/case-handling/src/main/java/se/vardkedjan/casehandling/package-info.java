/**
 * Case handling: intake, investigation, decision, care plan, journal, SIP and the review of the access log, for caseworkers and unit managers. Publishes events that provider contracts and follow-up react to.
 */
@ApplicationModule(displayName = "Case handling", allowedDependencies = { "sharedkernel", "accesslog", "uikit" })
package se.vardkedjan.casehandling;

import org.springframework.modulith.ApplicationModule;
