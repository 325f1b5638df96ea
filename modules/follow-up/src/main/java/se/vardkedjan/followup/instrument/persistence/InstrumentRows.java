package se.vardkedjan.followup.instrument.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The instruments' checksums ({@code followup.instrument_checksums}) and the administrator's licence statements
 * ({@code followup.instrument_licences}), both append-only (ADR 0029).
 */
@Repository
public class InstrumentRows {

    /** The latest licence statement of an instrument. */
    public record LicenceStatement(String code, boolean stated, String reference, String byName, Instant at) {
    }

    private final JdbcClient jdbc;

    public InstrumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> checksum(String code, int version) {
        return jdbc.sql("SELECT sha256 FROM followup.instrument_checksums WHERE code = ? AND version = ?")
                .params(code, version).query(String.class).optional();
    }

    /** Keeps the checksum of a code and version the first time it is loaded; false when one was there already. */
    public boolean keepChecksum(String code, int version, String sha256, String source, Instant at) {
        return jdbc.sql("""
                        INSERT INTO followup.instrument_checksums (code, version, sha256, source, first_loaded_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (code, version) DO NOTHING""")
                .params(code, version, sha256, source, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update() == 1;
    }

    public void addLicenceStatement(String code, boolean stated, String reference, String bySubject, String byName,
                                    Instant at) {
        jdbc.sql("""
                        INSERT INTO followup.instrument_licences (code, action, licence_reference, by_subject, by_name,
                            at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(code, stated ? "STATED" : "WITHDRAWN", reference, bySubject, byName,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    public Optional<LicenceStatement> latestLicenceStatement(String code) {
        return jdbc.sql("""
                        SELECT code, action, licence_reference, by_name, at FROM followup.instrument_licences
                        WHERE code = ? ORDER BY id DESC LIMIT 1""")
                .param(code)
                .query((rs, row) -> new LicenceStatement(rs.getString("code"), "STATED".equals(rs.getString("action")),
                        rs.getString("licence_reference"), rs.getString("by_name"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
