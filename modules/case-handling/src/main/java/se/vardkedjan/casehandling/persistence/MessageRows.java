package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.MessageId;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages between the client and the caseworkers of their case (ADR 0028, slice 2): {@code casehandling.case_messages}
 * (append-only, casehandling-1365: only ever inserted here), each side's read mark in
 * {@code casehandling.case_message_reads}, and where the client wants notices, {@code client_notice_addresses}.
 */
@Repository
public class MessageRows {

    /** A message as stored. */
    public record MessageRow(MessageId id, boolean fromClient, String authorName, String text, Instant writtenAt) {
    }

    /** Where the client wants notices; either may be null. */
    public record NoticeAddress(String email, String phone) {
        public static final NoticeAddress NONE = new NoticeAddress(null, null);
    }

    /** Which side reads: the client, or the staff of the case. */
    public enum Side {
        CLIENT,
        STAFF
    }

    private final JdbcClient jdbc;

    public MessageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MessageId insert(CaseId caseId, boolean fromClient, String subject, String username, String authorName,
                            String text, Instant at) {
        var id = MessageId.random();
        jdbc.sql("""
                        INSERT INTO casehandling.case_messages (id, case_id, from_client, author_subject, author_username,
                            author_name, text, written_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), caseId.value(), fromClient, subject, username, authorName, text, utc(at))
                .update();
        return id;
    }

    /** The case a message belongs to, or empty for an unknown message. */
    public Optional<CaseId> caseOf(MessageId message) {
        return jdbc.sql("SELECT case_id FROM casehandling.case_messages WHERE id = ?").param(message.value())
                .query((rs, row) -> new CaseId(rs.getObject(1, UUID.class))).optional();
    }

    /** When a message was written, or empty for an unknown message. */
    public Optional<Instant> writtenAt(MessageId message) {
        return jdbc.sql("SELECT written_at FROM casehandling.case_messages WHERE id = ?").param(message.value())
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /** The case's messages, oldest first. */
    public List<MessageRow> thread(CaseId caseId) {
        return jdbc.sql("""
                        SELECT id, from_client, author_name, text, written_at FROM casehandling.case_messages
                        WHERE case_id = ? ORDER BY written_at, id""")
                .param(caseId.value())
                .query((rs, row) -> new MessageRow(new MessageId(rs.getObject("id", UUID.class)),
                        rs.getBoolean("from_client"), rs.getString("author_name"), rs.getString("text"),
                        rs.getObject("written_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** How far the side has read the case's messages; empty when it never has. */
    public Optional<Instant> readUntil(CaseId caseId, Side side) {
        return jdbc.sql("SELECT read_until FROM casehandling.case_message_reads WHERE case_id = ? AND side = ?")
                .params(caseId.value(), side.name())
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /** Moves the side's read mark forward to {@code until} (never back). */
    public void markRead(CaseId caseId, Side side, Instant until) {
        jdbc.sql("""
                        INSERT INTO casehandling.case_message_reads (case_id, side, read_until) VALUES (?, ?, ?)
                        ON CONFLICT (case_id, side) DO UPDATE
                        SET read_until = GREATEST(casehandling.case_message_reads.read_until, EXCLUDED.read_until)""")
                .params(caseId.value(), side.name(), utc(until))
                .update();
    }

    public NoticeAddress noticeAddress(PersonId person) {
        return jdbc.sql("SELECT email, phone FROM casehandling.client_notice_addresses WHERE person_id = ?")
                .param(person.value())
                .query((rs, row) -> new NoticeAddress(rs.getString("email"), rs.getString("phone"))).optional()
                .orElse(NoticeAddress.NONE);
    }

    /** Sets where the client wants notices; both null removes it. */
    public void setNoticeAddress(PersonId person, NoticeAddress address, Instant at) {
        if (address.email() == null && address.phone() == null) {
            jdbc.sql("DELETE FROM casehandling.client_notice_addresses WHERE person_id = ?").param(person.value())
                    .update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO casehandling.client_notice_addresses (person_id, email, phone, changed_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (person_id) DO UPDATE SET email = EXCLUDED.email, phone = EXCLUDED.phone,
                            changed_at = EXCLUDED.changed_at""")
                .params(person.value(), address.email(), address.phone(), utc(at))
                .update();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
