package se.vardkedjan.providercontracts.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.providercontracts.domain.Assignment;
import se.vardkedjan.providercontracts.domain.AssignmentContent;
import se.vardkedjan.providercontracts.domain.AssignmentGoal;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.EndReason;
import se.vardkedjan.providercontracts.domain.EscalationStep;
import se.vardkedjan.providercontracts.domain.HistoryEntry;
import se.vardkedjan.providercontracts.domain.ProviderChoice;
import se.vardkedjan.providercontracts.domain.SharedPersonalData;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Assignments in the providercontracts schema, by hand-written SQL (ADR 0009): one live assignment per intervention
 * (the partial unique index), version-checked updates (a stale version is a {@link ConcurrentChange}), the history
 * and the goals appended, never rewritten.
 */
@Repository
public class AssignmentRows {

    /** The predicate of the unique index {@code assignments_one_live_per_intervention}. */
    private static final String LIVE = "status NOT IN ('WITHDRAWN', 'DECLINED') AND end_reason IS DISTINCT FROM 'REPLACED'";

    /** The states in which an assignment holds a place of its contract: sent and awaiting an answer, or taken. */
    private static final String HOLDING = "('SENT', 'RECEIVED', 'ACCEPTED', 'RUNNING')";

    private static final String SELECT = """
            SELECT a.id, a.case_id, a.decision_id, a.intervention_id, a.intervention_type, a.granted_from, a.status,
                   a.decided_on, a.method_code, a.provider_id, a.contract_id, a.clients_choice, a.starts_on,
                   a.expected_length, a.reporting, a.follow_up, a.contact_persons, a.client_consented,
                   a.share_address, a.share_phone, a.sent_at, a.accepted_start, a.decline_reason, a.started_on,
                   a.ended_on, a.end_reason, a.escalation_step, a.version
            FROM providercontracts.assignments a
            """;

    /** Who an assignment is addressed to and whose case it is: what the doors decide on. */
    public record AccessFacts(AssignmentId id, CaseId caseId, AssignmentStatus status, String providerCode) {
    }

    /** An assignment as stored, with its escalation step (kept outside the aggregate, claimed by the job). */
    /**
     * Who changes an assignment, as its history keeps them: the username and the display name (what the case staff and
     * the provider read), or the system (the listener, the escalation job) without a name.
     */
    public record By(String username, String name) {

        public static final By SYSTEM = new By(HistoryEntry.SYSTEM, null);

        public By {
            Objects.requireNonNull(username, "username");
        }

        public static By of(Actor actor) {
            var name = actor.displayName();
            return new By(actor.username(), name == null || name.isBlank() ? null : name);
        }
    }

    /** A history entry as stored: the entry and the display name of its actor (null for the system and old rows). */
    public record NamedEntry(HistoryEntry entry, String actorName) {
    }

    public record Stored(Assignment assignment, EscalationStep escalation) {
    }

    private final JdbcClient jdbc;

    public AssignmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a new draft unless the intervention already has a live assignment (an event that arrives twice, or a
     * draft the caseworker opened first), with the unit of its case (case handling's unit code, by value: what the
     * case staff's work items are filtered by). Returns whether it was inserted.
     */
    public boolean insertDraftIfNone(Assignment draft, UnitCode caseUnit, By by) {
        var inserted = jdbc.sql("""
                        INSERT INTO providercontracts.assignments (id, case_id, decision_id, intervention_id,
                            intervention_type, granted_from, status, changed_by, case_unit)
                        VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)
                        ON CONFLICT (intervention_id) WHERE %s DO NOTHING""".formatted(LIVE))
                .params(draft.id().value(), draft.caseId().value(), draft.decisionId().value(),
                        draft.interventionId().value(), draft.interventionType().name(), date(draft.grantedFrom()), by.username(),
                        caseUnit == null ? null : caseUnit.value())
                .update() == 1;
        if (inserted) {
            appendHistory(draft.id(), draft.newHistory(), by);
        }
        return inserted;
    }

    /**
     * Inserts the intervention's first draft, for the listener of a granted intervention: nothing when the
     * intervention has any assignment, live or not. An {@code InterventionGranted} handed over again after its
     * assignment was declined or withdrawn (a resubmitted publication, ADR 0033) makes no second draft; another
     * provider is chosen by the caseworker ({@code Assignments.draftAnother}). Two deliveries at the same moment both
     * find none, and the unique index on the live assignment lets one of them insert. Returns whether it inserted.
     */
    public boolean insertFirstDraft(Assignment draft, UnitCode caseUnit, By by) {
        var any = jdbc.sql("SELECT EXISTS (SELECT 1 FROM providercontracts.assignments WHERE intervention_id = ?)")
                .param(draft.interventionId().value()).query(Boolean.class).single();
        return !any && insertDraftIfNone(draft, caseUnit, by);
    }

    /** Saves a changed assignment if nobody changed it since it was read, and appends its new history. */
    public void update(Assignment assignment, By by) {
        var choice = assignment.choice();
        var content = assignment.content();
        var sharing = content.sharing();
        var updated = jdbc.sql("""
                        UPDATE providercontracts.assignments SET status = ?, decided_on = ?, method_code = ?,
                            provider_id = ?, contract_id = ?, clients_choice = ?, starts_on = ?, expected_length = ?,
                            reporting = ?, follow_up = ?, contact_persons = ?, client_consented = ?,
                            share_address = ?, share_phone = ?, sent_at = ?, accepted_start = ?, decline_reason = ?,
                            started_on = ?, ended_on = ?, end_reason = ?, changed_at = now(), changed_by = ?,
                            version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(assignment.status().name(), date(assignment.decidedOn()),
                        choice == null ? null : choice.method().value(),
                        choice == null ? null : choice.provider().value(),
                        choice == null ? null : choice.contract().value(), choice != null && choice.clientsChoice(),
                        date(content.startsOn()), content.expectedLength(), content.reporting(), content.followUp(),
                        content.contactPersons(), sharing.clientConsented(), sharing.address(), sharing.phone(),
                        assignment.sentAt() == null ? null : Timestamp.from(assignment.sentAt()),
                        date(assignment.acceptedStart()), assignment.declineReason(), date(assignment.startedOn()),
                        date(assignment.endedOn()),
                        assignment.endReason() == null ? null : assignment.endReason().name(), by.username(),
                        assignment.id().value(), assignment.version())
                .update();
        if (updated != 1) {
            throw new ConcurrentChange("assignment", assignment.id());
        }
        if (assignment.status() == AssignmentStatus.SENT && goalsOf(assignment.id()).isEmpty()) {
            var position = 0;
            for (var goal : assignment.goals()) {
                jdbc.sql("""
                                INSERT INTO providercontracts.assignment_goals (assignment_id, position, goal_id, text)
                                VALUES (?, ?, ?, ?)""")
                        .params(assignment.id().value(), position++, goal.goalId(), goal.text()).update();
            }
        }
        appendHistory(assignment.id(), assignment.newHistory(), by);
    }

    public Optional<Stored> find(AssignmentId id) {
        return jdbc.sql(SELECT + "WHERE a.id = ?").param(id.value()).query(this::map).optional();
    }

    /** The case's assignments, newest first. */
    public List<Stored> ofCase(CaseId caseId) {
        return jdbc.sql(SELECT + "WHERE a.case_id = ? ORDER BY a.created_at DESC, a.id")
                .param(caseId.value()).query(this::map).list();
    }

    /** The live assignment of an intervention, if any. */
    public Optional<Stored> liveOf(InterventionId interventionId) {
        return jdbc.sql(SELECT + "WHERE a.intervention_id = ? AND " + LIVE.replace("status", "a.status")
                        .replace("end_reason", "a.end_reason"))
                .param(interventionId.value()).query(this::map).optional();
    }

    /** The latest assignment of an intervention (live or not), to open a new draft from a declined one. */
    public Optional<Stored> latestOf(InterventionId interventionId) {
        return jdbc.sql(SELECT + "WHERE a.intervention_id = ? ORDER BY a.created_at DESC LIMIT 1")
                .param(interventionId.value()).query(this::map).optional();
    }

    /** Who an assignment is addressed to: the provider's code (null before a provider is chosen). */
    public Optional<AccessFacts> accessFacts(AssignmentId id) {
        return jdbc.sql("""
                        SELECT a.id, a.case_id, a.status, p.code FROM providercontracts.assignments a
                        LEFT JOIN providercontracts.providers p ON p.id = a.provider_id WHERE a.id = ?""")
                .param(id.value())
                .query((rs, n) -> new AccessFacts(new AssignmentId(rs.getObject("id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        AssignmentStatus.valueOf(rs.getString("status")), rs.getString("code")))
                .optional();
    }

    /** The name of the provider an assignment is addressed to, or empty when none is chosen. */
    public Optional<String> providerNameOf(AssignmentId id) {
        return jdbc.sql("""
                        SELECT p.name FROM providercontracts.assignments a
                        JOIN providercontracts.providers p ON p.id = a.provider_id WHERE a.id = ?""")
                .param(id.value()).query(String.class).optional();
    }

    /** Assignments addressed to the given providers (by code) in the given states, oldest sent first. */
    public List<Stored> addressedTo(Collection<String> providerCodes, Collection<AssignmentStatus> states, int limit) {
        if (providerCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                        JOIN providercontracts.providers p ON p.id = a.provider_id
                        WHERE p.code = ANY(?) AND a.status = ANY(?) ORDER BY a.sent_at, a.id LIMIT ?""")
                .params(providerCodes.toArray(String[]::new),
                        states.stream().map(Enum::name).toArray(String[]::new), limit)
                .query(this::map).list();
    }

    /** One row of the provider's list: what the inbox page and the API show, and the case (for the access log). */
    public record ListedRow(AssignmentId id, CaseId caseId, long version, AssignmentStatus status,
                            InterventionType interventionType, String methodCode, String methodSv, String methodEn,
                            Instant sentAt, LocalDate startsOn, LocalDate acceptedStart, LocalDate startedOn,
                            LocalDate endedOn, int escalationStep) {
    }

    /** A page of the provider's list and how many assignments the states hold in all. */
    public record Listed(List<ListedRow> rows, long total) {
    }

    /**
     * One page of the assignments sent to the given providers (by code) in the given states, by when they were sent
     * (then by id, so pages are stable; index {@code assignments_provider_inbox}, read forwards or backwards),
     * {@code limit} rows from {@code offset}, with the number the states hold in all (an index-only count). One
     * statement: the count is joined to the page, so a page past the end still tells the total.
     */
    public Listed addressedTo(Collection<String> providerCodes, Collection<AssignmentStatus> states,
                              boolean newestFirst, int limit, long offset) {
        if (providerCodes.isEmpty()) {
            return new Listed(List.of(), 0);
        }
        var total = new long[1];
        var rows = jdbc.sql("""
                        WITH chosen AS (SELECT p.id FROM providercontracts.providers p WHERE p.code = ANY(?)),
                        total AS (SELECT count(*) AS n FROM providercontracts.assignments a
                                  WHERE a.provider_id IN (SELECT id FROM chosen) AND a.status = ANY(?)
                                    AND a.sent_at IS NOT NULL),
                        page AS (SELECT a.id, a.case_id, a.version, a.status, a.intervention_type, a.method_code,
                                        m.name_sv, m.name_en, a.sent_at, a.starts_on, a.accepted_start, a.started_on,
                                        a.ended_on, a.escalation_step
                                 FROM providercontracts.assignments a
                                 LEFT JOIN providercontracts.methods m ON m.code = a.method_code
                                 WHERE a.provider_id IN (SELECT id FROM chosen) AND a.status = ANY(?)
                                   AND a.sent_at IS NOT NULL
                                 ORDER BY %s LIMIT ? OFFSET ?)
                        SELECT total.n, page.* FROM total LEFT JOIN page ON true ORDER BY %s"""
                        .formatted(newestFirst ? "a.sent_at DESC, a.id DESC" : "a.sent_at, a.id",
                                newestFirst ? "page.sent_at DESC, page.id DESC" : "page.sent_at, page.id"))
                .params(providerCodes.toArray(String[]::new), states(states), states(states), limit, offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("n");
                    var id = rs.getObject("id", UUID.class);
                    return id == null ? null : new ListedRow(new AssignmentId(id),
                            new CaseId(rs.getObject("case_id", UUID.class)), rs.getLong("version"),
                            AssignmentStatus.valueOf(rs.getString("status")),
                            InterventionType.valueOf(rs.getString("intervention_type")), rs.getString("method_code"),
                            rs.getString("name_sv"), rs.getString("name_en"), rs.getTimestamp("sent_at").toInstant(),
                            localDate(rs, "starts_on"), localDate(rs, "accepted_start"), localDate(rs, "started_on"),
                            localDate(rs, "ended_on"), rs.getInt("escalation_step"));
                })
                .list();
        return new Listed(rows.stream().filter(Objects::nonNull).toList(), total[0]);
    }

    private static String[] states(Collection<AssignmentStatus> states) {
        return states.stream().map(Enum::name).toArray(String[]::new);
    }

    /** Appends an entry to an assignment's history that is no change of the assignment itself (a plan established). */
    public void recordHistory(AssignmentId id, HistoryEntry entry, By by) {
        appendHistory(id, List.of(entry), by);
    }

    /**
     * Declined assignments with no live successor, and those escalated to the case staff, of cases in the given units:
     * the caseworker's work (the caller still confirms each case by case handling's rule).
     */
    public List<Stored> needingCaseStaff(Collection<UnitCode> units, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                        WHERE a.case_unit = ANY(?)
                          AND ((a.status = 'DECLINED' AND NOT EXISTS (SELECT 1 FROM providercontracts.assignments b
                                  WHERE b.intervention_id = a.intervention_id AND b.created_at > a.created_at))
                            OR (a.status IN ('SENT', 'RECEIVED') AND a.escalation_step = 2))
                        ORDER BY a.changed_at LIMIT ?""")
                .params(units.stream().map(UnitCode::value).toArray(String[]::new), limit).query(this::map).list();
    }

    /** The stored history of an assignment, oldest first. */
    public List<NamedEntry> history(AssignmentId id) {
        return jdbc.sql("""
                        SELECT at, actor, actor_name, event, detail FROM providercontracts.assignment_history
                        WHERE assignment_id = ? ORDER BY id""")
                .param(id.value())
                .query((rs, n) -> new NamedEntry(new HistoryEntry(rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("event"), rs.getString("detail")),
                        rs.getString("actor_name")))
                .list();
    }

    // ---- Escalation

    /** Sent assignments still awaiting an answer that have not reached the last step: the job's candidates. */
    public List<Stored> awaitingAnswer(int limit) {
        return jdbc.sql(SELECT + """
                        WHERE a.status IN ('SENT', 'RECEIVED') AND a.escalation_step < 2
                        ORDER BY a.sent_at LIMIT ?""")
                .param(limit).query(this::map).list();
    }

    /**
     * Claims one escalation step: moves the assignment from the step before to this one, only if it still awaits an
     * answer and nobody (no other node) has recorded the step. Returns whether this call recorded it; then the history
     * gets its entry in the same transaction.
     */
    public boolean claimEscalation(AssignmentId id, EscalationStep step, Instant at) {
        var claimed = jdbc.sql("""
                        UPDATE providercontracts.assignments SET escalation_step = ?, escalated_at = ?
                        WHERE id = ? AND escalation_step = ? AND status IN ('SENT', 'RECEIVED')""")
                .params(step.level(), Timestamp.from(at), id.value(), step.level() - 1).update() == 1;
        if (claimed) {
            appendHistory(id, List.of(new HistoryEntry(at, HistoryEntry.SYSTEM, "ESCALATED", step.name())), By.SYSTEM);
        }
        return claimed;
    }

    // ---- Capacity

    /**
     * How many of a contract's places are held: by its assignments sent and awaiting an answer, accepted or running
     * (ADR 0024), but the one given (whose own place is being decided). Count it after locking the contract's row
     * ({@code ContractRows.lockPlaces}) when a place is to be taken.
     */
    public int held(ContractId contract, AssignmentId except) {
        return jdbc.sql("""
                        SELECT count(*) FROM providercontracts.assignments
                        WHERE contract_id = ? AND status IN %s AND id <> ?""".formatted(HOLDING))
                .params(contract.value(), except.value()).query(Integer.class).single();
    }

    /** The places held on each of the contracts (absent: none). */
    public java.util.Map<ContractId, Integer> held(Collection<ContractId> contracts) {
        var held = new java.util.HashMap<ContractId, Integer>();
        if (contracts.isEmpty()) {
            return held;
        }
        jdbc.sql("""
                        SELECT contract_id, count(*) AS held FROM providercontracts.assignments
                        WHERE contract_id = ANY(?) AND status IN %s GROUP BY contract_id""".formatted(HOLDING))
                .param(contracts.stream().map(ContractId::value).toArray(UUID[]::new))
                .query((rs, n) -> held.put(new ContractId(rs.getObject("contract_id", UUID.class)),
                        rs.getInt("held")))
                .list();
        return held;
    }

    // ---- Mapping

    private List<AssignmentGoal> goalsOf(AssignmentId id) {
        return jdbc.sql("""
                        SELECT goal_id, text FROM providercontracts.assignment_goals WHERE assignment_id = ?
                        ORDER BY position""")
                .param(id.value())
                .query((rs, n) -> new AssignmentGoal(rs.getObject("goal_id", UUID.class), rs.getString("text")))
                .list();
    }

    /** Appends the entries, each with {@code by}'s display name when {@code by} made it (the entry names them). */
    private void appendHistory(AssignmentId id, List<HistoryEntry> entries, By by) {
        for (var entry : entries) {
            jdbc.sql("""
                            INSERT INTO providercontracts.assignment_history (assignment_id, at, actor, actor_name,
                                event, detail)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id.value(), Timestamp.from(entry.at()), entry.actor(),
                            entry.actor().equals(by.username()) ? by.name() : null, entry.event(), entry.detail())
                    .update();
        }
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        var id = new AssignmentId(rs.getObject("id", UUID.class));
        var method = rs.getString("method_code");
        var choice = method == null || rs.getObject("contract_id") == null ? null
                : new ProviderChoice(new MethodCode(method), new ProviderId(rs.getObject("provider_id", UUID.class)),
                        new ContractId(rs.getObject("contract_id", UUID.class)), rs.getBoolean("clients_choice"));
        var content = new AssignmentContent(localDate(rs, "starts_on"), rs.getString("expected_length"),
                rs.getString("reporting"), rs.getString("follow_up"), rs.getString("contact_persons"),
                new SharedPersonalData(rs.getBoolean("client_consented"), rs.getBoolean("share_address"),
                        rs.getBoolean("share_phone")));
        var status = AssignmentStatus.valueOf(rs.getString("status"));
        var sentAt = rs.getTimestamp("sent_at");
        var endReason = rs.getString("end_reason");
        var assignment = Assignment.restore(id, new CaseId(rs.getObject("case_id", UUID.class)),
                new DecisionId(rs.getObject("decision_id", UUID.class)),
                new InterventionId(rs.getObject("intervention_id", UUID.class)),
                InterventionType.valueOf(rs.getString("intervention_type")), localDate(rs, "granted_from"),
                rs.getLong("version"), status, localDate(rs, "decided_on"), choice, content,
                status == AssignmentStatus.DRAFT ? List.of() : goalsOf(id),
                sentAt == null ? null : sentAt.toInstant(), localDate(rs, "accepted_start"),
                rs.getString("decline_reason"), localDate(rs, "started_on"), localDate(rs, "ended_on"),
                endReason == null ? null : EndReason.valueOf(endReason));
        return new Stored(assignment, EscalationStep.ofLevel(rs.getInt("escalation_step")));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        var value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }
}
