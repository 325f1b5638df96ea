package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.access.OwnFileDoor;
import org.springframework.context.ApplicationEventPublisher;
import se.vardkedjan.casehandling.domain.CarePlan;
import se.vardkedjan.casehandling.domain.CoordinatedPlan;
import se.vardkedjan.casehandling.persistence.CoordinatedPlanRows;
import se.vardkedjan.casehandling.readmodel.OwnCoordinatedPlan;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.casehandling.persistence.CarePlanRows;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.ClientVoiceRows;
import se.vardkedjan.casehandling.readmodel.CarePlanDetails;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus;
import se.vardkedjan.casehandling.readmodel.OwnDecision;
import se.vardkedjan.casehandling.readmodel.OwnJournal;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.casehandling.readmodel.OwnPlan;
import se.vardkedjan.casehandling.readmodel.PlanFromTheClient;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * The client's own file, as the citizen portal shows it to them and as they add to it (ADR 0028): where their case
 * stands, their care plan, and the two things they add to the plan — a comment on a goal and their agreement; their
 * decisions with the decision document, and the journal entries released to them, to which they add their own view. No
 * method takes a person or case id: the person is always the signed-in client's ({@link OwnFileDoor}), and a record id
 * the client names (a goal, a plan) is checked to be their own, else refused as unknown and recorded. Every read and
 * change writes an access-log row with the client as actor and purpose {@code OWN_FILE}. Only clients call it.
 */
@Service
@RolesAllowed(Roles.CLIENT)
public class OwnFile {

    private final OwnFileDoor door;
    private final CaseRows cases;
    private final CarePlanRows plans;
    private final ClientVoiceRows voice;
    private final CoordinatedPlanRows sips;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OwnDecisionsAndJournal decisionsAndJournal;

    public OwnFile(OwnFileDoor door, CaseRows cases, CarePlanRows plans, ClientVoiceRows voice,
                   CoordinatedPlanRows sips, Organisation organisation, ApplicationEventPublisher events,
                   Clock clock, OwnDecisionsAndJournal decisionsAndJournal) {
        this.decisionsAndJournal = decisionsAndJournal;
        this.door = door;
        this.cases = cases;
        this.plans = plans;
        this.voice = voice;
        this.sips = sips;
        this.events = events;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Where the client's case stands, the next step's date where known, and who handles it. */
    @Transactional
    public OwnCaseStatus status() {
        var reading = door.reading();
        if (!reading.identified()) {
            return OwnCaseStatus.without(Standing.NOT_IDENTIFIED);
        }
        if (reading.blocked()) {
            return OwnCaseStatus.without(Standing.BLOCKED);
        }
        var opened = door.openOwnCase(FileSection.CASE, AccessKind.READ, "OWN_CASE");
        if (opened.isEmpty()) {
            return OwnCaseStatus.without(Standing.NO_CASE);
        }
        var theCase = cases.find(opened.get().caseId()).orElseThrow();
        var stage = cases.stageFacts(theCase.id(), theCase.status(), opened.get().actor().username()).stage();
        var plan = currentPlan(theCase.id());
        var caseworker = theCase.responsible() == null ? null
                : organisation.staffNames(List.of(theCase.responsible())).of(theCase.responsible());
        return new OwnCaseStatus(Standing.HAS_CASE, stage, theCase.intake().receivedOn(),
                theCase.status() == CaseStatus.INVESTIGATION ? theCase.investigationDeadline() : null,
                plan.map(this::nextFollowUp).orElse(null), plan.isPresent(), caseworker,
                organisation.unitName(theCase.unit()).orElse(theCase.unit().value()),
                organisation.unitContact(theCase.unit()).orElse(se.vardkedjan.organisation.UnitContact.NONE));
    }

    /** The client's current care plan: the newest revision of their case's plan; empty when there is none. */
    @Transactional
    public Optional<OwnPlan> plan() {
        return door.openOwnCase(FileSection.PLAN, AccessKind.READ, "CARE_PLAN").flatMap(opened -> currentPlan(opened.caseId()))
                .map(this::ownPlan);
    }

    /**
     * Adds the client's comment to a goal of their own plan. The comment is kept in the case file (append-only) with
     * the goal's text as it reads now, and the caseworker sees it on the case page.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the goal is unknown or not in the client's own plan
     *                                                 (recorded)
     * @throws RuleViolation when the comment is empty or too long, or the plan is no longer the current one
     */
    @Transactional
    public void commentOnGoal(GoalId goalId, String text) {
        var planId = voice.planOfGoal(goalId);
        var opened = door.openOwnRecord(FileSection.PLAN, planId.flatMap(plans::caseOf), AccessKind.CHANGE, "CARE_PLAN_GOAL_COMMENT",
                Target.of("GOAL", goalId.value()));
        var plan = plans.find(planId.orElseThrow()).orElseThrow();
        var comment = FREE_TEXT.required("casehandling.own.comment", text, FreeText.MEDIUM);
        if (plan.status() == CarePlanStatus.SUPERSEDED) {
            throw new RuleViolation("casehandling.own.error.plan-replaced");
        }
        var goal = plan.goals().stream().filter(g -> g.id().equals(goalId)).findFirst().orElseThrow();
        voice.insertComment(plan.id(), goalId, goal.text(), comment, opened.actor().subject(), clock.instant());
    }

    /**
     * Records that the client agrees with their plan as they read it (the version they saw). Kept in the case file
     * (append-only) with the plan's content digest, so a plan changed afterwards shows the agreement was for an earlier
     * version; agreeing again to the same content adds nothing. It does not put the plan in force: the caseworker
     * records that, as before, and sees the client's agreement on the case page.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the plan is unknown or not the client's own (recorded)
     * @throws ConcurrentChange when the plan changed since the client read it
     * @throws RuleViolation when the plan has been replaced by a later one
     */
    @Transactional
    public void agreeToPlan(CarePlanId planId, long version) {
        var opened = door.openOwnRecord(FileSection.PLAN, plans.caseOf(planId), AccessKind.CHANGE, "CARE_PLAN_CLIENT_AGREEMENT",
                Target.of("CARE_PLAN", planId.value()));
        var plan = plans.find(planId).orElseThrow();
        if (plan.version() != version) {
            throw new ConcurrentChange("care plan", planId);
        }
        if (plan.status() == CarePlanStatus.SUPERSEDED) {
            throw new RuleViolation("casehandling.own.error.plan-replaced");
        }
        voice.insertAgreement(planId, plan.contentDigest(), opened.actor().subject(), clock.instant());
    }

    /**
     * The decisions made in the client's case (in force: not proposals, not returned ones), the newest first, each with
     * what was applied for and granted or refused, the legal basis, the reasons, who decided in which role, how the
     * client was told and whether it can be appealed. Empty when the client has no case.
     */
    @Transactional
    public List<OwnDecision> decisions() {
        return decisionsAndJournal.decisions();
    }

    /**
     * One decision made in the client's case (a link to it, for example).
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the decision is unknown, not made yet, or not the client's
     *                                                 own (recorded)
     */
    @Transactional
    public OwnDecision decision(DecisionId id) {
        return decisionsAndJournal.decision(id);
    }

    /**
     * The decision document as PDF: the very document staff send ({@link Decisions#decisionDocument}). Logged as a read
     * of {@code DECISION_DOCUMENT}.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the decision is unknown, not made yet, or not the client's
     *                                                 own (recorded)
     */
    @Transactional
    public byte[] decisionDocument(DecisionId id) {
        return decisionsAndJournal.decisionDocument(id);
    }

    /**
     * The journal entries released to the client in their case, the newest first: each in its latest version, a
     * corrected one with its earlier versions (when and why corrected), and the client's views on it. Entries not
     * released (or whose release was withdrawn) are not in it, nor those the client chose to hide for now. Empty when
     * the client has no case.
     */
    @Transactional
    public Optional<OwnJournal> journal() {
        return decisionsAndJournal.journal();
    }

    /**
     * Adds the client's own view to an entry released to them. It is kept beside the entry as an objection the
     * caseworker records is (append-only), marked as written by the client in the portal, and the caseworker sees it on
     * the entry in the case's journal.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the entry is unknown, not released to the client, hidden by
     *                                                 their choice, or not their own (recorded)
     * @throws RuleViolation when the view is empty or too long, or the one signed in only reads (a trusted adult)
     */
    @Transactional
    public void addViewToEntry(JournalEntryId id, String text) {
        decisionsAndJournal.addViewToEntry(id, text);
    }

    /**
     * The SIPs of the client's case, newest first: who takes part, who does what, who coordinates, the goals, the next
     * follow-up, where each stands and the client's consent. Empty when there is none (or no case).
     */
    @Transactional
    public List<OwnCoordinatedPlan> coordinatedPlans() {
        return door.openOwnCase(FileSection.SIP, AccessKind.READ, "COORDINATED_PLAN")
                .map(opened -> sips.ofCase(opened.caseId()).stream()
                        .map(plan -> ownCoordinatedPlan(plan, opened.byTrustedReader())).toList())
                .orElse(List.of());
    }

    /**
     * The client withdraws their consent to a SIP of their own, now, in the portal: the SIP closes for changes (its
     * coordination stops) and every region participant's read access ends at once; nothing recorded is removed. The
     * plan records that the client did it themself and when; the caseworker sees it on the case page (SIP section and
     * timeline) and on their start page until they have opened the SIP.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the SIP is unknown or not the client's own, or the one
     *                                                 signed in only reads for the client (recorded)
     * @throws ConcurrentChange when the SIP changed since the client read it
     * @throws RuleViolation when consent is already withdrawn
     */
    @Transactional
    public void withdrawSipConsent(CoordinatedPlanId planId, long version) {
        var opened = door.openOwnRecord(FileSection.SIP, sips.caseOf(planId), AccessKind.CHANGE,
                "COORDINATED_PLAN_CONSENT_WITHDRAWAL", Target.of("COORDINATED_PLAN", planId.value()));
        if (opened.byTrustedReader()) {
            throw new RuleViolation("casehandling.own.error.read-only");
        }
        var plan = sips.find(planId).orElseThrow();
        if (plan.version() != version) {
            throw new ConcurrentChange("coordinated plan", planId);
        }
        plan.withdrawConsentByClient(opened.actor().subject(), clock.instant(), LocalDate.now(clock));
        sips.update(plan, clock.instant());
        plan.events().forEach(events::publishEvent);
    }

    private OwnCoordinatedPlan ownCoordinatedPlan(CoordinatedPlan plan, boolean readOnly) {
        var current = plan.participants().stream().filter(CoordinatedPlan.Participant::current).toList();
        var names = organisation.staffNames(current.stream().map(CoordinatedPlan.Participant::staffUsername)
                .filter(java.util.Objects::nonNull).toList());
        java.util.function.Function<CoordinatedPlan.Participant, OwnCoordinatedPlan.Participant> line = p ->
                new OwnCoordinatedPlan.Participant(p.kind(), p.name() != null ? p.name() : names.of(p.staffUsername()),
                        p.organisation(), p.organisationalUnit(), p.role());
        var coordinator = current.stream().filter(p -> p.id().equals(plan.coordinator())).findFirst().map(line)
                .orElse(null);
        var consent = plan.consent();
        return new OwnCoordinatedPlan(plan.id(), plan.version(), plan.status(), plan.planDate(),
                current.stream().map(line).toList(),
                plan.measures().stream().map(m -> new OwnCoordinatedPlan.Measure(m.principal(), m.need(),
                        m.measure())).toList(),
                plan.overallResponsibility(), coordinator, plan.goals(), plan.followUpOn(),
                new OwnCoordinatedPlan.Consent(consent.givenOn(), consent.form(), consent.withdrawnOn(),
                        consent.withdrawnByClient(), consent.withdrawnAt()), readOnly);
    }

    /** The newest revision of the case's plan that is not superseded (a draft, else the plan in force). */
    private Optional<CarePlan> currentPlan(se.vardkedjan.sharedkernel.CaseId caseId) {
        return plans.ofCase(caseId).stream().filter(p -> p.status() != CarePlanStatus.SUPERSEDED).findFirst();
    }

    private LocalDate nextFollowUp(CarePlan plan) {
        var today = LocalDate.now(clock);
        return plan.goals().stream().map(g -> g.followUpOn()).filter(d -> !d.isBefore(today))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private OwnPlan ownPlan(CarePlan plan) {
        var response = plan.response();
        return new OwnPlan(plan.id(), plan.version(), plan.revision(), plan.status(), plan.planDate(),
                response != null && response.agrees() ? response.on() : null,
                plan.goals().stream().map(g -> new CarePlanDetails.Goal(g.id(), g.text(), g.measuredBy(),
                        g.followUpOn())).toList(),
                plan.activities().stream().map(a -> new CarePlanDetails.Activity(a.id(), a.what(), a.who(),
                        a.timing())).toList(),
                nextFollowUp(plan), fromTheClient(plan, voice));
    }

    /** What the client added to the plan in the portal, each agreement marked as to this content or an earlier one. */
    static PlanFromTheClient fromTheClient(CarePlan plan, ClientVoiceRows voice) {
        var digest = plan.contentDigest();
        return new PlanFromTheClient(
                voice.comments(plan.id()).stream().map(c -> new PlanFromTheClient.GoalComment(c.goal(),
                        c.goalText(), c.text(), c.writtenAt())).toList(),
                voice.agreements(plan.id()).stream().map(a -> new PlanFromTheClient.ClientAgreement(a.agreedAt(),
                        a.contentDigest().equals(digest))).toList());
    }
}
