package se.vardkedjan.followup;

import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;

import java.time.Instant;

/**
 * An instrument version as the administrator's page lists it: whether it needs a licence, whether it is enabled for
 * new measurements (only the newest version of a code is), and the latest licence statement (by whom, when, with
 * which reference), or nulls when none was made.
 */
public record InstrumentStatus(InstrumentDefinition definition, boolean current, boolean enabled,
                               String licenceReference, String licenceBy, Instant licenceAt, boolean licenceStated) {
}
