package se.vardkedjan.citizenportal;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.casehandling.OwnPersons;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * "Jag har läst detta" on the portal's information pages (ADR 0028, slice 2): the client marks an information as read,
 * and sees it again as "Du läste detta den …"; kept in {@code citizenportal.information_reads} (append-only, once per
 * person and version of the text) with case handling's person id, found through its door to the client's own file,
 * which writes the access-log row. A client not in the register has nothing to mark (the portal says so). Follow-up
 * counts the persons informed ({@link #personsInformed}) for the indicators (Öppna jämförelser: clients informed of
 * their right to a SIP and to read their file).
 */
@Service
public class InformationReads {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final OwnPersons ownPersons;
    private final JdbcClient jdbc;
    private final Clock clock;

    public InformationReads(OwnPersons ownPersons, JdbcClient jdbc, Clock clock) {
        this.ownPersons = ownPersons;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * When the signed-in client marked each information read, for the version they read now; an information not yet
     * marked (or marked for an earlier version) is absent. Empty for a client not in the register.
     */
    @Transactional
    @RolesAllowed(Roles.CLIENT)
    public Map<Information, Instant> mine() {
        var marks = new EnumMap<Information, Instant>(Information.class);
        ownPersons.open(FileSection.INFORMATION, AccessKind.READ, "OWN_INFORMATION_READ").ifPresent(person ->
                jdbc.sql("""
                                SELECT information_key, information_version, read_at FROM citizenportal.information_reads
                                WHERE person_id = ?""")
                        .param(person.value())
                        .query((rs, row) -> {
                            var information = Information.valueOf(rs.getString("information_key"));
                            if (information.version() == rs.getInt("information_version")) {
                                marks.put(information, rs.getObject("read_at", OffsetDateTime.class).toInstant());
                            }
                            return information;
                        }).list());
        return marks;
    }

    /**
     * Records that the signed-in client has read the information, in its current version; marking again adds nothing.
     *
     * @return whether the client could mark it: false for a client not in the register (nothing recorded)
     */
    @Transactional
    @RolesAllowed(Roles.CLIENT)
    public boolean markRead(Information information) {
        if (information == null) {
            throw new RuleViolation("citizenportal.information.error.unknown");
        }
        return ownPersons.open(FileSection.INFORMATION, AccessKind.CHANGE, "OWN_INFORMATION_READ").map(person -> {
            jdbc.sql("""
                            INSERT INTO citizenportal.information_reads (id, information_key, information_version,
                                person_id, read_at)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (person_id, information_key, information_version) DO NOTHING""")
                    .params(UUID.randomUUID(), information.name(), information.version(), person.value(),
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            return true;
        }).orElse(false);
    }

    /**
     * How many persons (not marks) marked the information read, in any version, from {@code from} to {@code to}
     * inclusive (Swedish dates): for follow-up's indicators. Counts only; no person is read, so nothing is logged.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ANALYST, Roles.UNIT_MANAGER})
    public int personsInformed(Information information, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(DISTINCT person_id) FROM citizenportal.information_reads
                        WHERE information_key = ? AND read_at >= ? AND read_at < ?""")
                .params(information.name(), from.atStartOfDay(STOCKHOLM).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(STOCKHOLM).toOffsetDateTime())
                .query(Integer.class).single();
    }
}
