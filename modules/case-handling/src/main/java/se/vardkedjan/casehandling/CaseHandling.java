package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseReference;
import se.vardkedjan.casehandling.domain.Case;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.domain.Closure;
import se.vardkedjan.casehandling.domain.Intake;
import se.vardkedjan.casehandling.domain.PreliminaryAssessment;
import se.vardkedjan.casehandling.persistence.Cases;
import se.vardkedjan.casehandling.persistence.Persons;
import se.vardkedjan.casehandling.persistence.Units;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases from intake to closure: register a matter, the preliminary assessment, deadlines, responsibility, named staff
 * on protected cases, closure; and the lists and the head of the case page. Every method checks the signed-in user's
 * need to know and writes the access log in the same transaction.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class CaseHandling {

    private final Cases cases;
    private final Persons persons;
    private final Units units;
    private final PersonalDataAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CaseHandling(Cases cases, Persons persons, Units units, PersonalDataAccess access,
                        ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.persons = persons;
        this.units = units;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The person's open cases: those the user may open, and how many others exist (in other units, or protected). */
    @Transactional
    public OpenCases openCasesOf(PersonId person) {
        var actor = access.caseStaff();
        var open = cases.openCasesOf(person);
        var visible = open.stream()
                .filter(c -> CaseVisibility.allows(actor, c.unit(), c.protectedIdentity(), c.namedStaff()))
                .map(Cases.AccessFacts::caseId).toList();
        if (!open.isEmpty()) {
            access.logPerson(actor, person, AccessKind.READ, "OPEN_CASES", Purpose.CASE_WORK,
                    open.getFirst().protectedIdentity());
        }
        return new OpenCases(visible, open.size() - visible.size());
    }

    /**
     * Registers a matter in one of the user's units. Refuses when the person has an open case and the caller has not
     * acknowledged it (duplicate check), and refuses bad input; nothing is stored then.
     */
    @Transactional
    public CaseId registerIntake(RegisterIntake command) {
        var actor = access.caseStaff();
        if (command.unit() == null || !actor.belongsTo(command.unit())) {
            throw access.refuse(AccessKind.CHANGE, "INTAKE",
                    command.unit() == null ? null : Target.of("UNIT", command.unit().value()).in(command.unit()),
                    Reason.OUTSIDE_UNITS);
        }
        var person = persons.find(command.personId())
                .orElseThrow(() -> new RuleViolation("casehandling.error.person-unknown"));
        if (!command.openCasesAcknowledged() && !cases.openCasesOf(person.id()).isEmpty()) {
            throw new RuleViolation("casehandling.error.person-has-open-case");
        }
        var intake = new Intake(command.kind(), command.receivedOn(), command.description(), command.reporterName(),
                command.reporterOrganisation(), command.reportingAuthority(), command.lvmReport(),
                command.immediateRisks());
        var registered = Case.register(person.id(), command.unit(), intake, actor.username(),
                person.protection().isProtected(), LocalDate.now(clock));
        cases.insert(registered);
        access.openCase(registered.id(), AccessKind.CHANGE, "INTAKE", Purpose.CASE_WORK);
        registered.events().forEach(events::publishEvent);
        return registered.id();
    }

    /** The head of the case page. Logged as a read of the case. */
    @Transactional
    public CaseSummary summary(CaseId id) {
        access.openCase(id, AccessKind.READ, "CASE", Purpose.CASE_WORK);
        var found = cases.find(id).orElseThrow(() -> access.unknown(AccessKind.READ, "CASE", "CASE", id.value()));
        var person = persons.find(found.personId()).orElseThrow();
        var intake = found.intake();
        var assessment = found.preliminaryAssessment();
        var closure = found.closure();
        var assessedBy = assessment == null ? null : assessment.assessedBy();
        var staff = new ArrayList<String>(found.namedStaff());
        staff.add(found.responsible());
        staff.add(assessedBy);
        var names = units.staffNames(staff);
        return new CaseSummary(found.id(), found.version(), PersonRegister.toDetails(person), found.unit(),
                units.unitName(found.unit()).orElse(found.unit().value()), found.registeredBy(), found.responsible(),
                names.of(found.responsible()), found.status(), intake.kind(), intake.receivedOn(),
                intake.description(), intake.reporterName(), intake.reporterOrganisation(),
                intake.reportingAuthority(), intake.lvmReport(), intake.immediateRisks(),
                assessment == null ? null : assessment.outcome(), assessment == null ? null : assessment.reasons(),
                assessedBy, names.of(assessedBy), assessment == null ? null : assessment.assessedOn(),
                found.investigationDeadline(), closure == null ? null : closure.closedOn(),
                closure == null ? null : closure.reason(), closure == null ? null : closure.outcome(),
                found.namedStaff(), found.namedStaff().stream().map(names::of).sorted().toList());
    }

    /**
     * Records the preliminary assessment: open an investigation (with the municipality's deadline) or not (the case
     * closes with the reasons).
     *
     * @param version the case's version as the caller read it; a newer one means someone else changed the case
     */
    @Transactional
    public void assess(CaseId id, long version, PreliminaryOutcome outcome, String reasons, LocalDate assessedOn,
                       LocalDate deadline) {
        var opened = access.openCase(id, AccessKind.CHANGE, "PRELIMINARY_ASSESSMENT", Purpose.CASE_WORK);
        var found = load(id, version);
        found.assess(new PreliminaryAssessment(outcome, reasons, opened.actor().username(), assessedOn), deadline,
                LocalDate.now(clock));
        save(found);
    }

    /** Moves the investigation's deadline. */
    @Transactional
    public void extendDeadline(CaseId id, long version, LocalDate deadline) {
        access.openCase(id, AccessKind.CHANGE, "DEADLINE", Purpose.CASE_WORK);
        var found = load(id, version);
        found.extendDeadline(deadline);
        save(found);
    }

    /** Closes the case with a reason and an outcome. */
    @Transactional
    public void close(CaseId id, long version, ClosureReason reason, String outcome, LocalDate closedOn) {
        var opened = access.openCase(id, AccessKind.CHANGE, "CLOSURE", Purpose.CASE_WORK);
        var found = load(id, version);
        found.close(new Closure(closedOn, reason, outcome, opened.actor().username()), LocalDate.now(clock));
        save(found);
    }

    /** Makes a caseworker responsible for the case (a unit manager distributing cases, or taking one oneself). */
    @Transactional
    public void assign(CaseId id, long version, String username) {
        access.openCase(id, AccessKind.CHANGE, "RESPONSIBLE", Purpose.CASE_WORK);
        var found = load(id, version);
        found.assignTo(username);
        save(found);
    }

    /** Names a staff member on a protected case; only a unit manager of the case's unit may. */
    @Transactional
    public void nameStaff(CaseId id, long version, String username) {
        var opened = access.openCase(id, AccessKind.CHANGE, "NAMED_STAFF", Purpose.SUPERVISION);
        if (!CaseVisibility.mayNameStaff(opened.actor(), opened.unit())) {
            // Only a unit manager of the case's unit names staff.
            throw access.refuse(AccessKind.CHANGE, "NAMED_STAFF", opened.target(), Reason.ROLE);
        }
        var found = load(id, version);
        found.name(username);
        save(found);
    }

    /** One page of the cases the user may see. Every listed case is logged as read. */
    @Transactional
    public List<CaseListItem> list(CaseListQuery query, int offset, int limit) {
        var actor = access.caseStaff();
        var page = cases.list(query, actor.username(), actor.units(), offset, Math.min(limit, 200));
        access.logCaseReads(actor, page.stream().map(item -> new CaseReference(item.caseId(), item.personId(),
                item.unit(), item.protection().isProtected())).toList(), "CASE_LIST", Purpose.SEARCH);
        return page;
    }

    /** How many cases the query finds (no personal data, so not logged). */
    @Transactional(readOnly = true)
    public int count(CaseListQuery query) {
        var actor = access.caseStaff();
        return cases.count(query, actor.username(), actor.units());
    }

    /** How many days ahead an investigation deadline counts as near. */
    public static final int DEADLINE_REMINDER_DAYS = 14;

    /**
     * The signed-in user's own open cases that need attention: the investigation deadline is within
     * {@value #DEADLINE_REMINDER_DAYS} days or has passed, or six months have passed since intake without a decision
     * (the client may demand one). Soonest first; each listed case is logged as read.
     */
    @Transactional
    public List<CaseListItem> reminders() {
        var actor = access.caseStaff();
        var today = LocalDate.now(clock);
        var found = cases.reminders(actor.username(), actor.units(), today.plusDays(DEADLINE_REMINDER_DAYS),
                today.minusMonths(6), 50);
        access.logCaseReads(actor, found.stream().map(item -> new CaseReference(item.caseId(), item.personId(),
                item.unit(), item.protection().isProtected())).toList(), "CASE_REMINDERS", Purpose.CASE_WORK);
        return found;
    }

    private Case load(CaseId id, long version) {
        var found = cases.find(id).orElseThrow(() -> access.unknown(AccessKind.CHANGE, "CASE", "CASE", id.value()));
        if (found.version() != version) {
            throw new ConcurrentChange("case", id);
        }
        return found;
    }

    private void save(Case changed) {
        cases.update(changed);
        changed.events().forEach(events::publishEvent);
    }
}
