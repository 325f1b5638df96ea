/**
 * Case handling's read models: what its facades return for pages and lists (a case's summary in named parts, a plan's
 * details, a page of the journal, a search's hits). Immutable records shaped for reading; the aggregates behind them are
 * internal ({@code domain}), so a change inside case handling does not change what other modules read. Another module
 * names this interface in its {@code allowedDependencies} as {@code "casehandling :: readmodel"}.
 */
@NamedInterface("readmodel")
package se.vardkedjan.casehandling.readmodel;

import org.springframework.modulith.NamedInterface;
