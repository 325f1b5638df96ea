package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The implementation plan (genomförandeplan) of one assignment, written by the provider once it has accepted the
 * assignment (ADR 0027). The provider writes a draft and establishes it (fastställer); an established version is
 * never changed: to revise the plan the provider writes a new draft, which starts from the latest version and becomes
 * the next version when established. The versions are kept append-only in the database too.
 */
public final class ImplementationPlan {

    private final UUID id;
    private final AssignmentId assignmentId;
    private final long version;
    private PlanContent draft;
    private final List<EstablishedPlanVersion> established;
    private final List<EstablishedPlanVersion> newlyEstablished = new ArrayList<>();

    private ImplementationPlan(UUID id, AssignmentId assignmentId, long version, PlanContent draft,
                               List<EstablishedPlanVersion> established) {
        this.id = Objects.requireNonNull(id, "id");
        this.assignmentId = Objects.requireNonNull(assignmentId, "assignmentId");
        this.version = version;
        this.draft = draft;
        this.established = new ArrayList<>(established);
    }

    /** A new plan, with nothing written yet, for an assignment the provider has accepted (or started). */
    public static ImplementationPlan start(UUID id, AssignmentId assignmentId, AssignmentStatus status) {
        checkWritable(status);
        return new ImplementationPlan(id, assignmentId, 0, null, List.of());
    }

    public static ImplementationPlan restore(UUID id, AssignmentId assignmentId, long version, PlanContent draft,
                                             List<EstablishedPlanVersion> established) {
        return new ImplementationPlan(id, assignmentId, version, draft, established);
    }

    /** The provider writes the plan only while the assignment is accepted or running. */
    public static void checkWritable(AssignmentStatus status) {
        if (status != AssignmentStatus.ACCEPTED && status != AssignmentStatus.RUNNING) {
            throw new RuleViolation("providercontracts.plan.error.not-accepted");
        }
    }

    /** Writes the draft (opening one when none is open); established versions stay as they are. */
    public void writeDraft(PlanContent content, AssignmentStatus status) {
        checkWritable(status);
        this.draft = Objects.requireNonNull(content, "content");
    }

    /** Establishes the draft as the next version; refused without a draft or with an incomplete one. */
    public EstablishedPlanVersion establish(AssignmentStatus status, String by, String byName, Instant at) {
        checkWritable(status);
        if (draft == null) {
            throw new RuleViolation("providercontracts.plan.error.no-draft");
        }
        draft.checkComplete();
        var next = new EstablishedPlanVersion(established.size() + 1, draft, at, by, byName);
        established.add(next);
        newlyEstablished.add(next);
        draft = null;
        return next;
    }

    /** What a new draft starts from: the latest established version, or nothing. */
    public PlanContent startingPoint() {
        return draft != null ? draft : latest().map(EstablishedPlanVersion::content).orElse(PlanContent.EMPTY);
    }

    public Optional<EstablishedPlanVersion> latest() {
        return established.isEmpty() ? Optional.empty() : Optional.of(established.getLast());
    }

    public UUID id() {
        return id;
    }

    public AssignmentId assignmentId() {
        return assignmentId;
    }

    public long version() {
        return version;
    }

    /** The draft being written, or null when none is open. */
    public PlanContent draft() {
        return draft;
    }

    /** The established versions, oldest first; never changed. */
    public List<EstablishedPlanVersion> established() {
        return List.copyOf(established);
    }

    /** The versions established since the plan was loaded: the repository appends them. */
    public List<EstablishedPlanVersion> newlyEstablished() {
        return List.copyOf(newlyEstablished);
    }
}
