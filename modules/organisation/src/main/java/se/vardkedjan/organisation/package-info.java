/**
 * The municipality's organisation: districts, units and staff with their units, the delegation rules
 * (delegationsordning) and the table of legal references (lagrum) that decisions follow; the administrator's pages for
 * them. Case handling uses it (unit and staff names, who may decide, what a decision may cite); it holds no client
 * data. It gives the access log the names of the staff its rows record (ADR 0021). ADR 0020.
 */
@ApplicationModule(displayName = "Organisation", allowedDependencies = { "sharedkernel", "accesslog", "uikit" })
package se.vardkedjan.organisation;

import org.springframework.modulith.ApplicationModule;
