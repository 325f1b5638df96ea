package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.persistence.AccessLogRows;
import se.vardkedjan.sharedkernel.Roles;

import java.util.List;

/**
 * The access log for review: a unit manager searches by person, by user and by period, and sees hints on rows that
 * deserve a second look. A manager sees rows about the cases of their units and rows written by their units' staff.
 * Searching the log for a person is itself a logged read of that person.
 */
@Service
@RolesAllowed(Roles.UNIT_MANAGER)
public class AccessLog {

    private final AccessLogRows rows;
    private final PersonalDataAccess access;

    public AccessLog(AccessLogRows rows, PersonalDataAccess access) {
        this.rows = rows;
        this.access = access;
    }

    @Transactional
    public List<AccessLogEntry> search(AccessLogQuery query, int offset, int limit) {
        var actor = access.caseStaff();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw new AccessDenied("Only unit managers review the access log");
        }
        if (query.person() != null && offset == 0) {
            access.logPerson(actor, query.person(), AccessKind.READ, "ACCESS_LOG", Purpose.SUPERVISION, false);
        }
        return rows.search(query, actor.units(), offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public int count(AccessLogQuery query) {
        var actor = access.caseStaff();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw new AccessDenied("Only unit managers review the access log");
        }
        return rows.count(query, actor.units());
    }
}
