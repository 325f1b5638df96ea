package se.vardkedjan.organisation.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.organisation.LegalReference;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The maintained table of legal references, {@code organisation.legal_references}. */
@Repository
public class LegalReferenceRows {

    private final JdbcClient jdbc;

    public LegalReferenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LegalReference> find(String code) {
        return jdbc.sql("SELECT * FROM organisation.legal_references WHERE code = ?").param(code)
                .query(LegalReferenceRows::map).optional();
    }

    public List<LegalReference> all() {
        return jdbc.sql("SELECT * FROM organisation.legal_references ORDER BY valid_to NULLS FIRST, law, code")
                .query(LegalReferenceRows::map).list();
    }

    public List<LegalReference> validOn(LocalDate date) {
        return jdbc.sql("SELECT * FROM organisation.legal_references WHERE valid_from <= ? "
                        + "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY law, code")
                .params(date, date).query(LegalReferenceRows::map).list();
    }

    public void insert(LegalReference reference) {
        try {
            jdbc.sql("INSERT INTO organisation.legal_references (code, law, chapter, section, title, valid_from, "
                            + "valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(reference.code(), reference.law(), reference.chapter(), reference.section(),
                            reference.title(), reference.validFrom(), reference.validTo()).update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("organisation.error.legal-reference-exists", reference.code());
        }
    }

    /** Sets the last day the reference is valid. */
    public boolean retire(String code, LocalDate validTo) {
        return jdbc.sql("UPDATE organisation.legal_references SET valid_to = ?, version = version + 1 WHERE code = ?")
                .params(validTo, code).update() == 1;
    }

    static LegalReference map(ResultSet rs, int row) throws SQLException {
        return new LegalReference(rs.getString("code"), rs.getString("law"), rs.getString("chapter"),
                rs.getString("section"), rs.getString("title"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}
