/**
 * Provider contracts: assignments to providers, their confirmation, implementation plans and progress reports, for provider staff and the caseworkers who assign.
 */
@ApplicationModule(displayName = "Provider contracts", allowedDependencies = {
        "sharedkernel", "uikit", "accesslog", "organisation",
        "casehandling", "casehandling :: events", "casehandling :: readmodel" })
package se.vardkedjan.providercontracts;

import org.springframework.modulith.ApplicationModule;
