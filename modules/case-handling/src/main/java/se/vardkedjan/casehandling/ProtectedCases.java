package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.DecidingRole;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseReference;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.StaffNaming;
import se.vardkedjan.casehandling.persistence.AccountRows;
import se.vardkedjan.casehandling.persistence.NamedStaffRows;
import se.vardkedjan.casehandling.readmodel.ProtectedCaseStaffing;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.organisation.StaffMember;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;

import java.time.Clock;
import java.util.List;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * Who may see a protected person's cases ("Skyddade ärenden"): the holder of the deciding role in a case's unit (by
 * default the unit manager; see {@link DecidingRole}) names staff of the unit on the case, with a reason, or removes
 * them — never themselves. They do so from a work list that shows the protected cases of their units without any of
 * the person's data, and without being named on the cases; to open a case's page they must be named by another.
 * Every naming and removal is kept in an append-only history and written to the access log (what
 * {@code NAMED_STAFF}, purpose {@link Purpose#SUPERVISION}); reading the work list is logged as a read of each listed
 * case ({@code PROTECTED_CASE_STAFFING}).
 */
@Service
@RolesAllowed({Roles.UNIT_MANAGER, Roles.ADMINISTRATOR})
public class ProtectedCases {

    private static final String NAMED_STAFF = "NAMED_STAFF";

    private final NamedStaffRows namedStaff;
    private final AccountRows accounts;
    private final Organisation organisation;
    private final PersonalDataAccess access;
    private final DecidingRole decidingRole;
    private final Clock clock;

    public ProtectedCases(NamedStaffRows namedStaff, AccountRows accounts, Organisation organisation, PersonalDataAccess access,
                          DecidingRole decidingRole, Clock clock) {
        this.namedStaff = namedStaff;
        this.accounts = accounts;
        this.organisation = organisation;
        this.access = access;
        this.decidingRole = decidingRole;
        this.clock = clock;
    }

    /** Whether the signed-in user holds the deciding role (and so has a work list). */
    @Transactional(readOnly = true)
    public boolean decides() {
        return decidingRole.heldBy(access.actor());
    }

    /**
     * One page of the protected cases of the signed-in decider's units, those without named staff first. Refuses a
     * user without the deciding role.
     */
    @Transactional
    public List<ProtectedCaseStaffing> workList(int offset, int limit) {
        var actor = access.actor();
        if (!decidingRole.heldBy(actor)) {
            throw access.refuse(AccessKind.READ, "PROTECTED_CASE_STAFFING", null, Reason.ROLE);
        }
        var rows = namedStaff.workList(actor.units(), Math.max(offset, 0), Math.clamp(limit, 1, 200));
        access.logCaseReads(actor, rows.stream().map(row -> new CaseReference(row.staffing().caseId(),
                row.personId(), row.staffing().unit(), true)).toList(), "PROTECTED_CASE_STAFFING", Purpose.SUPERVISION);
        return rows.stream().map(NamedStaffRows.WorkListRow::staffing).toList();
    }

    /** The staff the decider may name on the case: the active staff of its unit, without themselves and the named. */
    @Transactional
    public List<StaffMember> candidates(CaseId caseId) {
        var opened = access.openForStaffing(caseId, AccessKind.READ, NAMED_STAFF);
        var named = namedStaff.of(caseId).stream().map(NamedStaffRows.Named::username).toList();
        var active = organisation.activeStaffOfUnit(opened.unit());
        return organisation.staffOfUnit(opened.unit()).stream()
                .filter(member -> active.contains(member.username()))
                .filter(member -> !member.username().equals(opened.actor().username()))
                .filter(member -> !named.contains(member.username()))
                .toList();
    }

    /**
     * Names a staff member of the case's unit on a protected case, with a reason. Only a holder of the deciding role in
     * the case's unit may, never for themselves; the nominee must be active staff of the unit in the organisation
     * register. The grant is bound to the Keycloak subject of the nominee's username (now, or at their first sign-in).
     */
    @Transactional
    public void nameStaff(CaseId caseId, String username, String reason) {
        var opened = access.openForStaffing(caseId, AccessKind.CHANGE, NAMED_STAFF);
        var actor = opened.actor();
        var nominee = username == null ? null : username.strip();
        var named = namedStaff.of(caseId).stream().map(NamedStaffRows.Named::username).toList();
        var nomineeSubject = nominee == null ? null : accounts.subjectOf(nominee).orElse(null);
        if (StaffNaming.namesThemselves(actor, nominee, nomineeSubject)) {
            // Nobody gains access by their own act alone: recorded as a refusal.
            throw access.refuse(AccessKind.CHANGE, NAMED_STAFF, opened.target(), Reason.SECOND_PERSON);
        }
        var checkedReason = StaffNaming.checkNaming(actor, nominee, nomineeSubject,
                organisation.activeStaffOfUnit(opened.unit()), named, reason);
        if (!namedStaff.name(caseId, nominee, actor.username(), actor.subject(), checkedReason, clock.instant())) {
            throw new RuleViolation("casehandling.protected.error.already-named");
        }
    }

    /** Takes a staff member off a protected case (they no longer see it); the reason is optional. */
    @Transactional
    public void removeNamedStaff(CaseId caseId, String username, String reason) {
        var opened = access.openForStaffing(caseId, AccessKind.CHANGE, NAMED_STAFF);
        var actor = opened.actor();
        var checkedReason = FREE_TEXT.optional("casehandling.protected.reason", reason, 400);
        if (username == null || !namedStaff.remove(caseId, username.strip(), actor.username(), actor.subject(),
                checkedReason, clock.instant())) {
            throw new RuleViolation("casehandling.protected.error.not-named");
        }
    }

    /** Who named or removed whom on the case, when and why, oldest first. Logged as a read for supervision. */
    @Transactional
    public List<ProtectedCaseStaffing.HistoryEntry> history(CaseId caseId) {
        access.openForStaffing(caseId, AccessKind.READ, "NAMED_STAFF_HISTORY");
        return namedStaff.history(caseId);
    }
}
