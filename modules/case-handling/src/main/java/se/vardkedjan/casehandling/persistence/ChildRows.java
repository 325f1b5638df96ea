package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Saves an aggregate's child rows (a plan's goals, an investigation's sources) by their difference from what is
 * stored, by each child's key: rows whose key is gone are deleted, new keys inserted, and a stored row updated only
 * where a value changed; an unchanged row is not written. So a child keeps its row (and its id, for anything that
 * refers to it) for as long as it is part of the aggregate, and saving a draft does not rewrite every part of it.
 * The parent's own row is saved first under its optimistic version, so two saves of the same aggregate never mix.
 *
 * @param table       the child table, e.g. {@code casehandling.care_plan_goals}
 * @param parent      the column naming the parent
 * @param key         the column that tells a child from its siblings: its id, or its position or kind where the
 *                    table has no id (the primary key is then the parent and this column)
 * @param columns     the child's other columns, in the order of {@link Row#values()}
 * @param position    the column holding the child's place in a list, if it is one of {@code columns} and unique
 *                    per parent (it is moved out of the way first when a child before it was removed); else null
 */
record ChildRows(String table, String parent, String key, List<String> columns, String position) {

    /** One child: its key and its values for {@link #columns()}. */
    record Row(Object key, List<Object> values) {

        static Row of(Object key, Object... values) {
            return new Row(key, java.util.Arrays.asList(values));
        }
    }

    /**
     * Makes the stored children of the parent those given, writing only the difference. A new child is a plain
     * insert, so a key stored for another parent is refused by the database as before, never taken over.
     */
    void save(JdbcClient jdbc, Object parentId, List<Row> rows, Object[] noKeys) {
        var keys = rows.stream().map(Row::key).toList().toArray(noKeys);
        jdbc.sql("DELETE FROM " + table + " WHERE " + parent + " = ? AND NOT (" + key + " = ANY(?))")
                .params(parentId, keys).update();
        if (rows.isEmpty()) {
            return;
        }
        Map<Object, Integer> stored = jdbc.sql("SELECT " + key + (position == null ? ", 0" : ", " + position)
                        + " FROM " + table + " WHERE " + parent + " = ?").param(parentId)
                .query((rs, n) -> Map.entry(rs.getObject(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (position != null) {
            movePositionsAside(jdbc, parentId, rows, stored);
        }
        var all = new ArrayList<String>();
        all.add(parent);
        all.add(key);
        all.addAll(columns);
        var insert = "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
                + String.join(", ", Collections.nCopies(all.size(), "?")) + ")";
        var update = "INSERT INTO " + table + " AS stored (" + String.join(", ", all) + ") VALUES ("
                + String.join(", ", Collections.nCopies(all.size(), "?")) + ") ON CONFLICT ("
                + (key.equals("id") ? "id" : parent + ", " + key) + ") DO UPDATE SET (" + String.join(", ", columns)
                + ") = ROW(" + prefixed("excluded.") + ") WHERE ROW(" + prefixed("stored.") + ") IS DISTINCT FROM ROW("
                + prefixed("excluded.") + ")";
        for (var row : rows) {
            var params = new ArrayList<>();
            params.add(parentId);
            params.add(row.key());
            params.addAll(row.values());
            jdbc.sql(stored.containsKey(row.key()) ? update : insert).params(params).update();
        }
    }

    /**
     * A stored child whose place changes (one before it was removed) first gets a place no new row takes, so that
     * the unique place per parent holds after every statement.
     */
    private void movePositionsAside(JdbcClient jdbc, Object parentId, List<Row> rows, Map<Object, Integer> stored) {
        var index = columns.indexOf(position);
        Map<Object, Object> wanted = rows.stream().collect(Collectors.toMap(Row::key, r -> r.values().get(index)));
        for (var child : stored.entrySet()) {
            var target = wanted.get(child.getKey());
            if (target != null && !target.equals(child.getValue())) {
                jdbc.sql("UPDATE " + table + " SET " + position + " = -1 - " + position + " WHERE " + parent
                        + " = ? AND " + key + " = ?").params(parentId, child.getKey()).update();
            }
        }
    }

    private String prefixed(String prefix) {
        return columns.stream().map(c -> prefix + c).collect(Collectors.joining(", "));
    }
}
