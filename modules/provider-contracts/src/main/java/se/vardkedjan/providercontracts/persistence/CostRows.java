package se.vardkedjan.providercontracts.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.PriceUnit;
import se.vardkedjan.providercontracts.ProviderId;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The reported days counted per assignment and calendar month, with what the cost is summed by (ADR 0026): a day
 * counts unless a correction cancelled it, with its hours as corrected. One statement per question, driven from the
 * assignments it asks about, so that a provider's month reads its assignments (assignments_provider_status) and each
 * one's days through the primary key of attendance_days, and a month over everyone reads the month through
 * attendance_days_day.
 */
@Repository
public class CostRows {

    /** What one assignment was given in one month, and what prices it. */
    public record Month(AssignmentId assignmentId, YearMonth month, String interventionType, String method,
                        ProviderId provider, String providerName, String unit, PriceUnit priceUnit, long priceOre,
                        long days, BigDecimal hours) {
    }

    /** Which assignments a question covers; null fields do not narrow it. */
    public record Filter(AssignmentId assignment, ProviderId provider, Collection<String> units) {

        public static Filter assignment(AssignmentId id) {
            return new Filter(id, null, null);
        }

        public static Filter provider(ProviderId id) {
            return new Filter(null, id, null);
        }
    }

    private final JdbcClient jdbc;

    public CostRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counted days per assignment and month, from the first day of {@code from} to the end of {@code to}. Only
     * assignments that can have days in the span are read: days are reported from the start to the end (ADR 0026), so
     * one that started after the span or ended before it is left out before its days are probed (a provider's
     * long-ended assignments would otherwise each cost an index probe of {@code attendance_days}).
     */
    public List<Month> months(Filter filter, YearMonth from, YearMonth to) {
        var first = Date.valueOf(from.atDay(1));
        var after = Date.valueOf(to.plusMonths(1).atDay(1));
        var where = new StringBuilder("d.day >= ? AND d.day < ?"
                + " AND a.started_on < ? AND (a.ended_on IS NULL OR a.ended_on >= ?)");
        var params = new ArrayList<Object>(List.of(first, after, after, first));
        if (filter.assignment() != null) {
            where.append(" AND a.id = ?");
            params.add(filter.assignment().value());
        }
        if (filter.provider() != null) {
            where.append(" AND a.provider_id = ?");
            params.add(filter.provider().value());
        }
        if (filter.units() != null) {
            where.append(" AND a.case_unit = ANY(?)");
            params.add(filter.units().toArray(String[]::new));
        }
        return jdbc.sql("""
                        SELECT a.id, a.intervention_type, a.method_code, a.provider_id, p.name AS provider_name,
                               a.case_unit, c.price_unit, c.price_ore,
                               CAST(date_trunc('month', d.day) AS date) AS month,
                               count(*) FILTER (WHERE x.day IS NULL OR x.hours IS NOT NULL) AS days,
                               coalesce(sum(CASE WHEN x.day IS NULL THEN d.hours ELSE x.hours END), 0) AS hours
                        FROM providercontracts.assignments a
                        JOIN providercontracts.contracts c ON c.id = a.contract_id
                        JOIN providercontracts.providers p ON p.id = a.provider_id
                        JOIN providercontracts.attendance_days d ON d.assignment_id = a.id
                        LEFT JOIN providercontracts.attendance_corrected_days x
                            ON x.assignment_id = d.assignment_id AND x.day = d.day
                        WHERE %s
                        GROUP BY a.id, p.name, c.price_unit, c.price_ore, CAST(date_trunc('month', d.day) AS date)
                        ORDER BY month, a.id""".formatted(where))
                .params(params)
                .query((rs, n) -> new Month(new AssignmentId(rs.getObject("id", UUID.class)),
                        YearMonth.from(rs.getDate("month").toLocalDate()), rs.getString("intervention_type"),
                        rs.getString("method_code"), new ProviderId(rs.getObject("provider_id", UUID.class)),
                        rs.getString("provider_name"), rs.getString("case_unit"),
                        PriceUnit.valueOf(rs.getString("price_unit")), rs.getLong("price_ore"), rs.getLong("days"),
                        rs.getBigDecimal("hours")))
                .list();
    }

    /** The first counted day of each of the assignments (FIXED is priced in its month). */
    public Map<AssignmentId, LocalDate> firstCountedDays(Set<AssignmentId> assignments) {
        var found = new HashMap<AssignmentId, LocalDate>();
        if (assignments.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT d.assignment_id, min(d.day) AS first_day FROM providercontracts.attendance_days d
                        LEFT JOIN providercontracts.attendance_corrected_days x
                            ON x.assignment_id = d.assignment_id AND x.day = d.day
                        WHERE d.assignment_id = ANY(?) AND (x.day IS NULL OR x.hours IS NOT NULL)
                        GROUP BY d.assignment_id""")
                .param(assignments.stream().map(AssignmentId::value).toArray(UUID[]::new))
                .query((rs, n) -> found.put(new AssignmentId(rs.getObject("assignment_id", UUID.class)),
                        rs.getDate("first_day").toLocalDate()))
                .list();
        return found;
    }

    /** The price unit and price of the assignment's contract, if it has one. */
    public java.util.Optional<Object[]> price(AssignmentId id) {
        return jdbc.sql("""
                        SELECT c.price_unit, c.price_ore FROM providercontracts.assignments a
                        JOIN providercontracts.contracts c ON c.id = a.contract_id WHERE a.id = ?""")
                .param(id.value())
                .query((rs, n) -> new Object[] {PriceUnit.valueOf(rs.getString("price_unit")),
                        rs.getLong("price_ore")})
                .optional();
    }

    /** The provider with the organisation code, if registered. */
    public java.util.Optional<ProviderId> providerWithCode(String code) {
        return jdbc.sql("SELECT id FROM providercontracts.providers WHERE code = ?").param(code)
                .query(UUID.class).optional().map(ProviderId::new);
    }
}
