package se.vardkedjan.accesslog;

import se.vardkedjan.sharedkernel.PersonId;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's question about one row of the access log of their own file ("Varför läste …?"), with the unit manager's
 * answer once given. The row is the one asked about, as written.
 *
 * @param answer       the answer, or null while the question waits for one
 * @param answeredAt   when it was answered, or null
 * @param answeredBy   the register's name of the manager who answered, or null
 */
public record AccessQuestion(UUID id, AccessLogEntry row, PersonId personId, String question, Instant askedAt,
                             String answer, Instant answeredAt, String answeredBy) {

    public boolean answered() {
        return answer != null;
    }
}
