package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseReference;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.CarePlan;
import se.vardkedjan.casehandling.domain.Case;
import se.vardkedjan.casehandling.events.CarePlanAgreed;
import se.vardkedjan.casehandling.events.GoalSet;
import se.vardkedjan.casehandling.persistence.CarePlanRows;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.ClientVoiceRows;
import se.vardkedjan.casehandling.readmodel.CarePlanDetails;
import se.vardkedjan.casehandling.readmodel.PlanFromTheClient;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.organisation.StaffNames;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Care plans (vårdplaner): goals written with the client, who does what and when, and the client's agreement. A plan
 * is drafted (from the investigation on), agreed once the case is decided, and revised by a new revision that
 * supersedes it when agreed. Publishes {@link CarePlanAgreed} and {@link GoalSet}. Every method checks the signed-in
 * user's need to know and writes the access log in the same transaction.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class CarePlans {

    private static final String WHAT = "CARE_PLAN";

    private final CarePlanRows plans;
    private final ClientVoiceRows voice;
    private final CaseRows cases;
    private final Organisation organisation;
    private final PersonalDataAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CarePlans(CarePlanRows plans, ClientVoiceRows voice, CaseRows cases, Organisation organisation,
                     PersonalDataAccess access, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.voice = voice;
        this.cases = cases;
        this.organisation = organisation;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Starts the case's first plan as a draft; a case with a plan gets a revision instead ({@link #revise}). */
    @Transactional
    public CarePlanId draft(CaseId caseId, LocalDate planDate) {
        var opened = access.openCase(caseId, AccessKind.CHANGE, WHAT, Purpose.CASE_WORK);
        var theCase = theCase(caseId);
        if (!plans.ofCase(caseId).isEmpty()) {
            throw new RuleViolation("casehandling.plan.error.plan-exists");
        }
        var plan = CarePlan.draft(caseId, theCase.status(), theCase.intake().receivedOn(), planDate,
                opened.actor().username());
        insert(plan);
        return plan.id();
    }

    /**
     * Starts a revision of the agreed plan: a new draft with its goals and activities. The agreed plan stays in force
     * (and readable) until the revision is agreed.
     */
    @Transactional
    public CarePlanId revise(CarePlanId agreed, long version, LocalDate planDate) {
        var opened = openPlan(agreed, AccessKind.CHANGE);
        var current = load(agreed, version);
        if (plans.ofCase(current.caseId()).stream().anyMatch(p -> p.status() == CarePlanStatus.DRAFT)) {
            throw new RuleViolation("casehandling.plan.error.draft-exists");
        }
        var revision = current.revise(theCase(current.caseId()).status(), planDate, opened.actor().username());
        insert(revision);
        return revision.id();
    }

    /** Adds a goal, in the client's words, to the draft. */
    @Transactional
    public GoalId setGoal(CarePlanId id, long version, GoalInput goal) {
        return change(id, version, plan -> plan.setGoal(goal));
    }

    @Transactional
    public void removeGoal(CarePlanId id, long version, GoalId goal) {
        change(id, version, plan -> {
            plan.removeGoal(goal);
            return goal;
        });
    }

    /** Adds who does what, and when, to the draft. */
    @Transactional
    public ActivityId planActivity(CarePlanId id, long version, ActivityInput activity) {
        return change(id, version, plan -> plan.planActivity(activity));
    }

    @Transactional
    public void removeActivity(CarePlanId id, long version, ActivityId activity) {
        change(id, version, plan -> {
            plan.removeActivity(activity);
            return activity;
        });
    }

    /**
     * Records the client's agreement: the plan is in force, the previous revision (if any) is superseded, and
     * {@link CarePlanAgreed} and one {@link GoalSet} per goal are published. Needs a decided case.
     */
    @Transactional
    public void recordAgreement(CarePlanId id, long version, LocalDate agreedOn, AgreementChannel channel) {
        var opened = openPlan(id, AccessKind.CHANGE);
        requireOutsideThePortal(channel);
        var plan = load(id, version);
        plan.agree(agreedOn, channel, opened.actor().username(), theCase(plan.caseId()).status(),
                LocalDate.now(clock));
        putInForce(plan, agreedOn);
    }

    /**
     * Puts the plan in force with the agreement the client gave on Mina sidor to the plan as it reads now (ADR 0028):
     * channel {@link AgreementChannel#PORTAL}, on the day the client agreed, so the caseworker need not record it
     * again by meeting, phone or writing. Otherwise as {@link #recordAgreement}.
     *
     * @throws RuleViolation {@code casehandling.plan.error.no-portal-agreement} when the client has not agreed to this
     *                       version in the portal, and as {@link #recordAgreement}
     */
    @Transactional
    public void recordPortalAgreement(CarePlanId id, long version) {
        var opened = openPlan(id, AccessKind.CHANGE);
        var plan = load(id, version);
        var agreedAt = OwnFile.fromTheClient(plan, voice).agreements().stream()
                .filter(PlanFromTheClient.ClientAgreement::toThisVersion).findFirst()
                .orElseThrow(() -> new RuleViolation("casehandling.plan.error.no-portal-agreement"));
        var agreedOn = LocalDate.ofInstant(agreedAt.agreedAt(), java.time.ZoneId.of("Europe/Stockholm"));
        plan.agree(agreedOn, AgreementChannel.PORTAL, opened.actor().username(), theCase(plan.caseId()).status(),
                LocalDate.now(clock));
        putInForce(plan, agreedOn);
    }

    /** The client's answer outside the portal: the portal's own agreement is the client's, never the caseworker's. */
    private static void requireOutsideThePortal(AgreementChannel channel) {
        if (channel == AgreementChannel.PORTAL) {
            throw RuleViolation.forField("casehandling.plan.response.channel",
                    "casehandling.plan.error.portal-channel");
        }
    }

    private void putInForce(CarePlan plan, LocalDate agreedOn) {
        CarePlan previous = null;
        if (plan.revises() != null) {
            previous = plans.find(plan.revises()).orElseThrow();
            previous.supersedeWith(plan.id());
            plans.update(previous);
        }
        plans.update(plan);
        plan.events().forEach(events::publishEvent);
        events.publishEvent(plan.goalsAgreed(previous, agreedOn));
    }

    /** Records that the client does not agree, in their own words; the plan stays a draft. */
    @Transactional
    public void recordDisagreement(CarePlanId id, long version, LocalDate on, AgreementChannel channel,
                                   String clientsWords) {
        var opened = openPlan(id, AccessKind.CHANGE);
        requireOutsideThePortal(channel);
        var plan = load(id, version);
        plan.recordDisagreement(on, channel, clientsWords, opened.actor().username(), LocalDate.now(clock));
        plans.update(plan);
    }

    /** Every revision of the case's plan, the newest first (the first one is the current draft or plan in force). */
    @Transactional
    public List<CarePlanDetails> plans(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, WHAT, Purpose.CASE_WORK);
        var found = plans.ofCase(caseId);
        var names = organisation.staffNames(found.stream().flatMap(CarePlans::staff).toList());
        return found.stream().map(plan -> details(plan, names)).toList();
    }

    /** One revision. */
    @Transactional
    public CarePlanDetails plan(CarePlanId id) {
        openPlan(id, AccessKind.READ);
        var plan = plans.find(id).orElseThrow(() -> unknownPlan(AccessKind.READ, id));
        return details(plan, organisation.staffNames(staff(plan).toList()));
    }

    /**
     * What the client added to the revision in the citizen portal: comments on its goals and agreements to it, each
     * agreement marked as to the plan as it reads now or to an earlier version of it (ADR 0028).
     */
    @Transactional
    public PlanFromTheClient fromTheClient(CarePlanId id) {
        openPlan(id, AccessKind.READ);
        var plan = plans.find(id).orElseThrow(() -> unknownPlan(AccessKind.READ, id));
        return OwnFile.fromTheClient(plan, voice);
    }

    /** The follow-up dates of the goals of the plan in force, earliest first; empty when no plan is agreed. */
    @Transactional
    public List<LocalDate> followUpDates(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, "CARE_PLAN_FOLLOW_UPS", Purpose.CASE_WORK);
        return plans.followUpDates(caseId);
    }

    private PersonalDataAccess.CaseAccess openPlan(CarePlanId id, AccessKind kind) {
        var caseId = plans.caseOf(id).orElseThrow(() -> unknownPlan(kind, id));
        return access.openCase(caseId, kind, WHAT, Purpose.CASE_WORK);
    }

    private AccessDenied unknownPlan(AccessKind kind, CarePlanId id) {
        return access.unknown(kind, WHAT, "CARE_PLAN", id.value());
    }

    /**
     * Opens the plan for a change (need to know, access log), loads it at the version the user saw, applies the change
     * and saves it; the change's result is returned.
     */
    private <T> T change(CarePlanId id, long version, Function<CarePlan, T> change) {
        openPlan(id, AccessKind.CHANGE);
        var plan = load(id, version);
        var result = change.apply(plan);
        plans.update(plan);
        return result;
    }

    private Case theCase(CaseId caseId) {
        return cases.find(caseId).orElseThrow(() -> access.unknown(AccessKind.CHANGE, WHAT, "CASE", caseId.value()));
    }

    private CarePlan load(CarePlanId id, long version) {
        var plan = plans.find(id).orElseThrow(() -> unknownPlan(AccessKind.CHANGE, id));
        if (plan.version() != version) {
            throw new ConcurrentChange("care plan", id);
        }
        return plan;
    }

    private void insert(CarePlan plan) {
        try {
            plans.insert(plan);
        } catch (DuplicateKeyException e) {
            // Somebody else started a plan or a revision of this case at the same moment.
            throw new ConcurrentChange("care plan", plan.caseId());
        }
    }

    /** Who a plan names: who drew it up and who recorded the client's response. */
    private static Stream<String> staff(CarePlan plan) {
        return Stream.of(plan.createdBy(), plan.response() == null ? null : plan.response().recordedBy());
    }

    private static CarePlanDetails details(CarePlan plan, StaffNames names) {
        var response = plan.response();
        return new CarePlanDetails(plan.id(), plan.caseId(), plan.version(), plan.revision(), plan.revises(),
                plan.status(), plan.planDate(), plan.createdBy(), names.of(plan.createdBy()),
                plan.goals().stream().map(g -> new CarePlanDetails.Goal(g.id(), g.text(), g.measuredBy(),
                        g.followUpOn())).toList(),
                plan.activities().stream().map(a -> new CarePlanDetails.Activity(a.id(), a.what(), a.who(),
                        a.timing())).toList(),
                response == null ? null : new CarePlanDetails.ClientResponse(response.on(), response.channel(),
                        response.agrees(), response.clientsWords(), response.recordedBy(),
                        names.of(response.recordedBy())),
                plan.supersededBy());
    }
}
