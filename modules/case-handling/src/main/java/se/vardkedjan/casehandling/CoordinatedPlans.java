package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseReference;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.CoordinatedPlan;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.CoordinatedPlanRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanDetails;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanSummary;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * SIPs (samordnad individuell plan, coordinated individual plans): created for a case with the client's consent,
 * drawn up with participants from the municipality, the region and (when the client does not object) relatives, and
 * read by the region's participants through their own grants. Staff methods check the case's need to know and write
 * the access log through {@link PersonalDataAccess}; region participants reach exactly the plans they hold a live
 * grant for, and every read of theirs is logged with {@link Purpose#COORDINATION}.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class CoordinatedPlans {

    private static final String WHAT = "COORDINATED_PLAN";

    private final CoordinatedPlanRows plans;
    private final CaseRows cases;
    private final PersonRows persons;
    private final Organisation organisation;
    private final PersonalDataAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CoordinatedPlans(CoordinatedPlanRows plans, CaseRows cases, PersonRows persons, Organisation organisation,
                            PersonalDataAccess access,
                            ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.persons = persons;
        this.organisation = organisation;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a SIP for the case with the client's consent, recorded as given on {@code consentGivenOn} in the given
     * form by the signed-in user. Refuses without consent; nothing is stored then.
     *
     * @param planDate the date of the SIP (its first meeting), not before the consent
     */
    @Transactional
    public CoordinatedPlanId create(CaseId caseId, LocalDate consentGivenOn, ConsentForm form, LocalDate planDate) {
        var opened = access.openCase(caseId, AccessKind.CHANGE, WHAT, Purpose.COORDINATION);
        var plan = CoordinatedPlan.create(caseId, consentGivenOn, form, opened.actor().username(), planDate,
                clock.instant(), LocalDate.now(clock));
        plans.insert(plan, clock.instant());
        plan.events().forEach(events::publishEvent);
        return plan.id();
    }

    /** The SIPs of a case, newest first. Logged as a read of the case. */
    @Transactional
    public List<CoordinatedPlanSummary> ofCase(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, WHAT, Purpose.COORDINATION);
        var name = clientName(caseId);
        var unitName = unitName(caseId);
        return plans.ofCase(caseId).stream().map(plan -> summary(plan, name, unitName)).toList();
    }

    /**
     * One SIP with everything in it, for staff. Logged as a read of the case. When the client withdrew consent in the
     * portal and the case's responsible caseworker (or, on a case without one, any caseworker with the need to know)
     * reads the plan for the first time since, that look is recorded: the start page's item "the client withdrew
     * consent" ends then (ADR 0028, slice 2).
     */
    @Transactional
    public CoordinatedPlanDetails plan(CoordinatedPlanId id) {
        var caseId = caseOf(id);
        var opened = access.openCase(caseId, AccessKind.READ, WHAT, Purpose.COORDINATION);
        var plan = plans.find(id).orElseThrow();
        if (plan.consent().withdrawnByClient()) {
            var responsible = cases.find(caseId).orElseThrow().responsible();
            var actor = opened.actor();
            if (actor.hasRole(Roles.CASEWORKER)
                    && (responsible == null || responsible.equals(actor.username()))) {
                plans.markWithdrawalSeen(id, actor.username(), clock.instant());
            }
        }
        return details(plan, clientName(caseId));
    }

    /** Adds a participant; a region participant with an account gets read access to this SIP. */
    @Transactional
    public ParticipantId addParticipant(CoordinatedPlanId id, long version, NewParticipant participant) {
        var added = new ArrayList<ParticipantId>(1);
        change(id, version, plan -> added.add(plan.add(participant)));
        return added.getFirst();
    }

    /** Takes a participant off the SIP (kept as history); a region participant's read access ends. */
    @Transactional
    public void removeParticipant(CoordinatedPlanId id, long version, ParticipantId participant) {
        change(id, version, plan -> plan.remove(participant, LocalDate.now(clock)));
    }

    /** Adds a need and its measure for a principal. */
    @Transactional
    public void addMeasure(CoordinatedPlanId id, long version, Principal principal, String need, String measure) {
        change(id, version, plan -> plan.addMeasure(principal, need, measure));
    }

    /** Names the principal with the overall responsibility. */
    @Transactional
    public void assignOverallResponsibility(CoordinatedPlanId id, long version, Principal principal) {
        change(id, version, plan -> plan.assignOverallResponsibility(principal));
    }

    /** Appoints one of the participants as the coordinator. */
    @Transactional
    public void appointCoordinator(CoordinatedPlanId id, long version, ParticipantId participant) {
        change(id, version, plan -> plan.appointCoordinator(participant));
    }

    /** Writes the goals of the SIP. */
    @Transactional
    public void writeGoals(CoordinatedPlanId id, long version, String goals) {
        change(id, version, plan -> plan.writeGoals(goals));
    }

    /** Sets the follow-up date (after the SIP's date). */
    @Transactional
    public void scheduleFollowUp(CoordinatedPlanId id, long version, LocalDate followUpOn) {
        change(id, version, plan -> plan.scheduleFollowUp(followUpOn));
    }

    /** Puts the SIP in force; it must be complete. */
    @Transactional
    public void activate(CoordinatedPlanId id, long version) {
        change(id, version, (plan, by) -> plan.activate(LocalDate.now(clock), by, clock.instant()));
    }

    /** Records a SIP meeting in the history. */
    @Transactional
    public void recordMeeting(CoordinatedPlanId id, long version, LocalDate on, String note) {
        change(id, version, (plan, by) -> plan.recordMeeting(on, by, note, clock.instant(),
                LocalDate.now(clock)));
    }

    /** Records that the SIP was followed up. */
    @Transactional
    public void recordFollowUp(CoordinatedPlanId id, long version, LocalDate on, String note) {
        change(id, version, (plan, by) -> plan.recordFollowUp(on, by, note, clock.instant(),
                LocalDate.now(clock)));
    }

    /** Ends the SIP; it stays as history. */
    @Transactional
    public void close(CoordinatedPlanId id, long version) {
        change(id, version, (plan, by) -> plan.close(LocalDate.now(clock), by, clock.instant()));
    }

    /**
     * Records that the client withdrew consent: the SIP closes for changes and every region participant's read access
     * ends at once. History is kept.
     */
    @Transactional
    public void withdrawConsent(CoordinatedPlanId id, long version, LocalDate withdrawnOn) {
        change(id, version, (plan, by) -> plan.withdrawConsent(withdrawnOn, by, clock.instant(),
                LocalDate.now(clock)));
    }

    /**
     * The one SIP a region participant may read: only when the signed-in account holds a live grant for it. Never
     * carries an address. Logged with purpose {@link Purpose#COORDINATION}.
     *
     * @throws AccessDenied when the account holds no live grant for the plan (nothing is logged then)
     */
    @Transactional
    @RolesAllowed(Roles.REGION_PARTICIPANT)
    public CoordinatedPlanDetails forRegionParticipant(CoordinatedPlanId id) {
        var actor = access.actor();
        if (!plans.hasLiveGrant(id, actor.subject())) {
            // The unit of the plan's case, when there is one, so that its unit managers see the attempt.
            var unit = plans.caseOf(id).flatMap(cases::accessFacts).map(CaseRows.AccessFacts::unit).orElse(null);
            throw access.refuse(AccessKind.READ, WHAT, Target.of("COORDINATED_PLAN", id.value()).in(unit),
                    Reason.NO_GRANT);
        }
        var plan = plans.find(id).orElseThrow(() -> access.unknown(AccessKind.READ, WHAT, "COORDINATED_PLAN",
                id.value()));
        var facts = logRegionRead(actor, List.of(plan.caseId()), WHAT);
        return details(plan, facts.getFirst());
    }

    /** The SIPs the signed-in region participant may read. Each listed plan is logged as read. */
    @Transactional
    @RolesAllowed(Roles.REGION_PARTICIPANT)
    public List<CoordinatedPlanSummary> grantedToMe() {
        var actor = access.actor();
        var granted = plans.grantedTo(actor.subject()).stream().map(id -> plans.find(id).orElseThrow()).toList();
        var names = logRegionRead(actor, granted.stream().map(CoordinatedPlan::caseId).toList(), "COORDINATED_PLAN_LIST");
        var result = new ArrayList<CoordinatedPlanSummary>(granted.size());
        var unitNames = new java.util.HashMap<CaseId, String>();
        for (var i = 0; i < granted.size(); i++) {
            var plan = granted.get(i);
            result.add(summary(plan, names.get(i), unitNames.computeIfAbsent(plan.caseId(), this::unitName)));
        }
        return result;
    }

    /** What the SIPs of a case add to its timeline: created, consent withdrawn, and the coming follow-up date. */
    @Transactional
    public List<CasePageSection.TimelineEntry> timeline(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, "COORDINATED_PLAN_TIMELINE", Purpose.COORDINATION);
        var entries = new ArrayList<CasePageSection.TimelineEntry>();
        for (var plan : plans.ofCase(caseId)) {
            entries.add(new CasePageSection.TimelineEntry(plan.planDate(), "casehandling.sip.timeline.created", null,
                    false));
            if (plan.consent().withdrawnOn() != null) {
                entries.add(new CasePageSection.TimelineEntry(plan.consent().withdrawnOn(),
                        plan.consent().withdrawnByClient() ? "casehandling.sip.timeline.consent-withdrawn-by-client"
                                : "casehandling.sip.timeline.consent-withdrawn", null, false));
            }
            if (plan.followUpOn() != null && plan.status().isOpen()) {
                entries.add(new CasePageSection.TimelineEntry(plan.followUpOn(), "casehandling.sip.timeline.follow-up",
                        null, true));
            }
        }
        return entries;
    }

    private interface Change {
        void apply(CoordinatedPlan plan, String by);
    }

    private void change(CoordinatedPlanId id, long version, Consumer<CoordinatedPlan> change) {
        change(id, version, (plan, by) -> change.accept(plan));
    }

    private void change(CoordinatedPlanId id, long version, Change change) {
        var caseId = caseOf(id);
        var opened = access.openCase(caseId, AccessKind.CHANGE, WHAT, Purpose.COORDINATION);
        var plan = plans.find(id).orElseThrow();
        if (plan.version() != version) {
            throw new ConcurrentChange("coordinated plan", id);
        }
        change.apply(plan, opened.actor().username());
        plans.update(plan, clock.instant());
        plan.events().forEach(events::publishEvent);
    }

    private CaseId caseOf(CoordinatedPlanId id) {
        return plans.caseOf(id).orElseThrow(() -> access.unknown(AccessKind.READ, WHAT, "COORDINATED_PLAN", id.value()));
    }

    /** Logs the region participant's reads, one row per plan's case, and returns the client names (null if protected). */
    private List<String> logRegionRead(se.vardkedjan.sharedkernel.Actor actor, List<CaseId> caseIds, String what) {
        var read = new ArrayList<CaseReference>(caseIds.size());
        var names = new ArrayList<String>(caseIds.size());
        for (var caseId : caseIds) {
            var facts = cases.accessFacts(caseId).orElseThrow();
            read.add(new CaseReference(caseId, facts.personId(), facts.unit(), facts.protectedIdentity()));
            names.add(clientName(caseId));
        }
        access.logCaseReads(actor, read, what, Purpose.COORDINATION);
        return names;
    }

    private String clientName(CaseId caseId) {
        var facts = cases.accessFacts(caseId).orElseThrow();
        if (facts.protectedIdentity()) {
            return null;
        }
        return persons.find(facts.personId()).map(p -> p.givenName() + " " + p.familyName()).orElse(null);
    }

    /** The name of the unit whose case it is, as the organisation register gives it (else its code). */
    private String unitName(CaseId caseId) {
        var unit = cases.accessFacts(caseId).orElseThrow().unit();
        return organisation.unitName(unit).orElse(unit.value());
    }

    private static CoordinatedPlanSummary summary(CoordinatedPlan plan, String clientName, String unitName) {
        return new CoordinatedPlanSummary(plan.id(), plan.caseId(), clientName, plan.status(), plan.planDate(),
                plan.followUpOn(), unitName);
    }

    private CoordinatedPlanDetails details(CoordinatedPlan plan, String clientName) {
        var consent = plan.consent();
        var seen = consent.withdrawnByClient() ? plans.withdrawalSeen(plan.id()).orElse(null) : null;
        var staff = new ArrayList<String>();
        staff.add(consent.recordedBy());
        if (!consent.withdrawnByClient()) {
            staff.add(consent.withdrawalRecordedBy());
        }
        staff.add(seen == null ? null : seen.by());
        plan.participants().forEach(p -> staff.add(p.staffUsername()));
        plan.history().stream().filter(h -> !CoordinatedPlan.CONSENT_WITHDRAWN_BY_CLIENT.equals(h.kind()))
                .forEach(h -> staff.add(h.recordedBy()));
        return new CoordinatedPlanDetails(plan.id(), plan.caseId(), plan.version(), clientName, plan.status(),
                plan.planDate(), new CoordinatedPlanDetails.Consent(consent.givenOn(), consent.form(),
                consent.recordedBy(), consent.withdrawnOn(),
                consent.withdrawnByClient() ? null : consent.withdrawalRecordedBy(), consent.withdrawnByClient(), consent.withdrawnAt(), seen == null ? null : seen.by(),
                seen == null ? null : seen.at()),
                plan.participants().stream().map(p -> new CoordinatedPlanDetails.Participant(p.id(), p.kind(),
                        p.staffUsername(), p.name(), p.organisation(), p.organisationalUnit(), p.role(),
                        p.accountUsername(), p.clientDoesNotObject(), p.removedOn())).toList(),
                plan.measures().stream().map(m -> new CoordinatedPlanDetails.Measure(m.principal(), m.need(),
                        m.measure())).toList(),
                plan.overallResponsibility(), plan.coordinator(), plan.goals(), plan.followUpOn(),
                plan.history().stream().map(h -> new CoordinatedPlanDetails.HistoryEntry(h.occurredOn(),
                        h.recordedAt(), h.kind(), h.status(),
                        CoordinatedPlan.CONSENT_WITHDRAWN_BY_CLIENT.equals(h.kind()) ? null : h.recordedBy(),
                        h.note())).toList(),
                organisation.staffNames(staff));
    }
}
