package se.vardkedjan.accesslog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Optional;

/**
 * A tiny module's door, for the tests only (AccessDoorModuleTests): its rule is that a team's notes are read by the
 * team; the facade checks it and passes the answer to the access log's {@link AccessDoor}.
 */
@Service
class TeamNotes {

    private final AccessDoor door;
    private final Refusals refusals;
    private final CurrentActor currentActor;

    TeamNotes(AccessDoor door, Refusals refusals, CurrentActor currentActor) {
        this.door = door;
        this.refusals = refusals;
        this.currentActor = currentActor;
    }

    /** Reads a person's note kept by a team. */
    @Transactional
    public void read(PersonId person, UnitCode team) {
        var actor = currentActor.find().orElseThrow(refusals::nobodySignedIn);
        door.pass(actor.belongsTo(team) ? Optional.empty() : Optional.of(Reason.OUTSIDE_UNITS),
                Target.of("NOTE", person.value()).in(team),
                new AccessRecord(actor, person, null, team, AccessKind.READ, "NOTE", Purpose.CASE_WORK, false, false));
    }

    /** Reads the notes of two teams in one call: a refusal of the second rolls back the first read. */
    @Transactional
    public void readBoth(PersonId person, UnitCode first, UnitCode second) {
        read(person, first);
        read(person, second);
    }
}
