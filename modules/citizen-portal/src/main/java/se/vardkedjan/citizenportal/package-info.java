/**
 * The citizen portal: the client's own plan, decisions, released journal entries, SIP, self-assessments, consents, applications and who has read the file. It reads the other modules through their facades; nothing depends on it.
 */
@ApplicationModule(displayName = "Citizen portal", allowedDependencies = {
        "sharedkernel", "uikit", "accesslog", "organisation",
        "casehandling", "casehandling :: events", "casehandling :: readmodel", "providercontracts", "followup" })
package se.vardkedjan.citizenportal;

import org.springframework.modulith.ApplicationModule;
