/**
 * Case handling's events: what happened to a case, published when the transaction that did it commits, carrying ids,
 * dates and codes only (never personal data). Other modules listen with {@code @ApplicationModuleListener}; they name
 * this interface in their {@code allowedDependencies} as {@code "casehandling :: events"}.
 */
@NamedInterface("events")
package se.vardkedjan.casehandling.events;

import org.springframework.modulith.NamedInterface;
