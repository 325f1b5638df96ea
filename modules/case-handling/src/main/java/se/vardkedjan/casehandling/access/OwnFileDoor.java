package se.vardkedjan.casehandling.access;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessDoor;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessRecord;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.CurrentClient;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Optional;

/**
 * The one door to the client's own file (ADR 0028), for case handling's client-side facade methods. It takes the
 * signed-in client as BankID identified them ({@link CurrentClient}), finds their person by an exact match of the
 * identity number, and writes an access-log row for every read or change with the client as actor and purpose
 * {@link Purpose#OWN_FILE}. A record a client aims at (a plan, a goal) is let through only when it belongs to a case of
 * that very person; anything else is refused as an unknown target and recorded, so a probe learns nothing. Only the
 * {@code client} role passes; staff never do, as a client never passes {@link PersonalDataAccess}.
 */
@Component
public class OwnFileDoor {

    /**
     * A case of the signed-in client's own, opened through the door (its access-log row written).
     *
     * @param byTrustedReader true when the one signed in is an adult the client gave reading access, not the client
     *                        (the choices, ADR 0028); such a reader only reads, and only the parts the client shared
     * @param hideSignedAfter when the client chose to hide entries newer than a number of days: entries signed after
     *                        this instant are not shown (not even counted); null when nothing is hidden
     */
    public record OwnCase(Actor actor, PersonId personId, CaseId caseId, UnitCode unit, boolean protectedIdentity,
                          boolean byTrustedReader, java.time.Instant hideSignedAfter) {
    }

    /** Where the signed-in client stands: identified or not, and if so their person in the register, if any. */
    public record Standing(Actor actor, boolean identified, Optional<PersonId> person) {
    }

    private final CurrentActor currentActor;
    private final CurrentClient currentClient;
    private final PersonRows persons;
    private final CaseRows cases;
    private final AccessDoor door;
    private final Refusals refusals;

    public OwnFileDoor(CurrentActor currentActor, CurrentClient currentClient, PersonRows persons, CaseRows cases,
                       AccessDoor door, Refusals refusals) {
        this.currentActor = currentActor;
        this.currentClient = currentClient;
        this.persons = persons;
        this.cases = cases;
        this.door = door;
        this.refusals = refusals;
    }

    /**
     * The signed-in client and their person (exact identity match), or none: a client whom BankID did not identify by
     * number, or who is not in the register. Refuses anybody who is not a client (recorded).
     */
    public Standing standing() {
        var actor = currentActor.find().orElseThrow(refusals::nobodySignedIn);
        if (!actor.hasRole(Roles.CLIENT)) {
            throw refusals.refuse(actor, SecurityEvent.Attempt.CALL, "OWN_FILE", null, Reason.ROLE,
                    "Only a client signed in with BankID reads their own file");
        }
        var identity = currentClient.find();
        return new Standing(actor, identity.isPresent(), identity.flatMap(client ->
                persons.findByIdentityNumber(client.personalNumber())).map(person -> person.id()));
    }

    /**
     * Opens the case the client's own pages show (their newest open case, else their newest) and writes the row;
     * empty when the client has no person or no case (nothing is read then, and nothing written).
     *
     * @param section the part of the file read or changed (the client's choices are made per part)
     * @param what    what is read or changed, as in the access log ({@code CASE}, {@code CARE_PLAN}, …)
     */
    public Optional<OwnCase> openOwnCase(FileSection section, AccessKind kind, String what) {
        var standing = standing();
        return standing.person().flatMap(cases::ownCaseOf).flatMap(cases::accessFacts)
                .map(facts -> pass(standing.actor(), facts, kind, what, Target.of("CASE", facts.caseId().value())));
    }

    /**
     * Opens the case a record the client aimed at belongs to, when it is a case of the client's own person, and writes
     * the row; otherwise refuses as an unknown target (recorded in the security events, no row written).
     *
     * @param section      the part of the file the record belongs to
     * @param caseOfRecord the case the record belongs to, or empty when there is no such record
     * @param target       the record aimed at (a goal, a plan), named in the refusal
     * @throws AccessDenied when the record is unknown, not the client's own, or the client has no person
     */
    public OwnCase openOwnRecord(FileSection section, Optional<CaseId> caseOfRecord, AccessKind kind, String what,
                                 Target target) {
        var standing = standing();
        var facts = caseOfRecord.flatMap(cases::accessFacts)
                .filter(f -> standing.person().filter(f.personId()::equals).isPresent())
                .orElseThrow(() -> refusals.unknown(kind, what, target.kind(), target.id()));
        return pass(standing.actor(), facts, kind, what, target);
    }

    private OwnCase pass(Actor actor, CaseRows.AccessFacts facts, AccessKind kind, String what, Target target) {
        door.pass(Optional.empty(), target, AccessRecord.ofCase(actor, facts.personId(), facts.caseId(), facts.unit(),
                kind, what, Purpose.OWN_FILE, facts.protectedIdentity()));
        return new OwnCase(actor, facts.personId(), facts.caseId(), facts.unit(), facts.protectedIdentity(), false,
                null);
    }

    /**
     * The signed-in client's own person, as an application for help needs it (ADR 0028, slice 2): their person in the
     * register, or, when {@code registerIfNewOn} is given and they are not in it yet, a new person registered from
     * BankID's identity (the personal number, and the name the login gives: the last word as family name) without
     * contact details or protection. A registered person keeps everything they have, protection included. Writes the
     * access-log row for the person (the client as actor, purpose {@code OWN_FILE}); empty, with nothing read or
     * written, for a client BankID did not identify by number, or one not in the register when not registering.
     *
     * @param registerIfNewOn today, to register a client who is not in the register yet; null to only find them
     */
    public Optional<OwnPerson> openOwnPerson(FileSection section, AccessKind kind, String what,
                                             java.time.LocalDate registerIfNewOn) {
        var actor = standing().actor();
        var identity = currentClient.find();
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        var found = persons.findByIdentityNumber(identity.get().personalNumber());
        var registered = false;
        if (found.isEmpty()) {
            if (registerIfNewOn == null) {
                return Optional.empty();
            }
            var name = actor.displayName().strip();
            var lastSpace = name.lastIndexOf(' ');
            var person = se.vardkedjan.casehandling.domain.Person.register(
                    se.vardkedjan.casehandling.domain.PersonalIdentity.parse(identity.get().personalNumber(),
                            registerIfNewOn),
                    lastSpace < 0 ? name : name.substring(0, lastSpace),
                    lastSpace < 0 ? name : name.substring(lastSpace + 1), null, null);
            persons.insert(person);
            found = Optional.of(person);
            registered = true;
        }
        var person = found.get();
        var isProtected = person.protection().isProtected();
        door.pass(Optional.empty(), Target.of("PERSON", person.id().value()), AccessRecord.ofPerson(actor, person.id(),
                registered ? AccessKind.CHANGE : kind, registered ? "OWN_PERSON_REGISTERED" : what, Purpose.OWN_FILE,
                false, isProtected));
        return Optional.of(new OwnPerson(actor, person.id(), isProtected, registered));
    }

    /**
     * The signed-in client's own person, found (or registered) through the door.
     *
     * @param registered true when the door registered them just now
     */
    public record OwnPerson(Actor actor, PersonId personId, boolean protectedIdentity, boolean registered) {
    }
}
