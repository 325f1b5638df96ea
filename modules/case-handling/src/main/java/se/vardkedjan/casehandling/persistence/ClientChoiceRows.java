package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.sharedkernel.PersonId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The client's choices in the portal (ADR 0028, slice 2), as an append-only history in
 * {@code casehandling.client_choices} (casehandling-1391): rows are only ever inserted here, and the state of each kind
 * of choice is its newest row.
 */
@Repository
public class ClientChoiceRows {

    /** The kinds of rows in the history. */
    public enum Choice { TRUST, TRUST_REVOKED, HIDE, HIDE_OFF, BLOCK, BLOCK_OFF }

    /** One row of the history. */
    public record ChoiceRow(UUID id, PersonId person, Choice choice, String trustedNumber, Set<FileSection> sections,
                            Integer hideDays, String madeBySubject, Instant madeAt) {
    }

    private static final String COLUMNS = "id, person_id, choice, trusted_number, sections, hide_days, "
            + "made_by_subject, made_at";

    private final JdbcClient jdbc;

    public ClientChoiceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PersonId person, Choice choice, String trustedNumber, Set<FileSection> sections,
                       Integer hideDays, String subject, Instant at) {
        jdbc.sql("""
                        INSERT INTO casehandling.client_choices (id, person_id, choice, trusted_number, sections,
                            hide_days, made_by_subject, made_at)
                        VALUES (?, ?, ?, ?, ?::varchar[], ?, ?, ?)""")
                .params(UUID.randomUUID(), person.value(), choice.name(), trustedNumber,
                        sections == null ? null : sections.stream().map(Enum::name).sorted().toArray(String[]::new),
                        hideDays, subject, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** The person's whole history, newest first. */
    public List<ChoiceRow> history(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casehandling.client_choices WHERE person_id = ? ORDER BY seq DESC")
                .param(person.value()).query(ClientChoiceRows::map).list();
    }

    /** The adults the person trusts now: for each number, its newest row when that gives access. */
    public List<ChoiceRow> trusted(PersonId person) {
        return jdbc.sql("SELECT * FROM (SELECT DISTINCT ON (trusted_number) " + COLUMNS
                        + " FROM casehandling.client_choices WHERE person_id = ? AND trusted_number IS NOT NULL"
                        + " ORDER BY trusted_number, seq DESC) t WHERE choice = 'TRUST' ORDER BY made_at")
                .param(person.value()).query(ClientChoiceRows::map).list();
    }

    /** The persons who trust the adult with this number now, each with the row that gives the access. */
    public List<ChoiceRow> trusting(String trustedNumber) {
        return jdbc.sql("SELECT * FROM (SELECT DISTINCT ON (person_id) " + COLUMNS
                        + " FROM casehandling.client_choices WHERE trusted_number = ?"
                        + " ORDER BY person_id, seq DESC) t WHERE choice = 'TRUST' ORDER BY made_at")
                .param(trustedNumber).query(ClientChoiceRows::map).list();
    }

    /** The person's newest row of the two kinds (a choice and its reversal), if any. */
    public Optional<ChoiceRow> newest(PersonId person, Choice on, Choice off) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casehandling.client_choices WHERE person_id = ?"
                        + " AND choice IN (?, ?) ORDER BY seq DESC LIMIT 1")
                .params(person.value(), on.name(), off.name()).query(ClientChoiceRows::map).optional();
    }

    private static ChoiceRow map(ResultSet rs, int row) throws SQLException {
        var sections = rs.getArray("sections");
        var set = EnumSet.noneOf(FileSection.class);
        if (sections != null) {
            Arrays.stream((String[]) sections.getArray()).map(FileSection::valueOf).forEach(set::add);
        }
        var hideDays = rs.getObject("hide_days", Integer.class);
        return new ChoiceRow(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                Choice.valueOf(rs.getString("choice")), rs.getString("trusted_number"),
                sections == null ? null : Set.copyOf(set), hideDays, rs.getString("made_by_subject"),
                rs.getTimestamp("made_at").toInstant());
    }
}
