package se.vardkedjan.casehandling.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.InvestigationId;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.casehandling.domain.Investigation.Child;
import se.vardkedjan.casehandling.domain.Investigation.Communication;
import se.vardkedjan.casehandling.domain.Investigation.Need;
import se.vardkedjan.casehandling.domain.Investigation.Participation;
import se.vardkedjan.casehandling.domain.Investigation.Relative;
import se.vardkedjan.casehandling.domain.Investigation.Source;
import se.vardkedjan.casehandling.domain.Investigation;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Investigations in {@code casehandling.investigations} and their parts, saved together under one version. */
@Repository
public class InvestigationRows {

    /** An investigation with when its content was last saved. */
    public record Stored(Investigation investigation, Instant savedAt) {
    }

    private final JdbcClient jdbc;

    public InvestigationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> findByCase(CaseId caseId) {
        return jdbc.sql("SELECT * FROM casehandling.investigations WHERE case_id = ?").param(caseId.value())
                .query(this::map).optional();
    }

    private static final ChildRows SOURCES = new ChildRows("casehandling.investigation_sources", "investigation_id",
            "position", List.of("source_kind", "what", "gathered_on"), null);
    private static final ChildRows NEEDS = new ChildRows("casehandling.investigation_needs", "investigation_id",
            "life_area", List.of("severity", "client_view", "client_rating"), null);
    private static final ChildRows CHILDREN = new ChildRows("casehandling.investigation_children", "investigation_id",
            "position", List.of("birth_year", "relation", "living_arrangement", "needs_assessment",
            "concern_reported_on"), null);
    private static final ChildRows RELATIVES = new ChildRows("casehandling.investigation_relatives",
            "investigation_id", "position", List.of("name", "relation", "contact", "consent_to_contact"), null);

    /** Inserts a new investigation; another one saved for the case meanwhile counts as a concurrent change. */
    public void insert(Investigation investigation) {
        var i = investigation;
        try {
            jdbc.sql("""
                            INSERT INTO casehandling.investigations (id, case_id, status, started_on, subject,
                                participation_mode, participation_words, assessment, proposal, communicated_on,
                                communication_channel, client_response, completed_on, completed_by, children_answer,
                                relatives_answer, draft_saved_at, version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 0)""")
                    .params(concat(List.of(i.id().value(), i.caseId().value()), columns(i))).update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChange("investigation", investigation.caseId());
        }
        saveParts(investigation);
    }

    /** Saves the investigation as loaded at its version; refuses when someone else saved it meanwhile. */
    public void update(Investigation investigation) {
        var i = investigation;
        var rows = jdbc.sql("""
                        UPDATE casehandling.investigations SET status = ?, started_on = ?, subject = ?,
                            participation_mode = ?, participation_words = ?, assessment = ?, proposal = ?,
                            communicated_on = ?, communication_channel = ?, client_response = ?, completed_on = ?,
                            completed_by = ?, children_answer = ?, relatives_answer = ?, draft_saved_at = now(),
                            version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(concat(columns(i), List.of(i.id().value(), i.version())))
                .update();
        if (rows != 1) {
            throw new ConcurrentChange("investigation", i.id());
        }
        saveParts(investigation);
    }

    /**
     * The investigation's own columns from {@code status} to {@code completed_by}, in the table's order, then the
     * children and relatives answers (casehandling-1580).
     */
    private static List<Object> columns(Investigation i) {
        var c = i.content();
        var participation = c.participation();
        var communication = c.communication();
        return java.util.Arrays.asList(i.status().name(), c.startedOn(), c.subject(),
                participation == null || participation.mode() == null ? null : participation.mode().name(),
                participation == null ? null : participation.ownWords(), c.assessment(), c.proposal(),
                communication == null ? null : communication.communicatedOn(),
                communication == null || communication.channel() == null ? null : communication.channel().name(),
                communication == null ? null : communication.clientResponse(), i.completedOn(), i.completedBy(),
                c.childrenAnswer() == null ? null : c.childrenAnswer().name(),
                c.relativesAnswer() == null ? null : c.relativesAnswer().name());
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        var all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The parts kept in their own tables, saved by their difference from what is stored (see {@link ChildRows}). */
    private void saveParts(Investigation i) {
        var c = i.content();
        var id = i.id().value();
        var noPositions = new Integer[0];
        var position = new int[]{0};
        SOURCES.save(jdbc, id, c.sources().stream().map(source -> ChildRows.Row.of(position[0]++,
                source.kind().name(), source.what(), source.gatheredOn())).toList(), noPositions);
        NEEDS.save(jdbc, id, c.needs().stream().map(need -> ChildRows.Row.of(need.area().name(), need.severity(),
                need.clientView(), need.clientRating())).toList(), new String[0]);
        position[0] = 0;
        CHILDREN.save(jdbc, id, c.children().stream().map(child -> ChildRows.Row.of(position[0]++,
                child.birthYear(), child.relation(), child.livingArrangement(), child.needsAssessment(),
                child.concernReportedOn())).toList(), noPositions);
        position[0] = 0;
        RELATIVES.save(jdbc, id, c.relatives().stream().map(relative -> ChildRows.Row.of(position[0]++,
                relative.name(), relative.relation(), relative.contact(), relative.consentToContact())).toList(),
                noPositions);
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var sources = jdbc.sql("SELECT * FROM casehandling.investigation_sources WHERE investigation_id = ? "
                        + "ORDER BY position").param(id)
                .query((r, n) -> new Source(SourceKind.valueOf(r.getString("source_kind")), r.getString("what"),
                        r.getObject("gathered_on", LocalDate.class))).list();
        var needs = jdbc.sql("SELECT * FROM casehandling.investigation_needs WHERE investigation_id = ?").param(id)
                .query((r, n) -> new Need(LifeArea.valueOf(r.getString("life_area")),
                        r.getObject("severity", Integer.class), r.getString("client_view"),
                        r.getObject("client_rating", Integer.class))).list()
                .stream().sorted(java.util.Comparator.comparing(Need::area)).toList();
        var children = jdbc.sql("SELECT * FROM casehandling.investigation_children WHERE investigation_id = ? "
                        + "ORDER BY position").param(id)
                .query((r, n) -> new Child(r.getInt("birth_year"), r.getString("relation"),
                        r.getString("living_arrangement"), r.getString("needs_assessment"),
                        r.getObject("concern_reported_on", LocalDate.class))).list();
        var relatives = jdbc.sql("SELECT * FROM casehandling.investigation_relatives WHERE investigation_id = ? "
                        + "ORDER BY position").param(id)
                .query((r, n) -> new Relative(r.getString("name"), r.getString("relation"), r.getString("contact"),
                        r.getBoolean("consent_to_contact"))).list();
        var mode = rs.getString("participation_mode");
        var words = rs.getString("participation_words");
        var participation = mode == null && words == null ? null
                : new Participation(mode == null ? null : ParticipationMode.valueOf(mode), words);
        var communicatedOn = rs.getObject("communicated_on", LocalDate.class);
        var channel = rs.getString("communication_channel");
        var response = rs.getString("client_response");
        var communication = communicatedOn == null && channel == null && response == null ? null
                : new Communication(communicatedOn, channel == null ? null : CommunicationChannel.valueOf(channel),
                response);
        var childrenAnswer = rs.getString("children_answer");
        var relativesAnswer = rs.getString("relatives_answer");
        var content = new Investigation.Content(rs.getObject("started_on", LocalDate.class), rs.getString("subject"),
                sources, needs, children, relatives, participation, rs.getString("assessment"),
                rs.getString("proposal"), communication,
                childrenAnswer == null ? null : ChildrenAnswer.valueOf(childrenAnswer),
                relativesAnswer == null ? null : RelativesAnswer.valueOf(relativesAnswer));
        var investigation = Investigation.restore(new InvestigationId(id),
                new CaseId(rs.getObject("case_id", UUID.class)), content,
                InvestigationStatus.valueOf(rs.getString("status")), rs.getObject("completed_on", LocalDate.class),
                rs.getString("completed_by"), rs.getLong("version"));
        return new Stored(investigation, rs.getObject("draft_saved_at", OffsetDateTime.class).toInstant());
    }
}
