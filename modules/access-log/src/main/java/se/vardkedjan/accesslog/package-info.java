/**
 * The access log and the security events: every module writes a row for each read or change of personal data through
 * {@link se.vardkedjan.accesslog.AccessLog}, in its own transaction, and refuses through
 * {@link se.vardkedjan.accesslog.Refusals}, which records the refusal in a transaction of its own. A module's
 * need-to-know rule is its own; {@link se.vardkedjan.accesslog.AccessDoor} turns the rule's answer into the row or the
 * recorded refusal (ADR 0021). Below every module but the shared kernel.
 */
@ApplicationModule(displayName = "Access log", allowedDependencies = { "sharedkernel" })
package se.vardkedjan.accesslog;

import org.springframework.modulith.ApplicationModule;
