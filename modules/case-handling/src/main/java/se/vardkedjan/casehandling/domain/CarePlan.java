package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ActivityId;
import se.vardkedjan.casehandling.ActivityInput;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.events.CarePlanAgreed;
import se.vardkedjan.casehandling.events.CarePlanGoalsAgreed;
import se.vardkedjan.casehandling.events.GoalSet;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One revision of a case's care plan (vårdplan): goals written with the client, who does what and when, and the
 * client's recorded agreement. A draft changes freely; a plan is AGREED only once the client's agreement is recorded,
 * which needs a decided case. An agreed plan never changes: a revision is a new draft that, once agreed, supersedes it.
 */
public final class CarePlan {

    private final CarePlanId id;
    private final CaseId caseId;
    private final int revision;
    private final CarePlanId revises;
    private CarePlanStatus status;
    private final LocalDate planDate;
    private final String createdBy;
    private final List<Goal> goals;
    private final List<Activity> activities;
    private ClientResponse response;
    private CarePlanId supersededBy;
    private final long version;
    private final List<Object> events = new ArrayList<>();

    private CarePlan(CarePlanId id, CaseId caseId, int revision, CarePlanId revises, CarePlanStatus status,
                     LocalDate planDate, String createdBy, List<Goal> goals, List<Activity> activities,
                     ClientResponse response, CarePlanId supersededBy, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "case");
        this.revision = revision;
        this.revises = revises;
        this.status = Objects.requireNonNull(status, "status");
        this.planDate = Objects.requireNonNull(planDate, "plan date");
        this.createdBy = Objects.requireNonNull(createdBy, "created by");
        this.goals = new ArrayList<>(goals);
        this.activities = new ArrayList<>(activities);
        this.response = response;
        this.supersededBy = supersededBy;
        this.version = version;
    }

    /**
     * Starts the first plan of a case as a draft. Plans are normally made after a decision; a draft may be started
     * during the investigation.
     */
    public static CarePlan draft(CaseId caseId, CaseStatus caseStatus, LocalDate intakeDate, LocalDate planDate,
                                 String by) {
        checkCaseAllowsDraft(caseStatus);
        checkPlanDate(planDate, intakeDate);
        return new CarePlan(CarePlanId.random(), caseId, 1, null, CarePlanStatus.DRAFT, planDate, by, List.of(),
                List.of(), null, null, 0);
    }

    public static CarePlan restore(CarePlanId id, CaseId caseId, int revision, CarePlanId revises,
                                   CarePlanStatus status, LocalDate planDate, String createdBy, List<Goal> goals,
                                   List<Activity> activities, ClientResponse response, CarePlanId supersededBy,
                                   long version) {
        return new CarePlan(id, caseId, revision, revises, status, planDate, createdBy, goals, activities, response,
                supersededBy, version);
    }

    /**
     * Starts a revision of this agreed plan: a new draft with the same goals and activities (as new items, so this
     * revision stays as it was), dated on or after this one. This plan stays in force until the revision is agreed.
     */
    public CarePlan revise(CaseStatus caseStatus, LocalDate newPlanDate, String by) {
        if (status != CarePlanStatus.AGREED) {
            throw new RuleViolation("casehandling.plan.error.only-agreed-plan-revised");
        }
        checkCaseAllowsDraft(caseStatus);
        if (newPlanDate == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.plan.plan-date");
        }
        DateRange.check("casehandling.plan.plan-date", newPlanDate);
        if (newPlanDate.isBefore(planDate)) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.plan.previous-plan-date",
                    "casehandling.plan.plan-date");
        }
        var copiedGoals = goals.stream()
                .map(g -> new Goal(GoalId.random(), g.text(), g.measuredBy(), g.followUpOn())).toList();
        var copiedActivities = activities.stream()
                .map(a -> new Activity(ActivityId.random(), a.what(), a.who(), a.timing())).toList();
        return new CarePlan(CarePlanId.random(), caseId, revision + 1, id, CarePlanStatus.DRAFT, newPlanDate, by,
                copiedGoals, copiedActivities, null, null, 0);
    }

    /** Adds a goal to the draft; its follow-up date must come after the plan's date. */
    public GoalId setGoal(GoalInput input) {
        requireDraft();
        var goal = new Goal(GoalId.random(), input.text(), input.measuredBy(), input.followUpOn());
        goal.checkFollowUpAfter(planDate);
        goals.add(goal);
        return goal.id();
    }

    public void removeGoal(GoalId goal) {
        requireDraft();
        if (!goals.removeIf(g -> g.id().equals(goal))) {
            throw new RuleViolation("casehandling.plan.error.no-such-item");
        }
    }

    /** Adds who does what, and when. */
    public ActivityId planActivity(ActivityInput input) {
        requireDraft();
        var activity = new Activity(ActivityId.random(), input.what(), input.who(), input.timing());
        activities.add(activity);
        return activity.id();
    }

    public void removeActivity(ActivityId activity) {
        requireDraft();
        if (!activities.removeIf(a -> a.id().equals(activity))) {
            throw new RuleViolation("casehandling.plan.error.no-such-item");
        }
    }

    /**
     * Records the client's agreement: the plan is now in force. Needs a decided case, at least one goal, every goal
     * followed up after the plan's date, and an agreement date between the plan's date and today.
     */
    public void agree(LocalDate agreedOn, AgreementChannel channel, String by, CaseStatus caseStatus,
                      LocalDate today) {
        requireDraft();
        if (caseStatus != CaseStatus.DECIDED) {
            throw new RuleViolation("casehandling.plan.error.agreement-needs-decision");
        }
        var agreement = new ClientResponse(agreedOn, channel, true, null, by);
        checkResponseDate(agreedOn, today);
        if (goals.isEmpty()) {
            throw RuleViolation.forField("casehandling.plan.goal.text", "casehandling.plan.error.goals-required");
        }
        goals.forEach(g -> g.checkFollowUpAfter(planDate));
        this.response = agreement;
        this.status = CarePlanStatus.AGREED;
        events.add(new CarePlanAgreed(caseId, id, agreedOn, firstFollowUpOn()));
        goals.forEach(g -> events.add(new GoalSet(caseId, id, g.id(), g.followUpOn())));
    }

    /**
     * The agreed revision's goals with the goal of {@code superseded} (the revision it supersedes, or null) each carries
     * on: the first not yet carried on with the same text and measure (ADR 0030).
     */
    public CarePlanGoalsAgreed goalsAgreed(CarePlan superseded, LocalDate agreedOn) {
        var earlier = superseded == null ? new ArrayList<Goal>() : new ArrayList<>(superseded.goals);
        var agreed = new ArrayList<CarePlanGoalsAgreed.AgreedGoal>();
        for (var goal : goals) {
            var carried = earlier.stream().filter(e -> Objects.equals(e.text(), goal.text())
                    && Objects.equals(e.measuredBy(), goal.measuredBy())).findFirst();
            carried.ifPresent(earlier::remove);
            agreed.add(new CarePlanGoalsAgreed.AgreedGoal(goal.id(), goal.followUpOn(),
                    carried.map(Goal::id).orElse(null)));
        }
        return new CarePlanGoalsAgreed(caseId, id, revision, superseded == null ? null : superseded.id, agreedOn,
                agreed);
    }

    /**
     * Records that the client does not agree, in their own words. The plan stays a draft (it is not in force) and
     * the disagreement stays on it until an agreement replaces it.
     */
    public void recordDisagreement(LocalDate on, AgreementChannel channel, String clientsWords, String by,
                                   LocalDate today) {
        requireDraft();
        var disagreement = new ClientResponse(on, channel, false, clientsWords, by);
        checkResponseDate(on, today);
        this.response = disagreement;
    }

    /** A later revision was agreed: this one is history from now on. */
    public void supersedeWith(CarePlanId revision) {
        if (status != CarePlanStatus.AGREED) {
            throw new RuleViolation("casehandling.plan.error.only-agreed-plan-revised");
        }
        this.status = CarePlanStatus.SUPERSEDED;
        this.supersededBy = Objects.requireNonNull(revision, "revision");
    }

    /**
     * A digest of what the client agrees to: the plan's date, its goals and its activities in order (not its status,
     * who recorded what, or its version, which move without the content changing). The client's agreement in the
     * portal keeps it, so that a plan changed afterwards shows the agreement was for an earlier version (ADR 0028).
     */
    public String contentDigest() {
        var content = new StringBuilder().append(planDate).append('\u001e');
        goals.forEach(g -> content.append(g.text()).append('\u001f').append(g.measuredBy()).append('\u001f')
                .append(g.followUpOn()).append('\u001e'));
        content.append('\u001d');
        activities.forEach(a -> content.append(a.what()).append('\u001f').append(a.who().name()).append('\u001f')
                .append(a.timing()).append('\u001e'));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The earliest follow-up date of the goals, or null when there are none. */
    public LocalDate firstFollowUpOn() {
        return goals.stream().map(Goal::followUpOn).min(Comparator.naturalOrder()).orElse(null);
    }

    private void checkResponseDate(LocalDate on, LocalDate today) {
        DateRange.check("casehandling.plan.response.on", on);
        if (on.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.plan.response.on");
        }
        if (on.isBefore(planDate)) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.plan.plan-date",
                    "casehandling.plan.response.on");
        }
    }

    private void requireDraft() {
        if (status != CarePlanStatus.DRAFT) {
            throw new RuleViolation("casehandling.plan.error.not-a-draft");
        }
    }

    private static void checkCaseAllowsDraft(CaseStatus caseStatus) {
        if (caseStatus != CaseStatus.INVESTIGATION && caseStatus != CaseStatus.DECIDED) {
            throw new RuleViolation("casehandling.plan.error.case-not-ready");
        }
    }

    private static void checkPlanDate(LocalDate planDate, LocalDate intakeDate) {
        if (planDate == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.plan.plan-date");
        }
        DateRange.check("casehandling.plan.plan-date", planDate);
        if (planDate.isBefore(intakeDate)) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.intake.received-on",
                    "casehandling.plan.plan-date");
        }
    }

    /** Events registered since the plan was loaded; the facade publishes them after saving. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    public CarePlanId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public int revision() {
        return revision;
    }

    public CarePlanId revises() {
        return revises;
    }

    public CarePlanStatus status() {
        return status;
    }

    public LocalDate planDate() {
        return planDate;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<Goal> goals() {
        return List.copyOf(goals);
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    public ClientResponse response() {
        return response;
    }

    public CarePlanId supersededBy() {
        return supersededBy;
    }

    public long version() {
        return version;
    }
}
