/**
 * The small shared kernel: role names, the acting user, value objects every module speaks, and the three refusals
 * every module throws and every view shows ({@link se.vardkedjan.sharedkernel.RuleViolation},
 * {@link se.vardkedjan.sharedkernel.ConcurrentChange}, {@link se.vardkedjan.sharedkernel.AccessDenied}). It depends on no other
 * module. Keep it small: a type belongs here only when several modules must agree on it.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package se.vardkedjan.sharedkernel;

import org.springframework.modulith.ApplicationModule;
