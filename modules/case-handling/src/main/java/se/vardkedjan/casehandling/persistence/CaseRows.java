package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.CaseListQuery;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.ReportingAuthority;
import se.vardkedjan.casehandling.domain.Case;
import se.vardkedjan.casehandling.domain.Closure;
import se.vardkedjan.casehandling.domain.Intake;
import se.vardkedjan.casehandling.domain.PersonalIdentity;
import se.vardkedjan.casehandling.domain.PreliminaryAssessment;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.casehandling.readmodel.CaseStage;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** CaseRows in table {@code casehandling.cases}; access facts include the staff named on protected cases. */
@Repository
public class CaseRows {

    /**
     * What access checks need to know about a case, read in one query: its unit, whether the person's identity is
     * protected, the Keycloak subjects of the staff named on it (those who have signed in), and whether it is open.
     */
    public record AccessFacts(CaseId caseId, PersonId personId, UnitCode unit, boolean protectedIdentity,
                              Set<String> namedSubjects, boolean open) {
    }

    /*
     * The access-facts SQL, in this one place: every query that decides or records who may see a case (here, and in
     * the other repositories through these constants) reads a case as {@code c} and its person as {@code p}.
     */

    /** Whether case {@code c} is open (intake, investigation, decided). */
    static final String IS_OPEN = "c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')";

    /** The Keycloak subjects of the staff named on case {@code c} (those who have signed in), as column {@code named}. */
    static final String NAMED_SUBJECTS = """
            array(SELECT n.subject FROM casehandling.case_named_staff n
                  WHERE n.case_id = c.id AND n.subject IS NOT NULL) AS named""";

    /**
     * Whether a user may see case {@code c} of person {@code p} as far as protection goes: the person's identity is not
     * protected, or the user is named on the case. Parameter: the user's Keycloak subject. (The case list uses an
     * equivalent form tuned for paging, in {@link #where}.)
     */
    static final String SEEN_BY_SUBJECT = """
            (p.protection = 'NONE' OR EXISTS (SELECT 1 FROM casehandling.case_named_staff n
                 WHERE n.case_id = c.id AND n.subject = ?))""";

    /** The access facts' columns, for a query on {@code cases c JOIN persons p}. */
    private static final String FACTS = "SELECT c.id, c.person_id, c.unit_code, p.protection, " + IS_OPEN
            + " AS open, " + NAMED_SUBJECTS + """

            FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
            """;
    private static final String OPEN = " AND " + IS_OPEN;

    /**
     * The persons with cases in the given units whose given or family name contains a word, from the indexes of
     * {@code unit_persons} alone. Parameters: the units, the word's LIKE pattern, the units, the pattern.
     */
    private static final String UNIT_PERSONS_NAMED = """
            SELECT up.person_id FROM casehandling.unit_persons up
            WHERE up.unit_code = ANY(?) AND up.family_name = ANY(ARRAY(
                SELECT name FROM casehandling.person_names WHERE lower(name) LIKE ?))
            UNION
            SELECT up.person_id FROM casehandling.unit_persons up
            WHERE up.unit_code = ANY(?) AND up.given_name = ANY(ARRAY(
                SELECT name FROM casehandling.person_names WHERE lower(name) LIKE ?))""";

    /**
     * The status of the case {@code c}'s latest decision or proposal (a proposal before a decision of the same moment),
     * as the case's stage reads it ({@link CaseStage#of}); the case head and the list read the same.
     */
    private static final String LATEST_DECISION = """
            (SELECT d.status FROM casehandling.decisions d WHERE d.case_id = c.id
             ORDER BY d.created_at DESC, CASE d.status WHEN 'PROPOSED' THEN 0 WHEN 'DECIDED' THEN 1 ELSE 2 END
             LIMIT 1)""";

    /** The register's names of a list row's responsible caseworker and unit (null when the register has none). */
    private static final String NAMES = "rsm.display_name AS responsible_name, ru.name AS unit_name, "
            + "(SELECT ci.status FROM casehandling.investigations ci WHERE ci.case_id = c.id) AS investigation, "
            + LATEST_DECISION + " AS decision";
    private static final String NAMES_JOIN = """

            LEFT JOIN organisation.staff_members rsm ON rsm.username = c.responsible
            LEFT JOIN organisation.units ru ON ru.code = c.unit_code""";

    private final JdbcClient jdbc;

    public CaseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccessFacts> accessFacts(CaseId id) {
        return jdbc.sql(FACTS + "WHERE c.id = ?").param(id.value()).query(CaseRows::mapFacts).optional();
    }

    /**
     * The responsible caseworker (username) of each of the given cases that is open and has one; ids and staff
     * usernames only (for another module's lists of a caseworker's own cases).
     */
    public java.util.Map<CaseId, String> responsibleOf(java.util.Collection<CaseId> ids) {
        var found = new java.util.LinkedHashMap<CaseId, String>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT c.id, c.responsible FROM casehandling.cases c WHERE c.id = ANY(?) AND c.responsible "
                        + "IS NOT NULL AND " + IS_OPEN)
                .param(ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    found.put(new CaseId(rs.getObject("id", UUID.class)), rs.getString("responsible"));
                });
        return found;
    }

    /** The open cases of the units the username is responsible for (ids only, from the responsible's index). */
    public List<CaseId> openCasesOf(String responsible, java.util.Collection<UnitCode> units) {
        return jdbc.sql("SELECT c.id FROM casehandling.cases c WHERE c.responsible = ? AND c.unit_code = ANY(?) AND "
                        + IS_OPEN)
                .params(responsible, units.stream().map(UnitCode::value).toArray(String[]::new))
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).list();
    }

    /** The names of the persons of the given cases whose identity is not protected, by case. */
    public java.util.Map<CaseId, String> unprotectedNamesOf(java.util.Collection<CaseId> ids) {
        var found = new java.util.LinkedHashMap<CaseId, String>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT c.id, p.given_name, p.family_name FROM casehandling.cases c
                        JOIN casehandling.persons p ON p.id = c.person_id
                        WHERE c.id = ANY(?) AND p.protection = 'NONE'""")
                .param(ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    found.put(new CaseId(rs.getObject("id", UUID.class)),
                            rs.getString("given_name") + " " + rs.getString("family_name"));
                });
        return found;
    }

    public Optional<Case> find(CaseId id) {
        return jdbc.sql("SELECT c.* FROM casehandling.cases c WHERE c.id = ?")
                .param(id.value()).query(CaseRows::map).optional();
    }

    /**
     * What the case page's head needs besides the case: the stage (from the status, the investigation's status and the
     * latest decision's) and how many unsigned drafts the user has in the case's journal (drafts are the author's
     * own). One query on the indexed case ids of the investigation, the decisions and the journal.
     */
    public StageFacts stageFacts(CaseId id, CaseStatus status, String username) {
        return jdbc.sql("""
                        SELECT (SELECT i.status FROM casehandling.investigations i WHERE i.case_id = c.id)
                                   AS investigation,
                               """ + LATEST_DECISION + """
                                AS decision,
                               (SELECT count(*) FROM casehandling.journal_entries j WHERE j.case_id = c.id
                                AND j.signed_at IS NULL AND j.author_username = :username) AS drafts
                        FROM (SELECT CAST(:id AS uuid) AS id) c""")
                .param("id", id.value())
                .param("username", username)
                .query((rs, row) -> new StageFacts(stage(status, rs), rs.getInt("drafts")))
                .single();
    }

    /** The stage of a case of the given status from a row's {@code investigation} and {@code decision} statuses. */
    private static CaseStage stage(CaseStatus status, ResultSet rs) throws SQLException {
        return CaseStage.of(status,
                rs.getString("investigation") == null ? null
                        : InvestigationStatus.valueOf(rs.getString("investigation")),
                rs.getString("decision") == null ? null : DecisionStatus.valueOf(rs.getString("decision")));
    }

    /** The case's stage, and the number of the user's own unsigned journal drafts in it. */
    public record StageFacts(CaseStage stage, int ownDrafts) {
    }

    /** Open cases (intake, investigation, decided) of a person, in any unit. */
    public List<AccessFacts> openCasesOf(PersonId person) {
        return jdbc.sql(FACTS + "WHERE c.person_id = ?" + OPEN).param(person.value()).query(CaseRows::mapFacts).list();
    }

    /**
     * The case a client's own pages show (ADR 0028): the person's newest open case, or their newest case when none is
     * open; empty when the person has none.
     */
    public Optional<CaseId> ownCaseOf(PersonId person) {
        return jdbc.sql("SELECT c.id FROM casehandling.cases c WHERE c.person_id = ? ORDER BY " + IS_OPEN
                        + " DESC, c.received_on DESC, c.id LIMIT 1")
                .param(person.value()).query((rs, row) -> new CaseId(rs.getObject(1, UUID.class))).optional();
    }

    /** Every case of a person, open or closed, in any unit. */
    public List<AccessFacts> casesOf(PersonId person) {
        return jdbc.sql(FACTS + "WHERE c.person_id = ?").param(person.value()).query(CaseRows::mapFacts).list();
    }

    /** Open cases of several persons in one query, by person. */
    public java.util.Map<PersonId, List<AccessFacts>> openCasesOf(java.util.Collection<PersonId> persons) {
        return byPerson(persons, OPEN);
    }

    /** Every case, open or closed, of several persons in one query, by person. */
    public java.util.Map<PersonId, List<AccessFacts>> casesOf(java.util.Collection<PersonId> persons) {
        return byPerson(persons, "");
    }

    private java.util.Map<PersonId, List<AccessFacts>> byPerson(java.util.Collection<PersonId> persons, String open) {
        if (persons.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql(FACTS + "WHERE c.person_id = ANY(?)" + open)
                .param(persons.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(CaseRows::mapFacts)
                .list().stream().collect(java.util.stream.Collectors.groupingBy(AccessFacts::personId));
    }

    private static AccessFacts mapFacts(ResultSet rs, int row) throws SQLException {
        return new AccessFacts(new CaseId(rs.getObject("id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)), new UnitCode(rs.getString("unit_code")),
                protectedIdentity(rs), namedSubjects(rs), rs.getBoolean("open"));
    }

    /** Whether the person's identity is protected, from column {@code protection}. */
    static boolean protectedIdentity(ResultSet rs) throws SQLException {
        return ProtectionLevel.valueOf(rs.getString("protection")).isProtected();
    }

    /** The named subjects, from column {@code named} ({@link #NAMED_SUBJECTS}). */
    static Set<String> namedSubjects(ResultSet rs) throws SQLException {
        return Set.copyOf(List.of((String[]) rs.getArray("named").getArray()));
    }

    public void insert(Case c) {
        var intake = c.intake();
        jdbc.sql("""
                        INSERT INTO casehandling.cases (id, person_id, unit_code, registered_by, responsible, status,
                            intake_kind, received_on, description, reporter_name, reporter_organisation,
                            reporting_authority, lvm_report, immediate_risks, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(c.id().value(), c.personId().value(), c.unit().value(), c.registeredBy(), c.responsible(),
                        c.status().name(), intake.kind().name(), intake.receivedOn(), intake.description(),
                        intake.reporterName(), intake.reporterOrganisation(),
                        intake.reportingAuthority() == null ? null : intake.reportingAuthority().name(),
                        intake.lvmReport(), intake.immediateRisks())
                .update();
    }

    /** Saves the case's changing parts; refuses when someone else saved it since it was read. */
    public void update(Case c) {
        var assessment = c.preliminaryAssessment();
        var closure = c.closure();
        var rows = jdbc.sql("""
                        UPDATE casehandling.cases SET responsible = ?, status = ?, assessment_outcome = ?,
                            assessment_reasons = ?, assessed_by = ?, assessed_on = ?, investigation_deadline = ?,
                            closed_on = ?, closure_reason = ?, closure_outcome = ?, closed_by = ?,
                            changed_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(c.responsible(), c.status().name(),
                        assessment == null ? null : assessment.outcome().name(),
                        assessment == null ? null : assessment.reasons(),
                        assessment == null ? null : assessment.assessedBy(),
                        assessment == null ? null : assessment.assessedOn(),
                        c.investigationDeadline(),
                        closure == null ? null : closure.closedOn(),
                        closure == null ? null : closure.reason().name(),
                        closure == null ? null : closure.outcome(),
                        closure == null ? null : closure.closedBy(),
                        c.id().value(), c.version())
                .update();
        if (rows != 1) {
            throw new ConcurrentChange("case", c.id());
        }
    }

    /**
     * One page of the cases the user may see: their units, and protected cases only where they are named. The page's
     * ids are picked from the cases alone (index {@code cases_unit_status_list}, index-only) and only those rows are
     * joined to their persons and to the register's names of the responsible caseworker and the unit; the persons
     * are joined first only to filter or sort by them.
     */
    public List<CaseListItem> list(CaseListQuery query, String username, String subject, Set<UnitCode> units,
                                   LocalDate today, int offset, int limit) {
        var byPerson = query.sort() == CaseListQuery.Sort.PERSON || query.sort() == CaseListQuery.Sort.IDENTITY
                || needsPersonRow(query);
        var order = " ORDER BY " + switch (query.sort()) {
            case RECEIVED_ON -> "c.received_on";
            case DEADLINE -> "c.investigation_deadline";
            case PERSON -> "p.family_name";
            case STATUS -> "c.status";
            case IDENTITY -> "p.identity_number";
            case KIND -> "c.intake_kind";
            case RESPONSIBLE -> "coalesce(rsm.display_name, c.responsible)";
            case UNIT -> "coalesce(ru.name, c.unit_code)";
        } + (query.ascending() ? " ASC NULLS LAST" : " DESC NULLS LAST") + ", c.id";
        var sql = new StringBuilder("SELECT c.id FROM casehandling.cases c");
        if (byPerson) {
            sql.append(" JOIN casehandling.persons p ON p.id = c.person_id");
        }
        if (query.sort() == CaseListQuery.Sort.RESPONSIBLE || query.sort() == CaseListQuery.Sort.UNIT) {
            sql.append(NAMES_JOIN);
        }
        var params = new ArrayList<Object>();
        where(sql, params, query, username, subject, units, today);
        sql.append(order).append(" LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        var page = """
                SELECT c.id, c.person_id, p.given_name, p.family_name, p.identity_kind, p.identity_number,
                       p.birth_date, p.sex, p.protection, c.unit_code, c.responsible, c.status, c.intake_kind,
                       c.received_on, c.investigation_deadline, %s
                FROM (%s) page
                JOIN casehandling.cases c ON c.id = page.id
                JOIN casehandling.persons p ON p.id = c.person_id%s""".formatted(NAMES, sql, NAMES_JOIN) + order;
        return jdbc.sql(page).params(params).query(CaseRows::mapListItem).list();
    }

    /** How many cases the query finds; the persons are joined only to filter by them. */
    public int count(CaseListQuery query, String username, String subject, Set<UnitCode> units, LocalDate today) {
        var sql = new StringBuilder("SELECT count(*) FROM casehandling.cases c");
        if (needsPersonRow(query)) {
            sql.append(" JOIN casehandling.persons p ON p.id = c.person_id");
        }
        var params = new ArrayList<Object>();
        where(sql, params, query, username, subject, units, today);
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    /**
     * Whether the filter reads the person's row: a number (the words of a name are matched through the names and
     * {@code unit_persons}, without the row).
     */
    private static boolean needsPersonRow(CaseListQuery query) {
        return query.personTerm() != null && isNumber(query.personTerm());
    }

    private static boolean isNumber(String term) {
        return term.replaceAll("[-+ ]", "").matches("\\d{2,12}");
    }

    /**
     * The filter of a list: the units, protected cases only where the user's subject is named, then the query's own.
     * {@code username} is what "my cases" compare with the responsible caseworker.
     */
    private static void where(StringBuilder sql, List<Object> params, CaseListQuery query, String username,
                              String subject, Set<UnitCode> units, LocalDate today) {
        // One unit (the usual case) as an equality, so that a page in received order is read from the index in that
        // order (cases_unit_received) and stops at the page; "= ANY" gives no order.
        if (units.size() == 1) {
            sql.append(" WHERE c.unit_code = ?");
            params.add(units.iterator().next().value());
        } else {
            sql.append(" WHERE c.unit_code = ANY(?)");
            params.add(units.stream().map(UnitCode::value).toArray(String[]::new));
        }
        // Protected persons are few: their ids are read once into a hash (index persons_protected), so the cases need
        // no join with the persons to be counted or paged.
        sql.append(" AND (c.person_id NOT IN (SELECT pr.id FROM casehandling.persons pr "
                + "WHERE pr.protection <> 'NONE') OR EXISTS (SELECT 1 FROM casehandling.case_named_staff n "
                + "WHERE n.case_id = c.id AND n.subject = ?))");
        params.add(subject);
        if (query.scope() == CaseListQuery.Scope.MINE) {
            sql.append(" AND c.responsible = ?");
            params.add(username);
        }
        if (query.responsible() != null) {
            sql.append(" AND c.responsible = ?");
            params.add(query.responsible());
        }
        if (query.filter() != null) {
            savedFilter(sql, params, query.filter(), today);
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" AND c.status = ANY(?)");
            params.add(query.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (query.deadlineBefore() != null) {
            sql.append(" AND c.investigation_deadline < ?");
            params.add(query.deadlineBefore());
        }
        if (query.personTerm() != null) {
            var digits = query.personTerm().replaceAll("[-+ ]", "");
            if (isNumber(query.personTerm())) {
                sql.append(" AND p.identity_number LIKE ?");
                params.add((digits.length() == 10 || digits.length() == 6 ? "__" : "") + digits + "%");
            } else {
                // Each word is matched against the distinct names (as in PersonRows.NAME_MATCHES), and the persons
                // with those names are read from the units' own persons (unit_persons, index-only), so a common name
                // costs the unit's matches, not the whole register's; several words intersect their persons. A word
                // has no space, so it is part of the full name (search_name) exactly when it is part of the given or
                // the family name. The persons are an array read once ("= ANY(ARRAY(...))"), so their cases are
                // looked up in cases_person; "IN (...)" let PostgreSQL, which cannot know how few they are, join
                // them with every case of the unit instead.
                var unitCodes = units.stream().map(UnitCode::value).toArray(String[]::new);
                var words = query.personTerm().toLowerCase().split("\\s+");
                sql.append(" AND c.person_id = ANY(ARRAY(");
                for (var i = 0; i < words.length; i++) {
                    sql.append(i == 0 ? "(" : " INTERSECT (").append(UNIT_PERSONS_NAMED).append(")");
                    var pattern = PersonRows.namePattern(words[i]);
                    params.add(unitCodes);
                    params.add(pattern);
                    params.add(unitCodes);
                    params.add(pattern);
                }
                sql.append("))");
            }
        }
    }

    /** An undecided case whose investigation is not complete (its deadline still runs). */
    private static final String DEADLINE_RUNS = " AND c.status IN ('INTAKE', 'INVESTIGATION')"
            + " AND NOT EXISTS (SELECT 1 FROM casehandling.investigations i"
            + " WHERE i.case_id = c.id AND i.status = 'COMPLETED')";

    /** A saved filter's condition (CaseListQuery.Filter), as the start page counts the same work (WorkItemRows). */
    private static void savedFilter(StringBuilder sql, List<Object> params, CaseListQuery.Filter filter,
                                    LocalDate today) {
        switch (filter) {
            case OVERDUE -> {
                sql.append(DEADLINE_RUNS).append(" AND c.investigation_deadline < ?");
                params.add(today);
            }
            case DEADLINE_THIS_WEEK -> {
                sql.append(DEADLINE_RUNS).append(" AND c.investigation_deadline BETWEEN ? AND ?");
                params.add(today);
                params.add(today.plusDays(7 - today.getDayOfWeek().getValue()));
            }
            case UNASSIGNED -> sql.append(" AND c.responsible IS NULL");
            case FOLLOW_UPS_DUE -> {
                sql.append(" AND EXISTS (SELECT 1 FROM casehandling.care_plans cp"
                        + " JOIN casehandling.care_plan_goals g ON g.care_plan_id = cp.id"
                        + " WHERE cp.case_id = c.id AND cp.status = 'AGREED' AND g.follow_up_on BETWEEN ? AND ?)");
                params.add(today.minusDays(se.vardkedjan.casehandling.Workday.FOLLOW_UP_LOOKBACK_DAYS));
                params.add(today.plusDays(se.vardkedjan.casehandling.CaseHandling.DEADLINE_REMINDER_DAYS));
            }
            case DRAFTS -> sql.append(" AND EXISTS (SELECT 1 FROM casehandling.journal_entries j"
                    + " WHERE j.case_id = c.id AND j.signed_at IS NULL)");
        }
    }

    private static CaseListItem mapListItem(ResultSet rs, int row) throws SQLException {
        var identity = PersonalIdentity.restore(
                se.vardkedjan.casehandling.IdentityKind.valueOf(rs.getString("identity_kind")),
                rs.getString("identity_number"), rs.getObject("birth_date", LocalDate.class),
                se.vardkedjan.casehandling.Sex.valueOf(rs.getString("sex")));
        return new CaseListItem(new CaseId(rs.getObject("id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("given_name") + " " + rs.getString("family_name"), identity.formatted(),
                ProtectionLevel.valueOf(rs.getString("protection")), new UnitCode(rs.getString("unit_code")),
                orElse(rs.getString("unit_name"), rs.getString("unit_code")), rs.getString("responsible"),
                orElse(rs.getString("responsible_name"), rs.getString("responsible")),
                CaseStatus.valueOf(rs.getString("status")),
                IntakeKind.valueOf(rs.getString("intake_kind")), rs.getObject("received_on", LocalDate.class),
                rs.getObject("investigation_deadline", LocalDate.class),
                stage(CaseStatus.valueOf(rs.getString("status")), rs));
    }

    private static String orElse(String name, String fallback) {
        return name == null ? fallback : name;
    }

    private static Case map(ResultSet rs, int row) throws SQLException {
        var authority = rs.getString("reporting_authority");
        var intake = new Intake(IntakeKind.valueOf(rs.getString("intake_kind")),
                rs.getObject("received_on", LocalDate.class), rs.getString("description"),
                rs.getString("reporter_name"), rs.getString("reporter_organisation"),
                authority == null ? null : ReportingAuthority.valueOf(authority), rs.getBoolean("lvm_report"),
                rs.getString("immediate_risks"));
        var outcome = rs.getString("assessment_outcome");
        var assessment = outcome == null ? null : new PreliminaryAssessment(PreliminaryOutcome.valueOf(outcome),
                rs.getString("assessment_reasons"), rs.getString("assessed_by"),
                rs.getObject("assessed_on", LocalDate.class));
        var closureReason = rs.getString("closure_reason");
        var closure = closureReason == null ? null : new Closure(rs.getObject("closed_on", LocalDate.class),
                ClosureReason.valueOf(closureReason), rs.getString("closure_outcome"), rs.getString("closed_by"));
        return Case.restore(new CaseId(rs.getObject("id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)), new UnitCode(rs.getString("unit_code")), intake,
                rs.getString("registered_by"), rs.getString("responsible"), CaseStatus.valueOf(rs.getString("status")),
                assessment, rs.getObject("investigation_deadline", LocalDate.class), closure, rs.getLong("version"));
    }
}
