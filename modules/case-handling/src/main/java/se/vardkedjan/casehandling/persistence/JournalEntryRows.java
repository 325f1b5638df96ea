package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.JournalEntryId;
import se.vardkedjan.casehandling.JournalOrder;
import se.vardkedjan.casehandling.domain.Author;
import se.vardkedjan.casehandling.domain.JournalEntry;
import se.vardkedjan.casehandling.domain.JournalObjection;
import se.vardkedjan.casehandling.readmodel.JournalEntryDetails;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Journal entry versions in {@code casehandling.journal_entries}, with the client's objections and the releases to
 * the client. Signed rows are never updated or deleted: a trigger in the database refuses it, and this repository
 * only updates or deletes rows {@code WHERE signed_at IS NULL}.
 */
@Repository
public class JournalEntryRows {

    /** A released entry with what the access check needs about its case. */
    public record ReleasedRow(JournalEntry entry, PersonId personId, UnitCode unit, boolean protectedIdentity,
                              Set<String> namedSubjects) {
    }

    private static final String LATEST = """
            NOT EXISTS (SELECT 1 FROM casehandling.journal_entries n
                        WHERE n.original_id = e.original_id AND n.version_number > e.version_number)""";

    private final JdbcClient jdbc;

    public JournalEntryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(JournalEntry entry) {
        jdbc.sql("""
                        INSERT INTO casehandling.journal_entries (id, case_id, original_id, version_number, event_date,
                            title, text, author_username, author_name, created_at, signed_at, correction_reason,
                            version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(entry.id().value(), entry.caseId().value(), entry.originalId().value(),
                        entry.versionNumber(), entry.eventDate(), entry.title(), entry.text(),
                        entry.author().username(), entry.author().displayName(), Timestamp.from(entry.createdAt()),
                        entry.signedAt() == null ? null : Timestamp.from(entry.signedAt()), entry.correctionReason())
                .update();
    }

    /** Saves a draft (its text, or its signing); refuses when someone else saved it since it was read. */
    public void updateDraft(JournalEntry entry) {
        var rows = jdbc.sql("""
                        UPDATE casehandling.journal_entries SET event_date = ?, title = ?, text = ?, signed_at = ?,
                            version = version + 1
                        WHERE id = ? AND version = ? AND signed_at IS NULL""")
                .params(entry.eventDate(), entry.title(), entry.text(),
                        entry.signedAt() == null ? null : Timestamp.from(entry.signedAt()), entry.id().value(),
                        entry.version())
                .update();
        if (rows != 1) {
            throw new ConcurrentChange("journal entry", entry.id());
        }
    }

    public void deleteDraft(JournalEntry entry) {
        var rows = jdbc.sql("DELETE FROM casehandling.journal_entries WHERE id = ? AND version = ? AND signed_at IS NULL")
                .params(entry.id().value(), entry.version()).update();
        if (rows != 1) {
            throw new ConcurrentChange("journal entry", entry.id());
        }
    }

    public Optional<JournalEntry> find(JournalEntryId id) {
        return jdbc.sql("SELECT * FROM casehandling.journal_entries WHERE id = ?").param(id.value())
                .query(JournalEntryRows::map).optional();
    }

    public Optional<CaseId> caseOf(JournalEntryId id) {
        return jdbc.sql("SELECT case_id FROM casehandling.journal_entries WHERE id = ?").param(id.value())
                .query((rs, row) -> new CaseId(rs.getObject(1, UUID.class))).optional();
    }

    /** Whether a later version of this entry exists (it has been corrected). */
    public boolean hasLaterVersion(JournalEntry entry) {
        return jdbc.sql("SELECT count(*) FROM casehandling.journal_entries WHERE original_id = ? AND version_number > ?")
                .params(entry.originalId().value(), entry.versionNumber()).query(Long.class).single() > 0;
    }

    /**
     * One page of the case's journal: the latest version of each signed entry, and the user's own drafts, by event
     * date (index {@code journal_entries_case_event}).
     */
    public List<JournalEntry> page(CaseId caseId, String username, JournalOrder order, int offset, int limit) {
        var direction = order == JournalOrder.NEWEST_FIRST ? "DESC" : "ASC";
        return jdbc.sql("SELECT e.* FROM casehandling.journal_entries e WHERE e.case_id = ? "
                        + "AND (e.signed_at IS NOT NULL OR e.author_username = ?) AND " + LATEST
                        + " ORDER BY e.event_date " + direction + ", e.created_at " + direction + ", e.id "
                        + "LIMIT ? OFFSET ?")
                .params(caseId.value(), username, limit, offset).query(JournalEntryRows::map).list();
    }

    public int count(CaseId caseId, String username) {
        return jdbc.sql("SELECT count(*) FROM casehandling.journal_entries e WHERE e.case_id = ? "
                        + "AND (e.signed_at IS NOT NULL OR e.author_username = ?) AND " + LATEST)
                .params(caseId.value(), username).query(Integer.class).single();
    }

    /** Every version of an entry, the first first. */
    public List<JournalEntry> versions(JournalEntryId originalId) {
        return jdbc.sql("SELECT * FROM casehandling.journal_entries WHERE original_id = ? AND signed_at IS NOT NULL "
                        + "ORDER BY version_number")
                .param(originalId.value()).query(JournalEntryRows::map).list();
    }

    /** Every signed version of the given entries (by original id), the first first. */
    public Map<JournalEntryId, List<JournalEntry>> signedVersionsOf(Collection<JournalEntryId> originals) {
        var found = new HashMap<JournalEntryId, List<JournalEntry>>();
        if (originals.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT * FROM casehandling.journal_entries WHERE original_id = ANY(CAST(? AS uuid[])) "
                        + "AND signed_at IS NOT NULL ORDER BY original_id, version_number")
                .param(ids(originals))
                .query((rs, row) -> found.computeIfAbsent(new JournalEntryId(rs.getObject("original_id", UUID.class)),
                        key -> new ArrayList<>()).add(map(rs, row)))
                .list();
        return found;
    }

    public void insertObjection(JournalObjection objection, Instant now) {
        jdbc.sql("""
                        INSERT INTO casehandling.journal_objections (id, original_id, version_id, text, received_on,
                            recorded_by, recorded_by_name, recorded_at, written_by_client)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), objection.originalId().value(), objection.versionId().value(),
                        objection.text(), objection.receivedOn(), objection.recordedBy().username(),
                        objection.recordedBy().displayName(), Timestamp.from(now), objection.writtenByClient())
                .update();
    }

    /** The objections to the given entries (by original id), oldest first. */
    public Map<JournalEntryId, List<JournalEntryDetails.Objection>> objectionsOf(Collection<JournalEntryId> originals) {
        var found = new HashMap<JournalEntryId, List<JournalEntryDetails.Objection>>();
        if (originals.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT * FROM casehandling.journal_objections WHERE original_id = ANY(CAST(? AS uuid[])) "
                        + "ORDER BY recorded_at, id")
                .param(ids(originals))
                .query((rs, row) -> {
                    found.computeIfAbsent(new JournalEntryId(rs.getObject("original_id", UUID.class)),
                            key -> new ArrayList<>()).add(new JournalEntryDetails.Objection(
                            new JournalEntryId(rs.getObject("version_id", UUID.class)), rs.getString("text"),
                            rs.getObject("received_on", LocalDate.class), rs.getString("recorded_by_name"),
                            rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("written_by_client")));
                    return row;
                }).list();
        return found;
    }

    /** Records a release to the client or its revocation; rows are never changed. */
    public void insertRelease(JournalEntryId originalId, boolean released, boolean confidentialityChecked, Author by,
                              Instant now) {
        jdbc.sql("""
                        INSERT INTO casehandling.journal_releases (original_id, action, confidentiality_checked,
                            by_username, by_name, occurred_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(originalId.value(), released ? "RELEASED" : "REVOKED", confidentialityChecked,
                        by.username(), by.displayName(), Timestamp.from(now))
                .update();
    }

    /** The latest release decision per entry (by original id). */
    public Map<JournalEntryId, JournalEntryDetails.Release> releasesOf(Collection<JournalEntryId> originals) {
        var found = new HashMap<JournalEntryId, JournalEntryDetails.Release>();
        if (originals.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT DISTINCT ON (original_id) original_id, action, by_name, occurred_at "
                        + "FROM casehandling.journal_releases WHERE original_id = ANY(CAST(? AS uuid[])) "
                        + "ORDER BY original_id, id DESC")
                .param(ids(originals))
                .query((rs, row) -> found.put(new JournalEntryId(rs.getObject("original_id", UUID.class)),
                        new JournalEntryDetails.Release("RELEASED".equals(rs.getString("action")),
                                rs.getString("by_name"), rs.getTimestamp("occurred_at").toInstant())))
                .list();
        return found;
    }

    /**
     * The latest version of every entry released to the person (release not revoked), in any of their cases, newest
     * event first, with the case facts an access check needs.
     */
    public List<ReleasedRow> releasedOf(PersonId person) {
        return jdbc.sql("""
                        SELECT e.*, c.person_id, c.unit_code, p.protection,""" + CaseRows.NAMED_SUBJECTS + """

                        FROM casehandling.journal_entries e
                        JOIN casehandling.cases c ON c.id = e.case_id
                        JOIN casehandling.persons p ON p.id = c.person_id
                        WHERE c.person_id = ? AND e.signed_at IS NOT NULL""" + " AND " + LATEST + """
                           AND (SELECT r.action FROM casehandling.journal_releases r WHERE r.original_id = e.original_id
                                ORDER BY r.id DESC LIMIT 1) = 'RELEASED'
                        ORDER BY e.event_date DESC, e.created_at DESC""")
                .param(person.value())
                .query((rs, row) -> new ReleasedRow(map(rs, row), new PersonId(rs.getObject("person_id", UUID.class)),
                        new UnitCode(rs.getString("unit_code")),
                        CaseRows.protectedIdentity(rs), CaseRows.namedSubjects(rs)))
                .list();
    }

    private static String[] ids(Collection<JournalEntryId> ids) {
        return ids.stream().map(JournalEntryId::toString).distinct().toArray(String[]::new);
    }

    private static JournalEntry map(ResultSet rs, int row) throws SQLException {
        var signedAt = rs.getTimestamp("signed_at");
        return JournalEntry.restore(new JournalEntryId(rs.getObject("id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)),
                new JournalEntryId(rs.getObject("original_id", UUID.class)), rs.getInt("version_number"),
                rs.getObject("event_date", LocalDate.class), rs.getString("title"), rs.getString("text"),
                new Author(rs.getString("author_username"), rs.getString("author_name")),
                rs.getTimestamp("created_at").toInstant(), signedAt == null ? null : signedAt.toInstant(),
                rs.getString("correction_reason"), rs.getLong("version"));
    }
}
