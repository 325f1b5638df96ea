package se.vardkedjan.providercontracts;

import java.time.LocalDate;

/** A deviation the provider reports: kind, the day it happened, what happened, and what was done. */
public record DeviationInput(DeviationKind kind, LocalDate occurredOn, String description, String actionTaken) {
}
