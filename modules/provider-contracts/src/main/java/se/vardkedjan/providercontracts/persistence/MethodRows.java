package se.vardkedjan.providercontracts.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.domain.Method;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The intervention catalogue ({@code providercontracts.methods}, {@code method_intervention_types}): a method is
 * saved with optimistic locking (its version), the intervention types it refines by difference. Never deleted.
 */
@Repository
public class MethodRows {

    private final JdbcClient jdbc;

    public MethodRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Method> find(MethodCode code) {
        return jdbc.sql("SELECT * FROM providercontracts.methods WHERE code = ?").param(code.value())
                .query((rs, n) -> map(rs, typesOf(code))).optional();
    }

    /** The active methods that refine an intervention type, by Swedish name (what an assignment may name). */
    public List<Method> activeFor(InterventionType type) {
        return all().stream().filter(method -> method.active() && method.interventionTypes().contains(type))
                .toList();
    }

    /** The whole catalogue, active methods first, by Swedish name. */
    public List<Method> all() {
        var types = new HashMap<String, Set<InterventionType>>();
        jdbc.sql("SELECT method_code, intervention_type FROM providercontracts.method_intervention_types")
                .query((rs, n) -> types.computeIfAbsent(rs.getString(1), code -> EnumSet.noneOf(
                        InterventionType.class)).add(InterventionType.valueOf(rs.getString(2)))).list();
        return jdbc.sql("SELECT * FROM providercontracts.methods ORDER BY active DESC, name_sv")
                .query((rs, n) -> map(rs, types.getOrDefault(rs.getString("code"), Set.of()))).list();
    }

    public void insert(Method method, String changedBy, Instant at) {
        var inserted = jdbc.sql("INSERT INTO providercontracts.methods (code, name_sv, name_en, guideline_priority, "
                        + "guideline_reference, active, changed_at, changed_by, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (code) DO NOTHING")
                .params(method.code().value(), method.nameSv(), method.nameEn(), method.guidelinePriority(),
                        method.guidelineReference(), method.active(), Timestamp.from(at), changedBy)
                .update();
        if (inserted != 1) {
            throw RuleViolation.forField("providercontracts.method.code", "providercontracts.error.method-code-taken",
                    method.code().value());
        }
        saveTypes(method.code(), Set.of(), method.interventionTypes());
    }

    /**
     * Stores the changed method if it is still at the version it was read at; its intervention types by difference.
     *
     * @throws ConcurrentChange when someone else changed it since; nothing is stored
     */
    public void update(Method method, String changedBy, Instant at) {
        var stored = find(method.code()).orElseThrow(() -> new ConcurrentChange("method", method.code()));
        var updated = jdbc.sql("UPDATE providercontracts.methods SET name_sv = ?, name_en = ?, guideline_priority = ?, "
                        + "guideline_reference = ?, active = ?, changed_at = ?, changed_by = ?, version = version + 1 "
                        + "WHERE code = ? AND version = ?")
                .params(method.nameSv(), method.nameEn(), method.guidelinePriority(), method.guidelineReference(),
                        method.active(), Timestamp.from(at), changedBy, method.code().value(), method.version())
                .update();
        if (updated != 1) {
            throw new ConcurrentChange("method", method.code());
        }
        saveTypes(method.code(), stored.interventionTypes(), method.interventionTypes());
    }

    private void saveTypes(MethodCode code, Set<InterventionType> stored, Set<InterventionType> types) {
        for (var removed : stored) {
            if (!types.contains(removed)) {
                jdbc.sql("DELETE FROM providercontracts.method_intervention_types WHERE method_code = ? "
                        + "AND intervention_type = ?").params(code.value(), removed.name()).update();
            }
        }
        for (var added : types) {
            if (!stored.contains(added)) {
                jdbc.sql("INSERT INTO providercontracts.method_intervention_types (method_code, intervention_type) "
                        + "VALUES (?, ?)").params(code.value(), added.name()).update();
            }
        }
    }

    private Set<InterventionType> typesOf(MethodCode code) {
        var types = EnumSet.noneOf(InterventionType.class);
        types.addAll(jdbc.sql("SELECT intervention_type FROM providercontracts.method_intervention_types "
                        + "WHERE method_code = ?").param(code.value())
                .query((rs, n) -> InterventionType.valueOf(rs.getString(1))).list());
        return types;
    }

    private static Method map(ResultSet rs, Set<InterventionType> types) throws SQLException {
        return new Method(new MethodCode(rs.getString("code")), rs.getString("name_sv"), rs.getString("name_en"),
                types, rs.getString("guideline_priority"), rs.getString("guideline_reference"),
                rs.getBoolean("active"), rs.getLong("version"));
    }
}
