package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.accesslog.AccessLogEntry;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.ProtectionLevel;

/**
 * An access-log row opened by the unit manager reviewing it: the person's whole identity number and name. Opening it
 * is itself a logged read of the person (what {@code ACCESS_LOG_ENTRY}, purpose {@link Purpose#SUPERVISION}).
 */
public record AccessLogEntryDetails(AccessLogEntry entry, String identityNumber, String personName,
                                    ProtectionLevel protection, String caseUnitName) {
}
