package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessLog;
import se.vardkedjan.accesslog.AccessLogEntry;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.OwnFileDoor;
import se.vardkedjan.casehandling.readmodel.OwnAccessLogPage;
import se.vardkedjan.casehandling.readmodel.OwnAccessLogPage.Who;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.HashMap;
import java.util.Optional;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * "Vem har läst min journal" (ADR 0028, slice 2): the access log of the client's own data — every row the access-log
 * module keeps about their person — newest first and paged by the database, with the unit, the role in plain words,
 * what was read, and the staff member's name only as the municipality's setting decides
 * ({@code vardkedjan.portal.access-log.staff-names}: {@code NAMED}, the default, or {@code ROLE_ONLY}). The client's own
 * reads and those of an adult they trust are shown as such. Reading the log is itself logged
 * ({@code OWN_ACCESS_LOG}). The client asks about a row ("Varför läste …?"): the question is kept (append-only) for the
 * managers of the row's unit, who answer it; a row that is not about the client is refused as unknown and recorded.
 * No method takes a person: it is always the signed-in client's (or, for an adult they trust who was given the log,
 * the client's, read only). Only clients call it.
 */
@Service
@RolesAllowed(Roles.CLIENT)
public class OwnAccessLog {

    /** Whether the portal names the staff member who read, or only their role (the municipality's setting). */
    public enum StaffNames { NAMED, ROLE_ONLY }

    /** The most lines one page shows. */
    public static final int MAX_PAGE = 100;

    private final OwnFileDoor door;
    private final AccessLog log;
    private final Organisation organisation;
    private final StaffNames staffNames;

    public OwnAccessLog(OwnFileDoor door, AccessLog log, Organisation organisation,
                        @Value("${vardkedjan.portal.access-log.staff-names:NAMED}") StaffNames staffNames) {
        this.door = door;
        this.log = log;
        this.organisation = organisation;
        this.staffNames = staffNames;
    }

    /**
     * A page of the log of the client's file, newest first; empty when the client is not in the register.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the file's owner's choices do not let the user read it
     *                                                 (blocked, or not shared with a trusted reader; recorded)
     */
    @Transactional
    public Optional<OwnAccessLogPage> page(int offset, int limit) {
        var size = Math.max(1, Math.min(limit, MAX_PAGE));
        return door.openOwnPerson(FileSection.ACCESS_LOG, AccessKind.READ, "OWN_ACCESS_LOG").map(own -> {
            var rows = log.visitsAboutPerson(own.personId(), Math.max(0, offset), size + 1);
            var units = new HashMap<UnitCode, String>();
            var lines = rows.stream().limit(size).map(row -> new OwnAccessLogPage.Line(row.id(), row.occurredAt(),
                    who(row), who(row) == Who.STAFF && staffNames == StaffNames.NAMED ? row.actorName() : null,
                    row.caseUnit() == null ? null : units.computeIfAbsent(row.caseUnit(),
                            unit -> organisation.unitName(unit).orElse(unit.value())),
                    row.purpose(), row.kind(), row.parts())).toList();
            var questions = log.questionsOf(own.personId()).stream().map(q -> new OwnAccessLogPage.Question(q.id(),
                    q.row().id(), q.row().occurredAt(), q.question(), q.askedAt(), q.answer(), q.answeredAt()))
                    .toList();
            return new OwnAccessLogPage(lines, rows.size() > size, questions);
        });
    }

    /**
     * Asks the managers of the row's unit about one row of the log of the client's own file ("Varför läste …?"). Kept
     * (append-only); the managers see it on their start page and answer it there.
     *
     * @param rowId the line's id, as {@link #page} gives it
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the row is not about the client or does not exist, or the
     *                                                 user is a trusted reader (read only) (recorded)
     * @throws se.vardkedjan.sharedkernel.RuleViolation when the question is empty or too long
     */
    @Transactional
    public void ask(long rowId, String question) {
        var own = door.openOwnPerson(FileSection.ACCESS_LOG, AccessKind.CHANGE, "OWN_ACCESS_QUESTION")
                .orElseThrow(() -> door.unknownTarget(AccessKind.CHANGE, "OWN_ACCESS_QUESTION", "ACCESS_LOG",
                        rowId));
        var text = FREE_TEXT.required("casehandling.own.access-question", question, 2000);
        log.ask(own.personId(), rowId, text, own.actor().subject())
                .orElseThrow(() -> door.unknownTarget(AccessKind.CHANGE, "OWN_ACCESS_QUESTION", "ACCESS_LOG", rowId));
    }

    private static Who who(AccessLogEntry row) {
        return row.purpose() == Purpose.OWN_FILE ? Who.SELF
                : row.purpose() == Purpose.TRUSTED_READER ? Who.TRUSTED_READER : Who.STAFF;
    }
}
