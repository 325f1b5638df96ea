package se.vardkedjan.providercontracts;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.providercontracts.access.AssignmentAccess;
import se.vardkedjan.providercontracts.domain.AssignmentGoal;
import se.vardkedjan.providercontracts.domain.EstablishedPlanVersion;
import se.vardkedjan.providercontracts.domain.HistoryEntry;
import se.vardkedjan.providercontracts.domain.ImplementationPlan;
import se.vardkedjan.providercontracts.domain.PlanActivity;
import se.vardkedjan.providercontracts.domain.PlanContent;
import se.vardkedjan.providercontracts.persistence.AssignmentRows;
import se.vardkedjan.providercontracts.persistence.ImplementationPlanRows;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Implementation plans (genomförandeplaner, ADR 0027): the provider's staff of the organisation an assignment is
 * addressed to write the plan once they have accepted it, and establish it; an established version is never changed
 * (a revision is a new version). The case's staff who may see the case read it. Every method checks the role and the
 * need to know through {@link AssignmentAccess} and writes the access log ({@code IMPLEMENTATION_PLAN}) in its own
 * transaction; a refusal is recorded. A change names the version it was read at: a stale one is refused.
 */
@Service
public class ImplementationPlans {

    static final String WHAT = "IMPLEMENTATION_PLAN";

    private final ImplementationPlanRows plans;
    private final AssignmentRows assignments;
    private final AssignmentAccess access;
    private final Clock clock;

    public ImplementationPlans(ImplementationPlanRows plans, AssignmentRows assignments, AssignmentAccess access,
                               Clock clock) {
        this.plans = plans;
        this.assignments = assignments;
        this.access = access;
        this.clock = clock;
    }

    /** The plan of an assignment addressed to the provider's organisation. Logged as a read. */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public ImplementationPlanView forProvider(AssignmentId id) {
        access.openForProvider(id, AccessKind.READ, WHAT);
        return view(id);
    }

    /** The plan of an assignment of a case the caseworker or unit manager may see. Logged as a read. */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public ImplementationPlanView forCaseStaff(AssignmentId id) {
        access.openForCaseStaff(id, AccessKind.READ, WHAT);
        return view(id);
    }

    /**
     * Writes the plan's draft (opening one, from the latest established version, when none is open). Only while the
     * assignment is accepted or running; {@code version} 0 when no plan exists yet.
     */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public ImplementationPlanView saveDraft(AssignmentId id, long version, ImplementationPlanContent content) {
        var opened = access.openForProvider(id, AccessKind.CHANGE, WHAT);
        var status = assignments.find(id).orElseThrow().assignment().status();
        var existing = plans.ofAssignment(id);
        var plan = existing.orElseGet(() -> ImplementationPlan.start(UUID.randomUUID(), id, status));
        if (plan.version() != version) {
            throw new ConcurrentChange("implementation plan", id);
        }
        plan.writeDraft(content(content), status);
        plans.save(plan, existing.isEmpty(), opened.actor().username());
        return view(id);
    }

    /** Establishes the draft as the plan's next version, never changed after; the case's timeline shows it. */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public ImplementationPlanView establish(AssignmentId id, long version) {
        var opened = access.openForProvider(id, AccessKind.CHANGE, WHAT);
        var status = assignments.find(id).orElseThrow().assignment().status();
        var plan = plans.ofAssignment(id).orElseThrow(() -> new ConcurrentChange("implementation plan", id));
        if (plan.version() != version) {
            throw new ConcurrentChange("implementation plan", id);
        }
        var actor = opened.actor();
        var at = clock.instant();
        var established = plan.establish(status, actor.username(), actor.displayName().isBlank() ? actor.username()
                : actor.displayName(), at);
        plans.save(plan, false, actor.username());
        assignments.recordHistory(id, new HistoryEntry(at, actor.username(), "PLAN_ESTABLISHED",
                String.valueOf(established.number())), AssignmentRows.By.of(actor));
        return view(id);
    }

    // ---- Inside

    private ImplementationPlanView view(AssignmentId id) {
        var assignment = assignments.find(id).orElseThrow().assignment();
        var goals = assignment.goals().stream().map(AssignmentGoal::text).toList();
        var plan = plans.ofAssignment(id);
        if (plan.isEmpty()) {
            return new ImplementationPlanView(id, assignment.status(), 0, goals, null, List.of());
        }
        var p = plan.get();
        return new ImplementationPlanView(id, assignment.status(), p.version(), goals,
                p.draft() == null ? null : record(p.draft()),
                p.established().stream().map(ImplementationPlans::record).toList());
    }

    private static PlanContent content(ImplementationPlanContent input) {
        if (input == null) {
            return PlanContent.EMPTY;
        }
        return new PlanContent(input.activities().stream().map(a -> new PlanActivity(a.description(), a.goal(),
                a.performer(), a.schedule())).toList(), input.workingWith(), input.participation(),
                input.clientView());
    }

    private static ImplementationPlanContent record(PlanContent content) {
        return new ImplementationPlanContent(content.activities().stream()
                .map(a -> new ImplementationPlanContent.Activity(a.description(), a.goal(), a.performer(),
                        a.schedule())).toList(), content.workingWith(), content.participation(),
                content.clientView());
    }

    private static ImplementationPlanView.Established record(EstablishedPlanVersion version) {
        return new ImplementationPlanView.Established(version.number(), record(version.content()), version.at(),
                version.by(), version.byName());
    }
}
