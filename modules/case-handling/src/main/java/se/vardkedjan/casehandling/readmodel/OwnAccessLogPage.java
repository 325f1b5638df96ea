package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A page of "Vem har läst min journal" (ADR 0028, slice 2): the rows of the access log about the client, newest first,
 * one line per page opened, with the client's questions about them and the answers.
 *
 * @param lines     the lines of this page
 * @param hasMore   whether a later page has more lines
 * @param questions the client's questions about rows of their log, newest first
 */
public record OwnAccessLogPage(List<Line> lines, boolean hasMore, List<Question> questions) {

    /** Who read: the client themselves, an adult the client trusts, or staff. */
    public enum Who { SELF, TRUSTED_READER, STAFF }

    /**
     * One line: when, who (staff by name only where the municipality's setting names them, else null), through which
     * unit (null when no case was read), why, read or changed, and the parts read ({@code what} codes, said in words by
     * the access log's texts). The id is the row to ask about.
     */
    public record Line(long id, Instant at, Who who, String staffName, String unitName, Purpose purpose,
                       AccessKind kind, List<String> parts) {
    }

    /** A question the client asked about a line, with the unit manager's answer once given (else null). */
    public record Question(UUID id, long rowId, Instant rowAt, String question, Instant askedAt, String answer,
                           Instant answeredAt) {
    }
}
