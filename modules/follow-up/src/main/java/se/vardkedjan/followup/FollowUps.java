package se.vardkedjan.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.followup.schedule.persistence.ScheduleRows;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scheduled follow-ups (ADR 0030): a case's schedule for its Uppföljning tab, the follow-ups due on a caseworker's
 * own cases (the start page and "Uppföljningar att göra"), and for a unit manager the overdue and soon due per
 * caseworker of their units, with the drill-down to one caseworker's list. Need-to-know is case handling's rule,
 * through {@link CaseDoor}: a case is opened (logged) for its tab; a list shows only cases the user may see and logs
 * each one it shows; counts per caseworker name no client and write no row (as case handling's workload). Analysts,
 * provider staff and clients are refused by the role (method security, recorded by the platform).
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class FollowUps {

    /** A due follow-up is on the lists from this many days before its date (and stays there while overdue). */
    public static final int DUE_WITHIN_DAYS = 14;

    /** The code of a case's schedule read for its tab. */
    public static final String SCHEDULE = "FOLLOW_UP_SCHEDULE";

    /** The code of the lists of due follow-ups (an overview of many persons). */
    public static final String DUE_LIST = "FOLLOW_UPS_DUE";

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final int MAX_PAGE = 200;

    private final ScheduleRows rows;
    private final CaseDoor cases;
    private final CurrentActor currentActor;
    private final Refusals refusals;
    private final Organisation organisation;
    private final Clock clock;

    public FollowUps(ScheduleRows rows, CaseDoor cases, CurrentActor currentActor, Refusals refusals,
                     Organisation organisation, Clock clock) {
        this.rows = rows;
        this.cases = cases;
        this.currentActor = currentActor;
        this.refusals = refusals;
        this.organisation = organisation;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SWEDEN);
    }

    /**
     * Every follow-up scheduled on the case, by due date: due, overdue, done, and cancelled with the reason. Opens
     * the case through case handling's door (logged, or refused and recorded).
     */
    @Transactional
    public List<ScheduledFollowUp> ofCase(CaseId caseId) {
        cases.open(caseId, AccessKind.READ, SCHEDULE, Purpose.CASE_WORK);
        var today = today();
        return rows.ofCase(caseId).stream().map(row -> new ScheduledFollowUp(row.id(), row.caseId(), row.source(),
                row.interventionType(), row.dueOn(), row.status(), row.cancelReason(), row.cancelledOn(),
                row.doneOn(), row.status() == FollowUpStatus.DUE && row.dueOn().isBefore(today))).toList();
    }

    /**
     * Whether a follow-up on the case is overdue, for the tab's badge on a case page already opened (and logged):
     * false for a case the user may not see, and no row of its own.
     */
    @Transactional(readOnly = true)
    public boolean hasOverdue(CaseId caseId) {
        var actor = actor();
        return !cases.visibleTo(actor, List.of(caseId)).isEmpty() && rows.hasOverdue(caseId, today());
    }

    /**
     * The follow-ups due within {@value #DUE_WITHIN_DAYS} days or overdue on the cases the signed-in user is
     * responsible for, the overdue (earliest) first, one page; each case shown logged as read.
     */
    @Transactional
    public DueFollowUp.Page mine(int offset, int limit) {
        var actor = actor();
        return page(actor, actor.username(), offset, limit, Purpose.CASE_WORK);
    }

    /**
     * For a unit manager: per caseworker responsible for cases of the manager's units, how many follow-ups are
     * overdue and how many due within {@value #DUE_WITHIN_DAYS} days; caseworkers with neither are left out. Counts
     * only: no client is named and nothing is written to the access log. Anyone else is refused (recorded).
     */
    @Transactional(readOnly = true)
    public List<CaseworkerFollowUps> perCaseworker() {
        var actor = managerOrRefuse("FOLLOW_UPS_PER_CASEWORKER");
        var today = today();
        var counts = rows.countsIn(actor.units(), today, today.plusDays(DUE_WITHIN_DAYS));
        var responsible = cases.responsibleOf(counts.stream().map(ScheduleRows.CaseCounts::caseId).toList());
        var perCaseworker = new LinkedHashMap<String, int[]>();
        for (var count : counts) {
            var username = responsible.get(count.caseId());
            if (username != null) {
                var sums = perCaseworker.computeIfAbsent(username, u -> new int[2]);
                sums[0] += count.overdue();
                sums[1] += count.dueSoon();
            }
        }
        var names = organisation.staffNames(perCaseworker.keySet());
        return perCaseworker.entrySet().stream()
                .map(e -> new CaseworkerFollowUps(e.getKey(), names.of(e.getKey()), e.getValue()[0],
                        e.getValue()[1]))
                .sorted(Comparator.comparingInt(CaseworkerFollowUps::overdue).reversed()
                        .thenComparing(CaseworkerFollowUps::name))
                .toList();
    }

    /**
     * For a unit manager: the follow-ups due (or overdue) on one caseworker's cases of the manager's units, as
     * {@link #mine} shows them to the caseworker; each case shown logged as read for supervision. A protected
     * person's case is shown only to a manager named on it (case handling's rule). Anyone else is refused (recorded).
     */
    @Transactional
    public DueFollowUp.Page ofCaseworker(String username, int offset, int limit) {
        var actor = managerOrRefuse(DUE_LIST);
        if (username == null || username.isBlank() || username.length() > 100
                || !username.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new RuleViolation("followup.schedule.error.caseworker");
        }
        return page(actor, username, offset, limit, Purpose.SUPERVISION);
    }

    private DueFollowUp.Page page(Actor actor, String responsible, int offset, int limit, Purpose purpose) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page is 1 to " + MAX_PAGE + " rows from offset 0 or more");
        }
        var today = today();
        var until = today.plusDays(DUE_WITHIN_DAYS);
        var own = rows.withDue(cases.openCasesOf(responsible, actor.units()), until);
        var visible = cases.visibleTo(actor, own);
        if (visible.isEmpty()) {
            return new DueFollowUp.Page(List.of(), 0);
        }
        var facts = new LinkedHashMap<CaseId, CaseDoor.CaseFacts>();
        visible.forEach(f -> facts.put(f.caseId(), f));
        var found = rows.dueOn(facts.keySet(), until, offset, limit);
        var total = found.size() < limit && offset == 0 ? found.size() : rows.countDueOn(facts.keySet(), until);
        var shown = found.stream().map(r -> facts.get(r.caseId())).filter(Objects::nonNull).distinct().toList();
        Map<CaseId, String> names = shown.isEmpty() ? Map.of()
                : cases.logReadsAndNames(actor, shown, DUE_LIST, purpose);
        var items = new ArrayList<DueFollowUp>();
        for (var row : found) {
            var f = facts.get(row.caseId());
            items.add(new DueFollowUp(row.id(), row.caseId(), f.protectedIdentity() ? null : names.get(row.caseId()),
                    f.protectedIdentity(), row.source(), row.interventionType(), row.dueOn(),
                    row.dueOn().isBefore(today)));
        }
        return new DueFollowUp.Page(items, total);
    }

    private Actor actor() {
        return currentActor.find().orElseThrow(refusals::nobodySignedIn);
    }

    private Actor managerOrRefuse(String what) {
        var actor = actor();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw refusals.refuse(AccessKind.READ, what, null, Reason.ROLE);
        }
        return actor;
    }
}
