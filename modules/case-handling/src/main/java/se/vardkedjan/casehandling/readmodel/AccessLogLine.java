package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.accesslog.AccessLogEntry;
import se.vardkedjan.casehandling.AccessLogReview;
import se.vardkedjan.casehandling.ProtectionLevel;

/**
 * An access-log row as a page of the unit manager's review shows it: the person's number masked (the birth date part
 * only, {@code YYYYMMDD-****}), with their name, until the row is opened ({@link AccessLogReview#entry}). For a person with a
 * protected identity whom the reviewer may not see, nothing but the protection: no number, no name. There is never
 * an address.
 *
 * @param maskedIdentityNumber the masked number, or null for a protected person outside the reviewer's need to know
 * @param personName           the name, or null for a protected person outside the reviewer's need to know
 * @param identifiable         whether the reviewer may open the row to see the whole number and the name
 * @param caseUnitName         the name of the case's unit (null for a row without a case)
 */
public record AccessLogLine(AccessLogEntry entry, String maskedIdentityNumber, String personName,
                            ProtectionLevel protection, boolean identifiable, String caseUnitName) {
}
