package se.vardkedjan.organisation.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.organisation.District;
import se.vardkedjan.organisation.OrganisationUnit;
import se.vardkedjan.organisation.UnitContact;
import se.vardkedjan.organisation.StaffMember;
import se.vardkedjan.organisation.StaffNames;
import se.vardkedjan.organisation.domain.OrganisationFile;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation register: districts, units and staff with their units, in {@code organisation.districts},
 * {@code units}, {@code staff_members} and {@code staff_units}. UnitRows carry a version for optimistic locking.
 */
@Repository
public class UnitRows {

    private final JdbcClient jdbc;

    public UnitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM organisation.units)").query(Boolean.class).single();
    }

    public List<District> districts() {
        return jdbc.sql("SELECT code, name FROM organisation.districts ORDER BY name, code")
                .query((rs, row) -> new District(rs.getString("code"), rs.getString("name"))).list();
    }

    public Set<String> districtCodes() {
        return Set.copyOf(jdbc.sql("SELECT code FROM organisation.districts").query(String.class).list());
    }

    public List<OrganisationUnit> units() {
        return jdbc.sql("SELECT * FROM organisation.units ORDER BY district_code, name, code")
                .query((rs, row) -> new OrganisationUnit(new UnitCode(rs.getString("code")),
                        rs.getString("district_code"), rs.getString("name"), rs.getBoolean("active"),
                        rs.getLong("version"), contact(rs)))
                .list();
    }

    /** The unit's contact details; empty when the register has no such unit. */
    public Optional<UnitContact> unitContact(UnitCode code) {
        return jdbc.sql("SELECT phone, phone_hours, email, visiting_address FROM organisation.units WHERE code = ?")
                .param(code.value()).query((rs, row) -> contact(rs)).optional();
    }

    /** Replaces the unit's contact details as the caller read the unit; refuses when someone changed it since. */
    public void updateContact(UnitCode code, long version, UnitContact contact) {
        var rows = jdbc.sql("""
                        UPDATE organisation.units SET phone = ?, phone_hours = ?, email = ?, visiting_address = ?,
                            version = version + 1
                        WHERE code = ? AND version = ?""")
                .params(contact.phone(), contact.phoneHours(), contact.email(), contact.visitingAddress(),
                        code.value(), version).update();
        if (rows != 1) {
            throw new ConcurrentChange("unit", code);
        }
    }

    private static UnitContact contact(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UnitContact(rs.getString("phone"), rs.getString("phone_hours"), rs.getString("email"),
                rs.getString("visiting_address"));
    }

    public Optional<OrganisationUnit> unit(UnitCode code) {
        return units().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public Set<UnitCode> unitCodes() {
        return jdbc.sql("SELECT code FROM organisation.units").query(String.class).list().stream()
                .map(UnitCode::new).collect(Collectors.toSet());
    }

    /** The display names of the given staff, in one query; see {@link StaffNames} for usernames not registered. */
    public StaffNames staffNames(Collection<String> usernames) {
        var wanted = usernames.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return new StaffNames(Map.of());
        }
        var found = new HashMap<String, String>();
        jdbc.sql("SELECT username, display_name FROM organisation.staff_members WHERE username = ANY(?)")
                .param(wanted)
                .query(rs -> {
                    found.put(rs.getString("username"), rs.getString("display_name"));
                });
        return new StaffNames(found);
    }

    /** The name of a unit; empty when the register has no such unit. */
    public Optional<String> unitName(UnitCode code) {
        return jdbc.sql("SELECT name FROM organisation.units WHERE code = ?").param(code.value())
                .query(String.class).optional();
    }

    public Optional<StaffMember> staffMember(String username) {
        return staff("WHERE s.username = ?", username).stream().findFirst();
    }

    public List<StaffMember> staffMembers() {
        return staff("", null);
    }

    public List<StaffMember> staffOfUnit(UnitCode unit) {
        return staff("WHERE s.username IN (SELECT username FROM organisation.staff_units WHERE unit_code = ?)",
                unit.value());
    }

    /** The usernames of the unit's active staff in the register. */
    public Set<String> activeStaffOfUnit(UnitCode unit) {
        return Set.copyOf(jdbc.sql("""
                        SELECT s.username FROM organisation.staff_members s
                        JOIN organisation.staff_units u ON u.username = s.username
                        WHERE u.unit_code = ? AND s.active""")
                .param(unit.value()).query(String.class).list());
    }

    private List<StaffMember> staff(String where, String param) {
        var sql = """
                SELECT s.username, s.display_name, s.title,
                       array(SELECT unit_code FROM organisation.staff_units u WHERE u.username = s.username
                             ORDER BY unit_code) AS units
                FROM organisation.staff_members s %s ORDER BY s.display_name, s.username""".formatted(where);
        var statement = jdbc.sql(sql);
        if (param != null) {
            statement = statement.param(param);
        }
        return statement.query((rs, row) -> new StaffMember(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("title"), Arrays.stream((String[]) rs.getArray("units").getArray())
                        .map(UnitCode::new).collect(Collectors.toCollection(LinkedHashSet::new))))
                .list();
    }

    /** Stores a checked file: districts, units and staff are inserted or updated; a staff line sets all their units. */
    public void store(OrganisationFile file) {
        for (var d : file.districts()) {
            insertOrRenameDistrict(d.code(), d.name());
        }
        for (var u : file.units()) {
            jdbc.sql("""
                            INSERT INTO organisation.units (code, district_code, name, active, version)
                            VALUES (?, ?, ?, ?, 0)
                            ON CONFLICT (code) DO UPDATE SET district_code = excluded.district_code,
                                name = excluded.name, active = excluded.active, version = units.version + 1
                            WHERE (units.district_code, units.name, units.active)
                                IS DISTINCT FROM (excluded.district_code, excluded.name, excluded.active)""")
                    .params(u.code().value(), u.districtCode(), u.name(), u.active()).update();
        }
        for (var c : file.contacts()) {
            jdbc.sql("""
                            UPDATE organisation.units SET phone = ?, phone_hours = ?, email = ?, visiting_address = ?,
                                version = version + 1
                            WHERE code = ? AND (phone, phone_hours, email, visiting_address)
                                IS DISTINCT FROM (?, ?, ?, ?)""")
                    .params(c.contact().phone(), c.contact().phoneHours(), c.contact().email(),
                            c.contact().visitingAddress(), c.unit().value(), c.contact().phone(),
                            c.contact().phoneHours(), c.contact().email(), c.contact().visitingAddress()).update();
        }
        for (var s : file.staff()) {
            upsertStaffMember(s.username(), s.displayName(), s.title());
            jdbc.sql("DELETE FROM organisation.staff_units WHERE username = ?").param(s.username()).update();
            for (var unit : s.units()) {
                addToUnit(s.username(), unit);
            }
        }
    }

    public void insertOrRenameDistrict(String code, String name) {
        jdbc.sql("""
                        INSERT INTO organisation.districts (code, name) VALUES (?, ?)
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name""")
                .params(code, name).update();
    }

    /** Adds a unit; false when the code is taken. */
    public boolean insertUnit(UnitCode code, String districtCode, String name) {
        return jdbc.sql("""
                        INSERT INTO organisation.units (code, district_code, name, active, version)
                        VALUES (?, ?, ?, true, 0) ON CONFLICT DO NOTHING""")
                .params(code.value(), districtCode, name).update() == 1;
    }

    /** Renames and (de)activates a unit as the caller read it; refuses when someone else changed it since. */
    public void updateUnit(UnitCode code, long version, String name, boolean active) {
        var rows = jdbc.sql("""
                        UPDATE organisation.units SET name = ?, active = ?, version = version + 1
                        WHERE code = ? AND version = ?""")
                .params(name, active, code.value(), version).update();
        if (rows != 1) {
            throw new ConcurrentChange("unit", code);
        }
    }

    public void upsertStaffMember(String username, String displayName, String title) {
        jdbc.sql("""
                        INSERT INTO organisation.staff_members (username, display_name, title, version)
                        VALUES (?, ?, ?, 0)
                        ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name,
                            title = excluded.title, version = staff_members.version + 1
                        WHERE (staff_members.display_name, staff_members.title)
                            IS DISTINCT FROM (excluded.display_name, excluded.title)""")
                .params(username, displayName, title).update();
    }

    public void addToUnit(String username, UnitCode unit) {
        jdbc.sql("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(username, unit.value()).update();
    }

    public boolean removeFromUnit(String username, UnitCode unit) {
        return jdbc.sql("DELETE FROM organisation.staff_units WHERE username = ? AND unit_code = ?")
                .params(username, unit.value()).update() == 1;
    }
}
