package se.vardkedjan.accesslog.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.accesslog.AccessHint;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessLogEntry;
import se.vardkedjan.accesslog.AccessLogParts;
import se.vardkedjan.accesslog.AccessLogQuery;
import se.vardkedjan.accesslog.AccessLogSort;
import se.vardkedjan.accesslog.AccessRecord;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The append-only access log in table {@code accesslog.access_log}. */
@Repository
public class AccessLogRows {

    /**
     * A row to write: the record, when, the name the organisation register gives its actor, and the page visit it was
     * written in (null outside a page).
     */
    public record NewRow(Instant occurredAt, String actorName, AccessRecord record, UUID visit) {
    }

    /**
     * Distinct persons whose file a user opened within ten minutes above which the user's reading is flagged
     * ("Många personer", ADR 0021). Rows written for searches and for overviews of many persons (a list's page, the
     * start page) do not count: browsing lists is ordinary work, opening file after file is a sweep.
     */
    public static final int MANY_PERSONS_THRESHOLD = 20;

    /** The window in which {@link #MANY_PERSONS_THRESHOLD} persons are counted. */
    public static final String MANY_PERSONS_WINDOW = "10 minutes";

    private static final String INSERT = """
            INSERT INTO accesslog.access_log (occurred_at, actor_subject, actor_username, actor_name, actor_units,
                person_id, case_id, case_unit, access_kind, what, purpose, outside_units, protected_identity, visit_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Weekends and outside 07–19, Swedish time, of the row {@code l}. */
    private static final String UNUSUAL_HOURS = """
            (extract(isodow FROM l.occurred_at AT TIME ZONE 'Europe/Stockholm') > 5
             OR extract(hour FROM l.occurred_at AT TIME ZONE 'Europe/Stockholm') NOT BETWEEN 7 AND 18)""";

    /**
     * The distinct persons whose file the row {@code l}'s user opened in the window up to it (one parameter: the
     * overview codes, which do not count).
     */
    private static final String PERSONS_NEARBY = """
            (SELECT count(DISTINCT o.person_id) FROM accesslog.access_log o
             WHERE o.actor_username = l.actor_username
               AND o.occurred_at BETWEEN l.occurred_at - interval '10 minutes' AND l.occurred_at
               AND o.purpose <> 'SEARCH' AND o.what <> ALL(?::varchar[]))""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final String[] overviewCodes;

    public AccessLogRows(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template,
                         List<AccessLogParts> parts) {
        this.jdbc = jdbc;
        this.template = template;
        this.overviewCodes = parts.stream().flatMap(part -> part.overviewCodes().stream()).distinct().sorted()
                .toArray(String[]::new);
    }

    public void insert(List<NewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate(INSERT, rows, 500, (ps, newRow) -> {
            var row = newRow.record();
            ps.setTimestamp(1, Timestamp.from(newRow.occurredAt()));
            ps.setString(2, row.actor().subject());
            ps.setString(3, row.actor().username());
            ps.setString(4, newRow.actorName());
            ps.setArray(5, ps.getConnection().createArrayOf("varchar",
                    row.actor().units().stream().map(UnitCode::value).sorted().toArray()));
            ps.setObject(6, row.personId().value());
            ps.setObject(7, row.caseId() == null ? null : row.caseId().value());
            ps.setString(8, row.caseUnit() == null ? null : row.caseUnit().value());
            ps.setString(9, row.kind().name());
            ps.setString(10, row.what());
            ps.setString(11, row.purpose().name());
            ps.setBoolean(12, row.outsideUnits());
            ps.setBoolean(13, row.protectedIdentity());
            ps.setObject(14, newRow.visit());
        });
    }

    /**
     * A page of rows, newest first, limited to what concerns the given units (the case's unit, or a user of the
     * units), or every row when {@code units} is null (the person's own view, filtered by person).
     */
    public List<AccessLogEntry> search(AccessLogQuery query, Set<UnitCode> units, int offset, int limit) {
        var sql = new StringBuilder("SELECT l.*, " + UNUSUAL_HOURS + " AS unusual_hours, " + PERSONS_NEARBY
                + " AS persons_nearby FROM accesslog.access_log l");
        var params = new ArrayList<Object>();
        params.add(overviewCodes);
        where(sql, params, query, units);
        if (query.onlyWithHints()) {
            sql.insert(0, "SELECT * FROM (").append(") h WHERE outside_units OR protected_identity OR unusual_hours "
                    + "OR persons_nearby > " + MANY_PERSONS_THRESHOLD);
            sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
        } else {
            sql.append(" ORDER BY l.occurred_at DESC, l.id DESC LIMIT ? OFFSET ?");
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(AccessLogRows::map).list();
    }

    /**
     * A page of page visits, newest first: the rows one visit wrote about one person, through one case, of one kind and
     * purpose, as one entry with every part; rows written outside a page stay alone. Limited as {@link #search}.
     */
    public List<AccessLogEntry> searchVisits(AccessLogQuery query, Set<UnitCode> units, int offset, int limit) {
        return searchVisits(query, AccessLogSort.newestFirst(), units, offset, limit);
    }

    /**
     * A page of page visits as {@link #searchVisits(AccessLogQuery, Set, int, int)}, in the given order: the database
     * sorts the grouped lines before the page is cut, with one of {@link #orderBy}'s fixed clauses.
     */
    public List<AccessLogEntry> searchVisits(AccessLogQuery query, AccessLogSort sort, Set<UnitCode> units,
                                             int offset, int limit) {
        var inner = new StringBuilder("""
                SELECT max(l.id) AS id, min(l.occurred_at) AS occurred_at, max(l.occurred_at) AS last_at,
                       l.actor_username, max(l.actor_name) AS actor_name, l.person_id, l.case_id,
                       max(l.case_unit) AS case_unit, l.access_kind, l.purpose,
                       (array_agg(l.what ORDER BY l.id))[1] AS what,
                       array_agg(l.what ORDER BY l.id) AS parts, count(*) AS part_rows,
                       bool_or(l.outside_units) AS outside_units, bool_or(l.protected_identity) AS protected_identity
                FROM accesslog.access_log l""");
        var params = new ArrayList<Object>();
        params.add(overviewCodes);
        var innerParams = new ArrayList<Object>();
        where(inner, innerParams, query, units);
        inner.append(" GROUP BY coalesce(l.visit_id::text, 'row-' || l.id), l.actor_username, l.person_id,"
                + " l.case_id, l.access_kind, l.purpose");
        var sql = new StringBuilder("SELECT * FROM (SELECT l.*, " + UNUSUAL_HOURS + " AS unusual_hours, "
                + PERSONS_NEARBY.replace("AND l.occurred_at", "AND l.last_at") + " AS persons_nearby FROM (")
                .append(inner).append(") l) h");
        params.addAll(innerParams);
        if (query.onlyWithHints()) {
            sql.append(" WHERE outside_units OR protected_identity OR unusual_hours OR persons_nearby > "
                    + MANY_PERSONS_THRESHOLD);
        }
        sql.append(" ORDER BY ").append(orderBy(sort)).append(" LIMIT ? OFFSET ?");
        if (sort.key() == AccessLogSort.Key.WHAT || sort.key() == AccessLogSort.Key.PURPOSE) {
            params.add(sort.textOrder().toArray(String[]::new));
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(AccessLogRows::mapVisit).list();
    }

    /**
     * The ORDER BY clause of a review's lines (columns of {@link #searchVisits}'s outer query), made of this class's
     * constants only: the key picks a clause, the direction one of two words. The text order, where a clause needs
     * it, is its one parameter. Lines with the same value keep the newest first.
     */
    static String orderBy(AccessLogSort sort) {
        var direction = sort.descending() ? " DESC" : " ASC";
        var nulls = sort.descending() ? " NULLS LAST" : " NULLS FIRST";
        var byText = "coalesce(array_position(?::varchar[], %s), 2147483647)";
        return switch (sort.key()) {
            case TIME -> "occurred_at" + direction + ", id" + direction;
            case USER -> "actor_name" + direction + nulls + ", actor_username" + direction + ", id DESC";
            case PERSON -> "person_id" + direction + ", id DESC";
            case WHAT -> byText.formatted("what") + direction + ", access_kind" + direction + ", id DESC";
            case PURPOSE -> byText.formatted("purpose") + direction + ", id DESC";
            case HINTS -> "(outside_units::int + protected_identity::int + unusual_hours::int + (persons_nearby > "
                    + MANY_PERSONS_THRESHOLD + ")::int)" + direction + ", id DESC";
        };
    }

    /** The id of the newest row (0 when there is none). */
    public long newestId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM accesslog.access_log").query(Long.class).single();
    }

    /** One row, when it concerns the given units (as {@link #search} decides). */
    public java.util.Optional<AccessLogEntry> find(long id, Set<UnitCode> units) {
        var sql = new StringBuilder("""
                SELECT l.*, false AS unusual_hours, 0 AS persons_nearby FROM accesslog.access_log l""");
        var params = new ArrayList<Object>();
        where(sql, params, AccessLogQuery.everything(), units);
        sql.append(" AND l.id = ?");
        params.add(id);
        return jdbc.sql(sql.toString()).params(params).query(AccessLogRows::map).optional();
    }

    public int count(AccessLogQuery query, Set<UnitCode> units) {
        if (query.onlyWithHints()) {
            // Hints need the per-row figures; counting them is as costly as listing, so bound it.
            return search(query, units, 0, 10_000).size();
        }
        var sql = new StringBuilder("SELECT count(*) FROM accesslog.access_log l");
        var params = new ArrayList<Object>();
        where(sql, params, query, units);
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    private static void where(StringBuilder sql, List<Object> params, AccessLogQuery query, Set<UnitCode> units) {
        sql.append(" WHERE true");
        if (units != null) {
            var codes = units.stream().map(UnitCode::value).toArray(String[]::new);
            sql.append(" AND (l.case_unit = ANY(?) OR l.actor_units && ?::varchar[])");
            params.add(codes);
            params.add(codes);
        }
        if (query.upToId() != null) {
            sql.append(" AND l.id <= ?");
            params.add(query.upToId());
        }
        if (query.caseId() != null) {
            sql.append(" AND l.case_id = ?");
            params.add(query.caseId().value());
        }
        if (query.person() != null) {
            sql.append(" AND l.person_id = ?");
            params.add(query.person().value());
        }
        if (query.username() != null) {
            sql.append(" AND l.actor_username = ?");
            params.add(query.username());
        }
        if (query.from() != null) {
            sql.append(" AND l.occurred_at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND l.occurred_at <= ?");
            params.add(Timestamp.from(query.to()));
        }
    }

    private static AccessLogEntry mapVisit(ResultSet rs, int row) throws SQLException {
        var one = map(rs, row);
        var parts = new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray("parts").getArray()));
        return new AccessLogEntry(one.id(), one.occurredAt(), one.actorUsername(), one.actorName(), one.personId(),
                one.caseId(), one.caseUnit(), one.kind(), parts.getFirst(), one.purpose(), one.hints(),
                List.copyOf(parts), rs.getInt("part_rows"));
    }

    private static AccessLogEntry map(ResultSet rs, int row) throws SQLException {
        var hints = EnumSet.noneOf(AccessHint.class);
        if (rs.getBoolean("outside_units")) {
            hints.add(AccessHint.OUTSIDE_UNITS);
        }
        if (rs.getBoolean("protected_identity")) {
            hints.add(AccessHint.PROTECTED_IDENTITY);
        }
        if (rs.getBoolean("unusual_hours")) {
            hints.add(AccessHint.UNUSUAL_HOURS);
        }
        if (rs.getInt("persons_nearby") > MANY_PERSONS_THRESHOLD) {
            hints.add(AccessHint.MANY_PERSONS);
        }
        var caseId = rs.getObject("case_id", UUID.class);
        var caseUnit = rs.getString("case_unit");
        return new AccessLogEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_username"), rs.getString("actor_name"),
                new PersonId(rs.getObject("person_id", UUID.class)), caseId == null ? null : new CaseId(caseId),
                caseUnit == null ? null : new UnitCode(caseUnit), AccessKind.valueOf(rs.getString("access_kind")),
                rs.getString("what"), Purpose.valueOf(rs.getString("purpose")), hints);
    }
}
