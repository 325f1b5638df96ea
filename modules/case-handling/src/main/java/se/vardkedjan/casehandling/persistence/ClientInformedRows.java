package se.vardkedjan.casehandling.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.casehandling.ClientInformed;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/** The days the client was told of their rights, per case, in {@code casehandling.client_informed}. */
@Repository
public class ClientInformedRows {

    private final JdbcClient jdbc;

    public ClientInformedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClientInformed> find(CaseId caseId) {
        return jdbc.sql("""
                        SELECT right_to_sip_on, right_to_read_file_on, version FROM casehandling.client_informed
                        WHERE case_id = ?""")
                .param(caseId.value())
                .query((rs, row) -> new ClientInformed(day(rs.getDate("right_to_sip_on")),
                        day(rs.getDate("right_to_read_file_on")), rs.getLong("version")))
                .optional();
    }

    /**
     * Saves the days as read at {@code version} (0: none recorded yet); refuses when someone else saved them meanwhile.
     */
    public void save(CaseId caseId, long version, LocalDate rightToSipOn, LocalDate rightToReadFileOn,
                     String recordedBy) {
        if (version == 0) {
            try {
                jdbc.sql("""
                                INSERT INTO casehandling.client_informed (case_id, right_to_sip_on,
                                    right_to_read_file_on, recorded_by, recorded_at, version)
                                VALUES (?, ?, ?, ?, now(), 1)""")
                        .params(caseId.value(), date(rightToSipOn), date(rightToReadFileOn), recordedBy).update();
            } catch (DuplicateKeyException e) {
                throw new ConcurrentChange("client-informed", caseId);
            }
            return;
        }
        var rows = jdbc.sql("""
                        UPDATE casehandling.client_informed SET right_to_sip_on = ?, right_to_read_file_on = ?,
                            recorded_by = ?, recorded_at = now(), version = version + 1
                        WHERE case_id = ? AND version = ?""")
                .params(date(rightToSipOn), date(rightToReadFileOn), recordedBy, caseId.value(), version).update();
        if (rows != 1) {
            throw new ConcurrentChange("client-informed", caseId);
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
