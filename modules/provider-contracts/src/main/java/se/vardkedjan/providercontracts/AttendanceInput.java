package se.vardkedjan.providercontracts;

import java.time.LocalDate;
import java.util.List;

/**
 * What the provider reports for a period of an assignment: the period and the days in it the client attended or
 * stayed (every day, or chosen days), with the hours of each for an hour-priced contract.
 */
public record AttendanceInput(LocalDate firstDay, LocalDate lastDay, List<ReportedDay> days) {
}
