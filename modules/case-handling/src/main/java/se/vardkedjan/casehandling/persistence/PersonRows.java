package se.vardkedjan.casehandling.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.IdentityKind;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.casehandling.domain.ContactDetails;
import se.vardkedjan.casehandling.domain.Person;
import se.vardkedjan.casehandling.domain.PersonalIdentity;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of persons in table {@code casehandling.persons}. */
@Repository
public class PersonRows {

    private static final String COLUMNS = """
            id, identity_kind, identity_number, birth_date, sex, given_name, family_name, phone, email,
            street_address, postal_code, city, protection, version""";

    private final JdbcClient jdbc;

    public PersonRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> find(PersonId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casehandling.persons WHERE id = ?")
                .param(id.value()).query(PersonRows::map).optional();
    }

    public Optional<Person> findByIdentityNumber(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casehandling.persons WHERE identity_number = ?")
                .param(number).query(PersonRows::map).optional();
    }

    /**
     * The persons whose given or family name contains the word (lower case, no blanks), as {@code id, family_name,
     * given_name, identity_number}; two parameters, the LIKE pattern twice. A common word (a frequent surname) can
     * match one person in a hundred of the whole register, so the word is first matched against the distinct names
     * ({@code person_names}, a small table) and the persons are then found by equality on those names, from the name
     * indexes alone (index-only scans of {@code persons_by_family} and {@code persons_by_given}), never reading the
     * rows of all the matches.
     */
    public static final String NAME_MATCHES = """
            SELECT id, family_name, given_name, identity_number FROM casehandling.persons
            WHERE family_name = ANY(ARRAY(SELECT name FROM casehandling.person_names WHERE lower(name) LIKE ?))
            UNION
            SELECT id, family_name, given_name, identity_number FROM casehandling.persons
            WHERE given_name = ANY(ARRAY(SELECT name FROM casehandling.person_names WHERE lower(name) LIKE ?))""";

    /** The LIKE pattern for a word in a name: contains it, case-insensitive. */
    public static String namePattern(String word) {
        return "%" + escapeLike(word.toLowerCase()) + "%";
    }

    /**
     * PersonRows whose identity number starts with the digits, or whose name contains every given word. One word goes
     * through the names ({@link #NAME_MATCHES}, only the page's rows are read); several words narrow each other, and
     * the trigram index on the full name intersects them before any row is read.
     */
    public List<Person> search(String digits, List<String> words, int limit) {
        if (digits != null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM casehandling.persons WHERE identity_number LIKE ? "
                            + "ORDER BY identity_number LIMIT ?")
                    .params(digits + "%", limit).query(PersonRows::map).list();
        }
        if (words.size() == 1) {
            var pattern = namePattern(words.getFirst());
            return jdbc.sql("SELECT " + COLUMNS + " FROM casehandling.persons WHERE id IN (SELECT id FROM ("
                            + NAME_MATCHES + ") matches ORDER BY family_name, given_name, identity_number LIMIT ?) "
                            + "ORDER BY family_name, given_name, identity_number")
                    .params(pattern, pattern, limit).query(PersonRows::map).list();
        }
        var where = new StringBuilder();
        var params = new java.util.ArrayList<Object>();
        for (var word : words) {
            where.append(where.isEmpty() ? "" : " AND ").append("search_name LIKE ?");
            params.add(namePattern(word));
        }
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM casehandling.persons WHERE " + where
                        + " ORDER BY family_name, given_name, identity_number LIMIT ?")
                .params(params).query(PersonRows::map).list();
    }

    public int nextReserveSequence() {
        return jdbc.sql("SELECT nextval('casehandling.reserve_number_sequence')").query(Long.class).single()
                .intValue() % 1000;
    }

    public void insert(Person person) {
        var contact = person.contact();
        var identity = person.identity();
        jdbc.sql("""
                        INSERT INTO casehandling.persons (id, identity_kind, identity_number, birth_date, sex, given_name,
                            family_name, phone, email, street_address, postal_code, city, protection, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(person.id().value(), identity.kind().name(), identity.number(), identity.birthDate(),
                        identity.sex().name(), person.givenName(), person.familyName(), contact.phone(),
                        contact.email(), contact.streetAddress(), contact.postalCode(), contact.city(),
                        person.protection().name())
                .update();
    }

    /** Saves contact details and protection; refuses when someone else saved the person since it was read. */
    public void update(Person person) {
        var contact = person.contact();
        var rows = jdbc.sql("""
                        UPDATE casehandling.persons SET phone = ?, email = ?, street_address = ?, postal_code = ?,
                            city = ?, protection = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(contact.phone(), contact.email(), contact.streetAddress(), contact.postalCode(),
                        contact.city(), person.protection().name(), person.id().value(), person.version())
                .update();
        if (rows != 1) {
            throw new ConcurrentChange("person", person.id());
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        var identity = PersonalIdentity.restore(IdentityKind.valueOf(rs.getString("identity_kind")),
                rs.getString("identity_number"), rs.getObject("birth_date", java.time.LocalDate.class),
                Sex.valueOf(rs.getString("sex")));
        var contact = new ContactDetails(rs.getString("phone"), rs.getString("email"), rs.getString("street_address"),
                rs.getString("postal_code"), rs.getString("city"));
        return Person.restore(new PersonId(rs.getObject("id", UUID.class)), identity, rs.getString("given_name"),
                rs.getString("family_name"), contact, ProtectionLevel.valueOf(rs.getString("protection")),
                rs.getLong("version"));
    }
}
