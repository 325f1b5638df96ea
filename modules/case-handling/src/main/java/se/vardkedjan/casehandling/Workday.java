package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseReference;
import se.vardkedjan.casehandling.persistence.WorkItemRows;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.casehandling.readmodel.CaseworkerWorkload;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The case work that waits for the signed-in caseworker or unit manager today: their start page's items and the
 * unit manager's workload per caseworker (ADR 0022). What a user sees here is no more than the case list shows them:
 * their own cases, their units' proposals and unassigned cases, a protected person named only to staff named on the
 * case. The persons the items name are logged as read once per call, one row per case, whatever the number of items.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class Workday {

    /**
     * How far back a plan goal's follow-up date still counts as due in the case list's filter (the unit manager's
     * workload takes its follow-ups from follow-up's schedule, ADR 0030). Case handling does not know whether a goal
     * was followed up (follow-up records it, ADR 0030), so a goal whose date is longer ago is no longer counted rather
     * than counted for ever (the "goal lines from 2025").
     */
    public static final int FOLLOW_UP_LOOKBACK_DAYS = 30;

    /** How many of the manager's proposals and unassigned cases the start page shows at most (each). */
    public static final int MANAGER_ITEMS_LIMIT = 100;

    private final WorkItemRows rows;
    private final PersonalDataAccess access;
    private final Clock clock;

    public Workday(WorkItemRows rows, PersonalDataAccess access, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Today's work: for everybody, the work on the cases they are responsible for (deadlines within
     * {@value CaseHandling#DEADLINE_REMINDER_DAYS} days, decisions to write, proposals sent back, plans to agree,
     * their unsigned journal entries, clients who may demand a decision, messages from their clients not yet read;
     * a follow-up due is follow-up's own start-page item, ADR 0030's amendment); for everybody, the applications from the portal to their units that
     * no caseworker has taken yet (ADR 0028); for a unit manager also the proposals that wait for them and the units'
     * cases without a responsible caseworker (a new application counted once, as an application).
     */
    @Transactional
    public List<CaseWorkItem> workItems() {
        var actor = access.caseStaff();
        var today = LocalDate.now(clock);
        var own = rows.caseworkerItems(actor.username(), actor.subject(), actor.units(),
                today.plusDays(CaseHandling.DEADLINE_REMINDER_DAYS), today.minusMonths(6));
        var items = new ArrayList<CaseWorkItem>();
        var ownCases = new LinkedHashMap<CaseId, CaseReference>();
        for (var found : own) {
            items.add(found.item());
            ownCases.putIfAbsent(found.item().caseId(), found.reference());
        }
        for (var found : rows.unreadClientMessages(actor.username(), actor.subject(), actor.units())) {
            items.add(found.item());
            ownCases.putIfAbsent(found.item().caseId(), found.reference());
        }
        // The client's own applications from the portal wait for every caseworker of the unit until one takes it.
        var applications = rows.portalApplications(actor.subject(), actor.units(), MANAGER_ITEMS_LIMIT);
        var applied = new java.util.HashSet<CaseId>();
        var unitCases = new LinkedHashMap<CaseId, CaseReference>();
        for (var found : applications) {
            items.add(found.item());
            applied.add(found.item().caseId());
            if (found.item().personName() != null && !ownCases.containsKey(found.item().caseId())) {
                unitCases.putIfAbsent(found.item().caseId(), found.reference());
            }
        }
        var supervised = new LinkedHashMap<CaseId, CaseReference>();
        if (actor.hasRole(Roles.UNIT_MANAGER)) {
            var managed = new ArrayList<>(rows.proposalsToApprove(actor.subject(), actor.units(), MANAGER_ITEMS_LIMIT));
            // A new application is already on the list as such, not again as a case without a caseworker.
            managed.addAll(rows.unassigned(actor.subject(), actor.units(), MANAGER_ITEMS_LIMIT).stream()
                    .filter(found -> !applied.contains(found.item().caseId())).toList());
            for (var found : managed) {
                items.add(found.item());
                if (found.item().personName() != null && !ownCases.containsKey(found.item().caseId())) {
                    supervised.putIfAbsent(found.item().caseId(), found.reference());
                }
            }
        }
        supervised.keySet().forEach(unitCases::remove);
        access.logCaseReads(actor, List.copyOf(ownCases.values()), "START_PAGE", Purpose.CASE_WORK);
        access.logCaseReads(actor, List.copyOf(unitCases.values()), "START_PAGE", Purpose.CASE_WORK);
        access.logCaseReads(actor, List.copyOf(supervised.values()), "START_PAGE", Purpose.SUPERVISION);
        return items;
    }

    /**
     * The open work per caseworker in the unit manager's units: counts only, so nothing is written to the access log.
     * Refuses (recorded, by the facade itself, so also a caseworker who tries) anyone who is not a unit manager.
     */
    @Transactional(readOnly = true)
    public List<CaseworkerWorkload> workload() {
        var actor = access.caseStaff();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw access.refuse(AccessKind.READ, "WORKLOAD", null, Reason.ROLE);
        }
        var today = LocalDate.now(clock);
        return rows.workload(actor.units(), today);
    }
}
