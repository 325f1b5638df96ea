package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.events.CaseClosed;
import se.vardkedjan.casehandling.events.CaseOpened;
import se.vardkedjan.casehandling.events.InvestigationOpened;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A case (ärende): one matter about one person, owned by a unit, from intake through the preliminary assessment and
 * investigation to a decision and closure. Investigation, decisions, plans and the journal are their own aggregates
 * that refer to the case by id; this one guards the flow and who may see it.
 */
public final class Case {

    private final CaseId id;
    private final PersonId personId;
    private final UnitCode unit;
    private final Intake intake;
    private final String registeredBy;
    private String responsible;
    private CaseStatus status;
    private PreliminaryAssessment preliminaryAssessment;
    private LocalDate investigationDeadline;
    private Closure closure;
    private final long version;
    private final List<Object> events = new ArrayList<>();

    private Case(CaseId id, PersonId personId, UnitCode unit, Intake intake, String registeredBy, String responsible,
                 CaseStatus status, PreliminaryAssessment preliminaryAssessment, LocalDate investigationDeadline,
                 Closure closure, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.personId = Objects.requireNonNull(personId, "person");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.registeredBy = Objects.requireNonNull(registeredBy, "registered by");
        this.responsible = responsible;
        this.status = Objects.requireNonNull(status, "status");
        this.preliminaryAssessment = preliminaryAssessment;
        this.investigationDeadline = investigationDeadline;
        this.closure = closure;
        this.version = version;
    }

    /**
     * Registers a new matter; the registering caseworker is responsible for it. Registering names nobody: for a person
     * with a protected identity, only the staff whom the deciding role names see the case (registering it is no way to
     * gain access to the person), so until then the case is seen by nobody.
     */
    public static Case register(PersonId personId, UnitCode unit, Intake intake, String registeredBy,
                                LocalDate today) {
        intake.checkReceivedNotAfter(today);
        var opened = new Case(CaseId.random(), personId, unit, intake, registeredBy, registeredBy, CaseStatus.INTAKE,
                null, null, null, 0);
        opened.events.add(new CaseOpened(opened.id, personId, unit, intake.kind(), intake.receivedOn()));
        return opened;
    }

    /**
     * Registers the client's own application from the citizen portal (ADR 0028): registered by the client's login, in
     * the unit that takes it, with no responsible caseworker yet (the unit's caseworkers see it as a new application).
     */
    public static Case applied(PersonId personId, UnitCode unit, Intake intake, String registeredBy, LocalDate today) {
        intake.checkReceivedNotAfter(today);
        var opened = new Case(CaseId.random(), personId, unit, intake, registeredBy, null, CaseStatus.INTAKE,
                null, null, null, 0);
        opened.events.add(new CaseOpened(opened.id, personId, unit, intake.kind(), intake.receivedOn()));
        return opened;
    }

    public static Case restore(CaseId id, PersonId personId, UnitCode unit, Intake intake, String registeredBy,
                               String responsible, CaseStatus status, PreliminaryAssessment assessment,
                               LocalDate investigationDeadline, Closure closure, long version) {
        return new Case(id, personId, unit, intake, registeredBy, responsible, status, assessment,
                investigationDeadline, closure, version);
    }

    /**
     * Records the preliminary assessment. Opening an investigation needs a deadline after the assessment (the
     * municipality sets it; adults have no statutory limit). Not opening one closes the case with the reasons.
     */
    public void assess(PreliminaryAssessment assessment, LocalDate deadline, LocalDate today) {
        requireStatus(CaseStatus.INTAKE);
        if (assessment.assessedOn().isBefore(intake.receivedOn())) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order",
                    "casehandling.intake.received-on", "casehandling.assessment.assessed-on");
        }
        if (assessment.assessedOn().isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.assessment.assessed-on");
        }
        this.preliminaryAssessment = assessment;
        if (assessment.outcome() == PreliminaryOutcome.OPEN_INVESTIGATION) {
            if (deadline == null) {
                throw new RuleViolation("casehandling.error.date-required", "casehandling.assessment.deadline");
            }
            DateRange.check("casehandling.assessment.deadline", deadline);
            if (!deadline.isAfter(assessment.assessedOn())) {
                throw RuleViolation.forField("casehandling.assessment.deadline",
                        "casehandling.error.dates-in-wrong-order",
                        "casehandling.assessment.assessed-on", "casehandling.assessment.deadline");
            }
            this.investigationDeadline = deadline;
            this.status = CaseStatus.INVESTIGATION;
            events.add(new InvestigationOpened(id, assessment.assessedOn(), deadline));
        } else {
            this.status = CaseStatus.NOT_OPENED;
            this.closure = new Closure(assessment.assessedOn(), se.vardkedjan.casehandling.ClosureReason.OTHER,
                    assessment.reasons(), assessment.assessedBy());
            events.add(new CaseClosed(id, assessment.assessedOn(), CaseStatus.NOT_OPENED,
                    se.vardkedjan.casehandling.ClosureReason.OTHER));
        }
    }

    /** Moves the investigation's deadline (a new date after the assessment). */
    public void extendDeadline(LocalDate deadline) {
        requireStatus(CaseStatus.INVESTIGATION);
        DateRange.check("casehandling.assessment.deadline", deadline);
        if (deadline == null || !deadline.isAfter(preliminaryAssessment.assessedOn())) {
            throw RuleViolation.forField("casehandling.assessment.deadline", "casehandling.error.dates-in-wrong-order",
                    "casehandling.assessment.assessed-on", "casehandling.assessment.deadline");
        }
        this.investigationDeadline = deadline;
    }

    /** The investigation is written and completed only while the case is under investigation. */
    public void checkUnderInvestigation() {
        requireStatus(CaseStatus.INVESTIGATION);
    }

    /**
     * A decision is made after an investigation was opened: while the case is under investigation, or when it is
     * decided already (a further decision, e.g. another intervention). Not at intake, and not in a closed case.
     */
    public void checkDecisionMayBeMade() {
        if (status != CaseStatus.INVESTIGATION && status != CaseStatus.DECIDED) {
            throw new RuleViolation("casehandling.error.case-in-wrong-status", status.name());
        }
    }

    /** A decision was made in the case (the decision aggregate checked delegation). */
    public void markDecided() {
        if (status == CaseStatus.DECIDED) {
            return;
        }
        requireStatus(CaseStatus.INVESTIGATION);
        this.status = CaseStatus.DECIDED;
    }

    /** Closes the case with a reason and an outcome; the closing date cannot precede the intake. */
    public void close(Closure closing, LocalDate today) {
        if (!status.isOpen()) {
            throw new RuleViolation("casehandling.error.case-not-open");
        }
        if (closing.closedOn().isBefore(intake.receivedOn())) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order",
                    "casehandling.intake.received-on", "casehandling.closure.closed-on");
        }
        if (closing.closedOn().isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.closure.closed-on");
        }
        this.closure = closing;
        this.status = CaseStatus.CLOSED;
        events.add(new CaseClosed(id, closing.closedOn(), CaseStatus.CLOSED, closing.reason()));
    }

    /**
     * Makes a staff member responsible for the case: someone of the case's unit in the organisation register, and on a
     * protected case someone already named on it (assigning never names: that is the deciding role's act).
     *
     * @param unitStaff    the active staff of the case's unit in the organisation register
     * @param namedStaff   the staff named on the case, when the person's identity is protected; null otherwise
     */
    public void assignTo(String username, Set<String> unitStaff, Set<String> namedStaff) {
        var assignee = staffMember(username);
        if (!unitStaff.contains(assignee)) {
            throw new RuleViolation("casehandling.error.staff-not-in-unit");
        }
        if (namedStaff != null && !namedStaff.contains(assignee)) {
            throw new RuleViolation("casehandling.error.assignee-not-named");
        }
        this.responsible = assignee;
    }

    private static String staffMember(String username) {
        if (username == null || username.isBlank()) {
            throw new RuleViolation("casehandling.error.staff-required");
        }
        return username.strip();
    }

    private void requireStatus(CaseStatus expected) {
        if (status != expected) {
            throw new RuleViolation("casehandling.error.case-in-wrong-status", status.name());
        }
    }

    /** Events registered since the case was loaded; the facade publishes them after saving. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    public CaseId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public UnitCode unit() {
        return unit;
    }

    public Intake intake() {
        return intake;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public String responsible() {
        return responsible;
    }

    public CaseStatus status() {
        return status;
    }

    public PreliminaryAssessment preliminaryAssessment() {
        return preliminaryAssessment;
    }

    public LocalDate investigationDeadline() {
        return investigationDeadline;
    }

    public Closure closure() {
        return closure;
    }

    public long version() {
        return version;
    }
}
