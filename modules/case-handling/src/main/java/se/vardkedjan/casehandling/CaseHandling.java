package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.AccountRegister;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseReference;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.Case;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.domain.Closure;
import se.vardkedjan.casehandling.domain.Intake;
import se.vardkedjan.casehandling.domain.PreliminaryAssessment;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.NamedStaffRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.casehandling.readmodel.OpenCases;
import se.vardkedjan.casehandling.readmodel.RegisteredIntake;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CaseRows from intake to closure: register a matter, the preliminary assessment, deadlines, responsibility, closure; and
 * the lists and the head of the case page. Every method checks the signed-in user's need to know and writes the
 * access log in the same transaction. Who may see a protected person's case is decided in {@link ProtectedCases}.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class CaseHandling {

    private final CaseRows cases;
    private final PersonRows persons;
    private final Organisation organisation;
    private final NamedStaffRows namedStaff;
    private final PersonalDataAccess access;
    private final AccountRegister accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CaseHandling(CaseRows cases, PersonRows persons, Organisation organisation, NamedStaffRows namedStaff,
                        PersonalDataAccess access, AccountRegister accounts, ApplicationEventPublisher events,
                        Clock clock) {
        this.cases = cases;
        this.persons = persons;
        this.organisation = organisation;
        this.namedStaff = namedStaff;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The person's open cases: those the user may open, and how many others exist (in other units, or protected). For
     * a person with a protected identity whose cases the user may not see at all, nothing: not even how many there are.
     */
    @Transactional
    public OpenCases openCasesOf(PersonId person) {
        var actor = access.caseStaff();
        var open = cases.openCasesOf(person);
        if (!open.isEmpty()) {
            access.logPerson(actor, person, AccessKind.READ, "OPEN_CASES", Purpose.CASE_WORK,
                    open.getFirst().protectedIdentity());
        }
        return openCases(actor, person, open);
    }

    /**
     * Registers a matter in one of the user's units. Refuses when the person has an open case the user is told of
     * (see {@link #openCasesOf}) and the caller has not acknowledged it (duplicate check), and refuses bad input;
     * nothing is stored then. Registering names nobody: for a person with a protected identity the registering user
     * does not see the case afterwards (the result says so and whom to ask) until the deciding role names them.
     */
    @Transactional
    public RegisteredIntake registerIntake(RegisterIntake command) {
        var actor = access.caseStaff();
        if (command.unit() == null || !actor.belongsTo(command.unit())) {
            throw access.refuse(AccessKind.CHANGE, "INTAKE",
                    command.unit() == null ? null : Target.of("UNIT", command.unit().value()).in(command.unit()),
                    Reason.OUTSIDE_UNITS);
        }
        var person = persons.find(command.personId())
                .orElseThrow(() -> new RuleViolation("casehandling.error.person-unknown"));
        if (!command.openCasesAcknowledged() && openCases(actor, person.id(), cases.openCasesOf(person.id())).any()) {
            throw RuleViolation.forField("casehandling.staff.duplicate.acknowledge",
                    "casehandling.error.person-has-open-case");
        }
        var intake = new Intake(command.kind(), command.receivedOn(), command.description(), command.reporterName(),
                command.reporterOrganisation(), command.reportingAuthority(), command.lvmReport(),
                command.immediateRisks());
        var registered = Case.register(person.id(), command.unit(), intake, actor.username(), LocalDate.now(clock));
        cases.insert(registered);
        var isProtected = person.protection().isProtected();
        access.logIntake(actor, registered.id(), person.id(), command.unit(), isProtected);
        registered.events().forEach(events::publishEvent);
        return new RegisteredIntake(registered.id(), !isProtected,
                isProtected ? accounts.whomToAsk(Set.of(command.unit()), actor) : List.of());
    }

    /** What the user is told of a person's open cases; nothing of a protected person they may not see. */
    private OpenCases openCases(Actor actor, PersonId person, List<CaseRows.AccessFacts> open) {
        var visible = open.stream()
                .filter(c -> CaseVisibility.allows(actor, c.unit(), c.protectedIdentity(), c.namedSubjects()))
                .map(CaseRows.AccessFacts::caseId).toList();
        if (visible.isEmpty() && !open.isEmpty() && open.getFirst().protectedIdentity()
                && cases.casesOf(person).stream().noneMatch(c ->
                        CaseVisibility.allows(actor, c.unit(), true, c.namedSubjects()))) {
            return new OpenCases(List.of(), 0);
        }
        return new OpenCases(visible, open.size() - visible.size());
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
        var named = namedStaff.of(id).stream().map(NamedStaffRows.Named::username).collect(Collectors.toSet());
        var staff = new ArrayList<String>(named);
        staff.add(found.responsible());
        staff.add(assessedBy);
        var names = organisation.staffNames(staff);
        var facts = cases.stageFacts(id, found.status(), access.caseStaff().username());
        var staffing = new CaseSummary.Staffing(found.unit(), organisation.unitName(found.unit()).orElse(found.unit().value()),
                found.registeredBy(), found.responsible(), names.of(found.responsible()), named,
                named.stream().map(names::of).sorted().toList());
        var received = new CaseSummary.Intake(intake.kind(), intake.receivedOn(), intake.description(),
                intake.reporterName(), intake.reporterOrganisation(), intake.reportingAuthority(), intake.lvmReport(),
                intake.immediateRisks());
        return new CaseSummary(found.id(), found.version(), PersonRegister.toDetails(person), found.status(),
                found.investigationDeadline(), staffing, received,
                assessment == null ? null : new CaseSummary.Assessment(assessment.outcome(), assessment.reasons(),
                        assessedBy, names.of(assessedBy), assessment.assessedOn()),
                closure == null ? null : new CaseSummary.Closure(closure.closedOn(), closure.reason(),
                        closure.outcome()), facts.stage(), facts.ownDrafts());
    }

    /**
     * The deadline the assessment form proposes for an investigation opened on the given day: the statutory four
     * months ({@link se.vardkedjan.casehandling.domain.InvestigationDeadline}). Reads nothing, so logs nothing.
     */
    public LocalDate proposedInvestigationDeadline(LocalDate assessedOn) {
        return se.vardkedjan.casehandling.domain.InvestigationDeadline.proposedFor(assessedOn);
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

    /**
     * Makes a staff member responsible for the case: a caseworker takes a case themselves; a unit manager of the case's
     * unit may make someone else responsible. The assignee is active staff of the case's unit in the organisation
     * register, and on a protected case already named on it (assigning never names anybody).
     */
    @Transactional
    public void assign(CaseId id, long version, String username) {
        var opened = access.openCase(id, AccessKind.CHANGE, "RESPONSIBLE", Purpose.CASE_WORK);
        var actor = opened.actor();
        if (username != null && !username.strip().equals(actor.username())
                && !CaseVisibility.managesUnit(actor, opened.unit())) {
            // Only a unit manager of the case's unit makes someone else responsible.
            throw access.refuse(AccessKind.CHANGE, "RESPONSIBLE", opened.target(), Reason.ROLE);
        }
        var found = load(id, version);
        var unitStaff = organisation.activeStaffOfUnit(opened.unit());
        var named = opened.protectedIdentity()
                ? namedStaff.of(id).stream().map(NamedStaffRows.Named::username).collect(Collectors.toSet())
                : null;
        found.assignTo(username, unitStaff, named);
        save(found);
    }

    /** One page of the cases the user may see. Every listed case is logged as read. */
    @Transactional
    public List<CaseListItem> list(CaseListQuery query, int offset, int limit) {
        var actor = access.caseStaff();
        var page = cases.list(query, actor.username(), actor.subject(), actor.units(), LocalDate.now(clock), offset,
                Math.min(limit, 200));
        access.logCaseReads(actor, page.stream().map(item -> new CaseReference(item.caseId(), item.personId(),
                item.unit(), item.protection().isProtected())).toList(), "CASE_LIST", Purpose.SEARCH);
        return page;
    }

    /** How many cases the query finds (no personal data, so not logged). */
    @Transactional(readOnly = true)
    public int count(CaseListQuery query) {
        var actor = access.caseStaff();
        return cases.count(query, actor.username(), actor.subject(), actor.units(), LocalDate.now(clock));
    }

    /** How many days ahead an investigation deadline counts as near. */
    public static final int DEADLINE_REMINDER_DAYS = 14;

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
