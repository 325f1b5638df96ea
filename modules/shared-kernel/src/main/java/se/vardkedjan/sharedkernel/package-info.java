/**
 * The small shared kernel: role names, the acting user, and value objects every module speaks. It depends on no other
 * module. Keep it small: a type belongs here only when several modules must agree on it.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package se.vardkedjan.sharedkernel;

import org.springframework.modulith.ApplicationModule;
