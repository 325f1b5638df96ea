package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's question about a row of the access log of their file, as the unit managers who answer it see it (ADR
 * 0028, slice 2): the person (name and masked number; for a protected person outside the manager's need to know, only
 * null and the protection shown), the row asked about (when, who, why, what), the question, and the answer once given.
 *
 * @param personName   the person's name, or null when the person is not to be named to this manager
 * @param maskedNumber the person's masked number, or null likewise
 * @param answer       the answer, or null while the question waits for one
 */
public record ClientAccessQuestion(UUID id, String personName, String maskedNumber, Instant rowAt, String rowActorName,
                                   String rowUnitName, Purpose rowPurpose, AccessKind rowKind, List<String> rowParts,
                                   String question, Instant askedAt, String answer, Instant answeredAt,
                                   String answeredBy) {
}
