package se.vardkedjan.casehandling.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessDoor;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessLog;
import se.vardkedjan.accesslog.AccessRecord;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.ClientChoiceRows;
import se.vardkedjan.casehandling.persistence.ClientChoiceRows.Choice;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.readmodel.TrustingClient;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.CurrentClient;
import se.vardkedjan.sharedkernel.FileInView;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one door to the client's own file (ADR 0028), for case handling's client-side facade methods. It takes the
 * signed-in client as BankID identified them ({@link CurrentClient}), finds their person by an exact match of the
 * identity number, and writes an access-log row for every read or change with the client as actor and purpose
 * {@link Purpose#OWN_FILE}. A record a client aims at (a plan, a goal) is let through only when it belongs to a case of
 * that very person; anything else is refused as an unknown target and recorded, so a probe learns nothing. Only the
 * {@code client} role passes; staff never do, as a client never passes {@link PersonalDataAccess}.
 *
 * <p>The client's choices (ADR 0028, slice 2) are enforced here, on every call. A client who blocked their portal
 * access passes only for {@link FileSection#CHOICES} (where they lift it); anything else is refused and recorded. An
 * adult the client trusts, signed in with their own BankID, who chose the client's file ({@link FileInView}), passes
 * only for the sections the client shared, only to read, and not while the client has blocked the portal; every row
 * names the adult as actor, and a refusal is recorded. The choice is checked against the client's choices at each
 * call, so a revoked access ends on the next request (and the choice falls back to the adult's own file). Hidden new
 * entries ({@link OwnCase#hideSignedAfter}) are the file owner's choice, for the client and a trusted reader alike.
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

    /**
     * Where the signed-in client stands: identified or not, and if so their own person in the register, if any;
     * {@code otherOwner} the person whose file they chose to read instead, when a client trusts them with it now (see
     * {@link #reading}).
     */
    public record Standing(Actor actor, boolean identified, Optional<PersonId> person) {
    }

    /**
     * Whose file the signed-in user reads now, as the door will let them: their own ({@code owner} is their person, if
     * any) or, as a trusted reader, a client's ({@code sections} those the client shared). {@code blocked}: the file's
     * owner has blocked the portal access.
     */
    public record Reading(Actor actor, boolean identified, Optional<PersonId> owner, boolean byTrustedReader,
                          Set<FileSection> sections, boolean blocked, Instant hideSignedAfter) {
    }

    private final CurrentActor currentActor;
    private final CurrentClient currentClient;
    private final PersonRows persons;
    private final CaseRows cases;
    private final AccessDoor door;
    private final Refusals refusals;
    private final ClientChoiceRows choices;
    private final ObjectProvider<FileInView> fileInView;
    private final Clock clock;
    private final AccessLog log;

    public OwnFileDoor(CurrentActor currentActor, CurrentClient currentClient, PersonRows persons, CaseRows cases,
                       AccessDoor door, Refusals refusals, ClientChoiceRows choices,
                       ObjectProvider<FileInView> fileInView, Clock clock, AccessLog log) {
        this.log = log;
        this.currentActor = currentActor;
        this.currentClient = currentClient;
        this.persons = persons;
        this.cases = cases;
        this.door = door;
        this.refusals = refusals;
        this.choices = choices;
        this.fileInView = fileInView;
        this.clock = clock;
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
     * Whose file the signed-in user reads now (their own, or a trusting client's they chose), with the owner's
     * choices that the door applies; reads nothing and writes nothing. A chosen file whose owner no longer trusts the
     * user falls back to the user's own (the choice is reset).
     */
    public Reading reading() {
        var standing = standing();
        var chosen = fileInView.stream().findFirst().flatMap(FileInView::otherOwner)
                .filter(other -> standing.person().filter(other::equals).isEmpty());
        if (chosen.isPresent() && standing.identified()) {
            var number = currentClient.find().orElseThrow().personalNumber();
            var trust = choices.trusting(number).stream().filter(row -> row.person().equals(chosen.get()))
                    .findFirst();
            if (trust.isPresent()) {
                return new Reading(standing.actor(), true, chosen, true, trust.get().sections(),
                        blocked(chosen.get()), hideSignedAfter(chosen.get()));
            }
            fileInView.ifAvailable(FileInView::readOwn);
        }
        return new Reading(standing.actor(), standing.identified(), standing.person(), false,
                Set.of(FileSection.values()), standing.person().map(this::blocked).orElse(false),
                standing.person().map(this::hideSignedAfter).orElse(null));
    }

    /**
     * Opens the case the pages show of the file the user reads (their own, or a trusting client's: see
     * {@link #reading}) — the owner's newest open case, else their newest — and writes the row; empty when the owner
     * has no person or no case (nothing is read then, and nothing written).
     *
     * @param section the part of the file read or changed (the client's choices are made per part)
     * @param what    what is read or changed, as in the access log ({@code CASE}, {@code CARE_PLAN}, …)
     * @throws AccessDenied when the owner's choices do not let the user in for this section and kind (recorded)
     */
    public Optional<OwnCase> openOwnCase(FileSection section, AccessKind kind, String what) {
        var reading = reading();
        var owner = reading.owner();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        var ownCase = cases.ownCaseOf(owner.get());
        var target = Target.of(ownCase.isPresent() ? "CASE" : "PERSON",
                ownCase.map(id -> (Object) id.value()).orElse(owner.get().value()));
        admit(reading, section, kind, what, target);
        return ownCase.flatMap(cases::accessFacts).map(facts -> pass(reading, facts, kind, what,
                Target.of("CASE", facts.caseId().value())));
    }

    /**
     * Opens every case of the person whose file the user reads (their own, or a trusting client's), the open ones
     * first, writing a row for each: for a part of the file that lists records across all
     * the owner's cases (the questionnaires sent in any of them, ADR 0030 amendment). Empty when the owner has no person
     * or no case (nothing written then).
     *
     * @throws AccessDenied when the owner's choices do not let the user in for this section and kind (recorded)
     */
    public List<OwnCase> openOwnCases(FileSection section, AccessKind kind, String what) {
        var reading = reading();
        var owner = reading.owner();
        if (owner.isEmpty()) {
            return List.of();
        }
        var newest = cases.ownCaseOf(owner.get());
        var target = Target.of(newest.isPresent() ? "CASE" : "PERSON",
                newest.map(id -> (Object) id.value()).orElse(owner.get().value()));
        admit(reading, section, kind, what, target);
        return cases.casesOf(owner.get()).stream()
                .sorted(java.util.Comparator.comparing((CaseRows.AccessFacts f) -> !f.open()))
                .map(facts -> pass(reading, facts, kind, what, Target.of("CASE", facts.caseId().value())))
                .toList();
    }

    /**
     * Opens the case a record the user aimed at belongs to, when it is a case of the person whose file they read (their
     * own, or a trusting client's), and writes the row; otherwise refuses as an unknown target (recorded in the security
     * events, no row written).
     *
     * @param section      the part of the file the record belongs to
     * @param caseOfRecord the case the record belongs to, or empty when there is no such record
     * @param target       the record aimed at (a goal, a plan), named in the refusal
     * @throws AccessDenied when the record is unknown, not in the file read, the file's owner has no person, or the
     *                      owner's choices do not let the user in for this section and kind
     */
    public OwnCase openOwnRecord(FileSection section, Optional<CaseId> caseOfRecord, AccessKind kind, String what,
                                 Target target) {
        var reading = reading();
        var facts = caseOfRecord.flatMap(cases::accessFacts)
                .filter(f -> reading.owner().filter(f.personId()::equals).isPresent())
                .orElseThrow(() -> refusals.unknown(kind, what, target.kind(), target.id()));
        admit(reading, section, kind, what, target);
        return pass(reading, facts, kind, what, target);
    }

    /**
     * Opens the person whose file the user reads (see {@link #reading}) for a part of the file that is about the person
     * rather than a case — their choices ({@link FileSection#CHOICES}, which only the client opens, in their own file),
     * the access log of their file — and writes the row about the person; empty when there is no person.
     *
     * @throws AccessDenied when the owner's choices do not let the user in for this section and kind (recorded)
     */
    public Optional<OwnPerson> openOwnPerson(FileSection section, AccessKind kind, String what) {
        var reading = reading();
        if (reading.owner().isEmpty()) {
            return Optional.empty();
        }
        admit(reading, section, kind, what, Target.of("PERSON", reading.owner().get().value()));
        var person = persons.find(reading.owner().get()).orElseThrow();
        var protectedIdentity = person.protection().isProtected();
        door.pass(Optional.empty(), Target.of("PERSON", person.id().value()), AccessRecord.ofPerson(
                reading.actor(), person.id(), kind, what, purpose(reading), false, protectedIdentity));
        return Optional.of(new OwnPerson(reading.actor(), person.id(), protectedIdentity, reading.byTrustedReader()));
    }

    /** The person whose file is read, opened for a part about the person (its access-log row written). */
    public record OwnPerson(Actor actor, PersonId personId, boolean protectedIdentity, boolean byTrustedReader) {
    }

    /**
     * The clients who trust the signed-in adult with reading access now (for the portal's "whose file" choice), each
     * with their given name; the read of each name is logged about that client, with the adult as actor.
     */
    public List<TrustingClient> trustingClients() {
        var standing = standing();
        if (!standing.identified()) {
            return List.of();
        }
        var number = currentClient.find().orElseThrow().personalNumber();
        var trusting = choices.trusting(number).stream()
                .filter(row -> standing.person().filter(row.person()::equals).isEmpty())
                .flatMap(row -> persons.find(row.person()).stream()).toList();
        log.recordAll(trusting.stream().map(person -> AccessRecord.ofPerson(standing.actor(), person.id(),
                AccessKind.READ, "TRUSTED_FILE_OWNER", Purpose.TRUSTED_READER, false,
                person.protection().isProtected())).toList());
        return trusting.stream().map(person -> new TrustingClient(person.id(), person.givenName())).toList();
    }

    /**
     * Chooses whose file the signed-in user reads from now on: their own (empty), or that of a client who trusts them
     * now; any other person is refused as an unknown target (recorded), so a probe learns nothing.
     */
    public void chooseFile(Optional<PersonId> owner) {
        var standing = standing();
        var view = fileInView.getIfAvailable();
        if (owner.isEmpty() || standing.person().equals(owner)) {
            if (view != null) {
                view.readOwn();
            }
            return;
        }
        var trusted = standing.identified() && choices.trusting(currentClient.find().orElseThrow().personalNumber())
                .stream().anyMatch(row -> row.person().equals(owner.get()));
        if (!trusted || view == null) {
            throw refusals.unknown(AccessKind.READ, "TRUSTED_FILE_OWNER", "PERSON", owner.get().value());
        }
        view.readFileOf(owner.get());
    }

    /** Refuses a record the user named that is not theirs (or does not exist) as an unknown target, recorded. */
    public se.vardkedjan.sharedkernel.AccessDenied unknownTarget(AccessKind kind, String what, String targetKind,
                                                                 Object id) {
        return refusals.unknown(kind, what, targetKind, id);
    }

    /** Refuses (recorded) what the owner's choices do not allow the user: the door's one rule for the choices. */
    private void admit(Reading reading, FileSection section, AccessKind kind, String what, Target target) {
        if (reading.byTrustedReader()) {
            var refusal = reading.blocked() ? Reason.BLOCKED_BY_CLIENT
                    : !section.shareable() || !reading.sections().contains(section) || kind != AccessKind.READ
                    ? Reason.NOT_SHARED : null;
            if (refusal != null) {
                throw refusals.refuse(reading.actor(), Refusals.attempt(kind), what, target, refusal,
                        what + " refused (" + refusal + ") to a trusted reader " + reading.actor().subject());
            }
        } else if (reading.blocked() && section != FileSection.CHOICES) {
            throw refusals.refuse(reading.actor(), Refusals.attempt(kind), what, target, Reason.BLOCKED_BY_CLIENT,
                    what + " refused (" + Reason.BLOCKED_BY_CLIENT + ") to " + reading.actor().subject());
        }
    }

    /** The client's own reads are {@code OWN_FILE}; a trusted adult's, in the client's file, {@code TRUSTED_READER}. */
    private static Purpose purpose(Reading reading) {
        return reading.byTrustedReader() ? Purpose.TRUSTED_READER : Purpose.OWN_FILE;
    }

    private boolean blocked(PersonId person) {
        return choices.newest(person, Choice.BLOCK, Choice.BLOCK_OFF).filter(row -> row.choice() == Choice.BLOCK)
                .isPresent();
    }

    private Instant hideSignedAfter(PersonId person) {
        return choices.newest(person, Choice.HIDE, Choice.HIDE_OFF).filter(row -> row.choice() == Choice.HIDE)
                .map(row -> clock.instant().minus(Duration.ofDays(row.hideDays()))).orElse(null);
    }

    private OwnCase pass(Reading reading, CaseRows.AccessFacts facts, AccessKind kind, String what, Target target) {
        door.pass(Optional.empty(), target, AccessRecord.ofCase(reading.actor(), facts.personId(), facts.caseId(),
                facts.unit(), kind, what, purpose(reading), facts.protectedIdentity()));
        return new OwnCase(reading.actor(), facts.personId(), facts.caseId(), facts.unit(), facts.protectedIdentity(),
                reading.byTrustedReader(), reading.hideSignedAfter());
    }

    /**
     * The signed-in person themselves, as an application for help needs it (ADR 0028, slice 2): their person in the
     * register, or, when {@code registerIfNewOn} is given and they are not in it yet, a new person registered from
     * BankID's identity (the personal number, and the name the login gives: the last word as family name) without
     * contact details or protection. A registered person keeps everything they have, protection included. Writes the
     * access-log row for the person (the client as actor, purpose {@code OWN_FILE}); empty, with nothing read or
     * written, for a client BankID did not identify by number, or one not in the register when not registering.
     *
     * @param registerIfNewOn today, to register a client who is not in the register yet; null to only find them
     */
    public Optional<OwnSelf> openOwnSelf(FileSection section, AccessKind kind, String what,
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
        // Blocking the portal (the client's choice) closes their own file to themselves too, but for their choices and
        // the information pages, which hold nothing of the file.
        if (!registered && section != FileSection.INFORMATION && blocked(person.id())) {
            throw refusals.refuse(actor, Refusals.attempt(kind), what, Target.of("PERSON", person.id().value()),
                    Reason.BLOCKED_BY_CLIENT, what + " refused (" + Reason.BLOCKED_BY_CLIENT + ") to "
                            + actor.subject());
        }
        var isProtected = person.protection().isProtected();
        door.pass(Optional.empty(), Target.of("PERSON", person.id().value()), AccessRecord.ofPerson(actor, person.id(),
                registered ? AccessKind.CHANGE : kind, registered ? "OWN_PERSON_REGISTERED" : what, Purpose.OWN_FILE,
                false, isProtected));
        return Optional.of(new OwnSelf(actor, person.id(), isProtected, registered));
    }

    /**
     * The signed-in person themselves (never a trusting client's file they read), found (or registered) through the
     * door: an application for help and the information they read are always their own.
     *
     * @param registered true when the door registered them just now
     */
    public record OwnSelf(Actor actor, PersonId personId, boolean protectedIdentity, boolean registered) {
    }
}
