package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessLog;
import se.vardkedjan.accesslog.AccessLogEntry;
import se.vardkedjan.accesslog.AccessLogQuery;
import se.vardkedjan.accesslog.AccessLogSort;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.SecurityEventLine;
import se.vardkedjan.accesslog.SecurityEventLog;
import se.vardkedjan.accesslog.SecurityEventQuery;
import se.vardkedjan.accesslog.persistence.SecurityEventRows;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.readmodel.AccessLogEntryDetails;
import se.vardkedjan.casehandling.readmodel.AccessLogLine;
import se.vardkedjan.casehandling.readmodel.AccessLogPage;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review of the access log (kept by the access-log module, ADR 0021) with the names from case handling's register:
 * a unit manager searches by person, by user and by period, and sees hints on rows that
 * deserve a second look. A manager sees rows about the cases of their units and rows written by their units' staff.
 * The review is itself logged: searching the log for a person, every person a page of the review shows
 * ({@code ACCESS_LOG_REVIEW}), and every row opened to see the person's whole number ({@code ACCESS_LOG_ENTRY}).
 * Beside it, the refused attempts (security events) that concern the manager's units.
 */
@Service
@RolesAllowed(Roles.UNIT_MANAGER)
public class AccessLogReview {

    private final AccessLog log;
    private final SecurityEventLog securityEvents;
    private final PersonalDataAccess access;
    private final PersonRows persons;
    private final CaseRows cases;
    private final Organisation organisation;

    public AccessLogReview(AccessLog log, SecurityEventLog securityEvents, PersonalDataAccess access,
                           PersonRows persons, CaseRows cases, Organisation organisation) {
        this.log = log;
        this.securityEvents = securityEvents;
        this.access = access;
        this.persons = persons;
        this.cases = cases;
        this.organisation = organisation;
    }

    @Transactional
    public List<AccessLogEntry> search(AccessLogQuery query, int offset, int limit) {
        var actor = reviewer();
        if (query.person() != null && offset == 0) {
            access.logPerson(actor, query.person(), AccessKind.READ, "ACCESS_LOG", Purpose.SUPERVISION, false);
        }
        return log.search(query, actor.units(), offset, Math.min(limit, 500));
    }

    /**
     * A page of the review: one line per page opened ({@link AccessLog#searchVisits}), each line's person shown as the review may show it ({@link AccessLogLine}):
     * the number masked, the name, never an address; for a protected person outside the manager's need to know, only
     * the protection. Every distinct person on the page is logged as read ({@code ACCESS_LOG_REVIEW}). An unpinned
     * query is pinned to the newest row (after the log of a search by person, before this page's own rows), and the
     * pin is returned for the next pages.
     */
    @Transactional
    public AccessLogPage review(AccessLogQuery query, int offset, int limit) {
        return review(query, AccessLogSort.newestFirst(), offset, limit);
    }

    /**
     * A page of the review as {@link #review(AccessLogQuery, int, int)}, in the order of one of the review's columns,
     * sorted by the database ({@link AccessLogSort}: a whitelisted key, never SQL from the caller).
     */
    @Transactional
    public AccessLogPage review(AccessLogQuery query, AccessLogSort sort, int offset, int limit) {
        var actor = reviewer();
        if (query.person() != null && offset == 0) {
            access.logPerson(actor, query.person(), AccessKind.READ, "ACCESS_LOG", Purpose.SUPERVISION, false);
        }
        return page(actor, query, sort, offset, limit);
    }

    /**
     * The access log of one case, from its case page: as {@link #review}, limited to the rows about the case. Only a
     * unit manager who may open the case (its unit is theirs; a protected case only when they are named on it) reads
     * it; anybody else is refused and the refusal recorded. Opening it is logged as a read of the case's person
     * ({@code ACCESS_LOG}, purpose supervision).
     */
    @Transactional
    public AccessLogPage reviewCase(CaseId caseId, Long upToId, int offset, int limit) {
        var actor = reviewer();
        access.openCase(caseId, AccessKind.READ, "ACCESS_LOG", Purpose.SUPERVISION);
        var query = AccessLogQuery.forCase(caseId);
        return page(actor, upToId == null ? query : query.upTo(upToId), AccessLogSort.newestFirst(), offset, limit);
    }

    private AccessLogPage page(Actor actor, AccessLogQuery query, AccessLogSort sort, int offset, int limit) {
        var pinned = query.upToId() != null ? query : query.upTo(log.newestId());
        var entries = log.searchVisits(pinned, sort, actor.units(), offset, Math.min(limit, 500));
        var shown = new LinkedHashMap<PersonId, Shown>();
        for (var entry : entries) {
            shown.computeIfAbsent(entry.personId(), id -> shown(actor, id));
        }
        var unitNames = new HashMap<UnitCode, String>();
        var lines = new ArrayList<AccessLogLine>(entries.size());
        for (var entry : entries) {
            var person = shown.get(entry.personId());
            lines.add(new AccessLogLine(entry, person.identifiable() ? person.masked() : null,
                    person.identifiable() ? person.name() : null, person.protection(), person.identifiable(),
                    unitName(entry, unitNames)));
        }
        var mine = cases.openCasesOf(shown.keySet());
        access.logPersonReads(actor, shown.entrySet().stream().map(found -> new PersonalDataAccess.PersonReference(
                found.getKey(), mine.getOrDefault(found.getKey(), List.of()).stream()
                        .noneMatch(c -> actor.belongsTo(c.unit())), found.getValue().protection().isProtected()))
                .toList(), "ACCESS_LOG_REVIEW", Purpose.SUPERVISION);
        return new AccessLogPage(lines, pinned.upToId());
    }

    /**
     * One row opened: the person's whole identity number and name. Logged as a read of the person
     * ({@code ACCESS_LOG_ENTRY}, purpose supervision). Refused (and recorded) for a row outside the manager's units
     * and for a person with a protected identity whom the manager may not see.
     */
    @Transactional
    public AccessLogEntryDetails entry(long id) {
        var actor = reviewer();
        // The row's number is prefixed: a long enough bare number could look like a personal number.
        var entry = log.find(id, actor.units()).orElseThrow(() -> access.unknown(AccessKind.READ,
                "ACCESS_LOG_ENTRY", "ACCESS_LOG_ENTRY", "log-" + id));
        var person = shown(actor, entry.personId());
        if (!person.identifiable()) {
            throw access.refuse(AccessKind.READ, "ACCESS_LOG_ENTRY", Target.of("PERSON", entry.personId().value()),
                    Reason.PROTECTED_NOT_NAMED);
        }
        access.logPerson(actor, entry.personId(), AccessKind.READ, "ACCESS_LOG_ENTRY", Purpose.SUPERVISION,
                person.protection().isProtected());
        return new AccessLogEntryDetails(entry, person.number(), person.name(), person.protection(),
                unitName(entry, new HashMap<>()));
    }

    @Transactional(readOnly = true)
    public int count(AccessLogQuery query) {
        return log.count(query, reviewer().units());
    }

    /**
     * A page of the refused attempts (security events) that concern the manager's units: aimed at a record of one of
     * them, or by a user of one of them. Newest first; each marked when its user was refused many times within ten
     * minutes. They name users and pseudonymous ids only, no client's personal data, so reading them is not an
     * access-log read.
     */
    @Transactional(readOnly = true)
    public List<SecurityEventLine> securityEvents(SecurityEventQuery query, int offset, int limit) {
        var actor = reviewer();
        var found = securityEvents.search(query, actor.units(), offset, Math.min(limit, 500));
        var names = organisation.staffNames(found.stream().map(SecurityEventLine::actorUsername).toList());
        var unitNames = new HashMap<UnitCode, String>();
        return found.stream().map(event -> event.named(names.byUsername().get(event.actorUsername()),
                event.targetUnit() == null ? null : unitNames.computeIfAbsent(event.targetUnit(),
                        code -> organisation.unitName(code).orElse(code.value())))).toList();
    }

    /** The signed-in unit manager; refuses (and records) anybody else. */
    private Actor reviewer() {
        var actor = access.caseStaff();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw access.refuse(AccessKind.READ, "ACCESS_LOG", null, Reason.ROLE);
        }
        return actor;
    }

    /**
     * How the review may show a person: the name and number unless the person has a protected identity and the
     * manager may not see any of the person's open cases.
     */
    private Shown shown(Actor actor, PersonId id) {
        return persons.find(id).map(found -> {
            var identifiable = !found.protection().isProtected() || cases.openCasesOf(id).stream()
                    .anyMatch(c -> CaseVisibility.allows(actor, c.unit(), true, c.namedSubjects()));
            return new Shown(found.identity().formatted(), found.identity().masked(), found.fullName(),
                    found.protection(), identifiable);
        }).orElse(new Shown(null, null, null, ProtectionLevel.NONE, false));
    }

    private String unitName(AccessLogEntry entry, Map<UnitCode, String> names) {
        return entry.caseUnit() == null ? null
                : names.computeIfAbsent(entry.caseUnit(), code -> organisation.unitName(code).orElse(code.value()));
    }

    private record Shown(String number, String masked, String name, ProtectionLevel protection,
                         boolean identifiable) {
    }
}
