package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.persistence.AccessLogRows;
import se.vardkedjan.casehandling.persistence.Cases;
import se.vardkedjan.casehandling.persistence.Persons;
import se.vardkedjan.casehandling.persistence.Units;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final Persons persons;
    private final Cases cases;
    private final Units units;

    public AccessLog(AccessLogRows rows, PersonalDataAccess access, Persons persons, Cases cases, Units units) {
        this.rows = rows;
        this.access = access;
        this.persons = persons;
        this.cases = cases;
        this.units = units;
    }

    @Transactional
    public List<AccessLogEntry> search(AccessLogQuery query, int offset, int limit) {
        var actor = access.caseStaff();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw access.refuse(AccessKind.READ, "ACCESS_LOG", null, Reason.ROLE);
        }
        if (query.person() != null && offset == 0) {
            access.logPerson(actor, query.person(), AccessKind.READ, "ACCESS_LOG", Purpose.SUPERVISION, false);
        }
        return rows.search(query, actor.units(), offset, Math.min(limit, 500));
    }

    /**
     * Like {@link #search}, with each row's person identified for the reviewer: the identity number, and the name
     * unless the person has a protected identity and the manager may not see any of the person's open cases, and the
     * name of the case's unit (its code when the register has none). Never an address.
     */
    @Transactional
    public List<AccessLogLine> searchWithPersons(AccessLogQuery query, int offset, int limit) {
        var entries = search(query, offset, limit);
        var actor = access.caseStaff();
        var identified = new HashMap<PersonId, AccessLogLine.Person>();
        var unitNames = new HashMap<UnitCode, String>();
        var lines = new ArrayList<AccessLogLine>(entries.size());
        for (var entry : entries) {
            var person = identified.computeIfAbsent(entry.personId(), id -> persons.find(id).map(found -> {
                var mayName = !found.protection().isProtected() || cases.openCasesOf(id).stream()
                        .anyMatch(c -> CaseVisibility.allows(actor, c.unit(), true, c.namedStaff()));
                return new AccessLogLine.Person(found.identity().formatted(), mayName ? found.fullName() : null,
                        found.protection());
            }).orElse(new AccessLogLine.Person(null, null, ProtectionLevel.NONE)));
            var unitName = entry.caseUnit() == null ? null : unitNames.computeIfAbsent(entry.caseUnit(),
                    code -> units.unitName(code).orElse(code.value()));
            lines.add(new AccessLogLine(entry, person.identityNumber(), person.name(), person.protection(), unitName));
        }
        return lines;
    }

    @Transactional(readOnly = true)
    public int count(AccessLogQuery query) {
        var actor = access.caseStaff();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw access.refuse(AccessKind.READ, "ACCESS_LOG", null, Reason.ROLE);
        }
        return rows.count(query, actor.units());
    }
}
