/**
 * Provider contracts' events: what happened to an assignment (sent, answered by the provider, escalated), published
 * when the transaction that did it commits, carrying ids, codes and flags only (never personal data). Other modules
 * listen with {@code @ApplicationModuleListener}; they name this interface in their {@code allowedDependencies} as
 * {@code "providercontracts :: events"} (ADR 0024).
 */
@NamedInterface("events")
package se.vardkedjan.providercontracts.events;

import org.springframework.modulith.NamedInterface;
