package se.vardkedjan.casehandling;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessDoor;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessRecord;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.access.OwnFileDoor;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.InvestigationRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Case handling's need-to-know door for the modules downstream (provider contracts, follow-up): they open a case for
 * their own part of the file (an assignment, a follow-up) under case handling's rule, without a copy of it. It is the
 * same door case handling's facades pass ({@link PersonalDataAccess#openCase}): {@code CaseVisibility} decides, the
 * access-log module's {@code AccessDoor} writes the row in the caller's transaction or records the refusal through
 * {@code Refusals}. The caller names its own part with a {@code what} code its own {@code AccessLogParts} declares.
 * Call it only inside a facade's {@code @Transactional} method (ADR 0010, 0021, 0024).
 */
@Component
public class CaseDoor {

    /** A case opened through the door, with what the caller's access-log rows and refusals need. */
    public record OpenedCase(Actor actor, CaseId caseId, PersonId personId, UnitCode unit, boolean protectedIdentity) {
    }

    /**
     * What a module needs to write its own access-log row for a case it reaches by a rule of its own (a provider's
     * assignment): the person, the case's unit and whether the person's identity is protected. Ids and a flag only.
     */
    public record CaseFacts(CaseId caseId, PersonId personId, UnitCode unit, boolean protectedIdentity) {
    }

    /**
     * The client of a case as a downstream module may show them to someone its own door let in (a provider's staff
     * on an assignment addressed to them): the name, the identity number, the phone and the address — never the
     * address of a protected person (case handling's rule, {@code Person.visibleContact}). The caller decides what of
     * it its user may see; the access-log row was written when the {@link Admission} was made.
     */
    public record Client(String name, String identityNumber, String phone, String streetAddress, String postalCode,
                         String city, boolean protectedIdentity) {
    }

    /**
     * Proof that this door let the signed-in user into a case by a downstream module's own rule and wrote the
     * access-log row ({@link #admit}). Only the door makes one (the constructor is private), so the client's identity
     * ({@link #clientOf}) cannot be had without a logged access; and it serves only the user it was made for.
     */
    public static final class Admission {
        private final Actor actor;
        private final CaseId caseId;
        private final boolean protectedIdentity;
        private final boolean readOnly;

        private Admission(Actor actor, CaseId caseId, boolean protectedIdentity) {
            this(actor, caseId, protectedIdentity, false);
        }

        private Admission(Actor actor, CaseId caseId, boolean protectedIdentity, boolean readOnly) {
            this.actor = actor;
            this.caseId = caseId;
            this.protectedIdentity = protectedIdentity;
            this.readOnly = readOnly;
        }

        /**
         * True when the one let in only reads for the client (an adult the client trusts, {@link #admitOwn}): offer
         * them no change.
         */
        public boolean readOnly() {
            return readOnly;
        }

        public Actor actor() {
            return actor;
        }

        public CaseId caseId() {
            return caseId;
        }

        public boolean protectedIdentity() {
            return protectedIdentity;
        }
    }

    /**
     * The legal sex and birth date of a case's client: what an instrument's cut-offs depend on (follow-up, ADR 0029).
     */
    public record SexAndBirth(Sex sex, LocalDate birthDate) {
    }

    /**
     * One life area's ratings in a completed investigation (ADR 0029): the interviewer's severity 0–9 and the client's
     * own rating 0–4, either null when not given. Numbers only: no free text leaves case handling this way.
     */
    public record LifeAreaRating(LifeArea area, Integer severity, Integer clientRating) {
    }

    private final PersonalDataAccess access;
    private final OwnFileDoor ownFiles;
    private final CaseRows cases;
    private final PersonRows persons;
    private final InvestigationRows investigations;
    private final AccessDoor door;
    private final Refusals refusals;

    CaseDoor(PersonalDataAccess access, OwnFileDoor ownFiles, CaseRows cases, PersonRows persons,
             InvestigationRows investigations, AccessDoor door, Refusals refusals) {
        this.investigations = investigations;
        this.access = access;
        this.ownFiles = ownFiles;
        this.cases = cases;
        this.persons = persons;
        this.door = door;
        this.refusals = refusals;
    }

    /**
     * Opens the case for the signed-in caseworker or unit manager, or refuses them (recorded).
     *
     * @param what the caller's own code for what is read or changed (declared in its {@code AccessLogParts})
     * @throws AccessDenied when the case is unknown or outside the user's need to know, or the user is no case staff
     */
    public OpenedCase open(CaseId caseId, AccessKind kind, String what, Purpose purpose) {
        var opened = access.openCase(caseId, kind, what, purpose);
        return new OpenedCase(opened.actor(), opened.caseId(), opened.personId(), opened.unit(),
                opened.protectedIdentity());
    }

    /**
     * The sex and birth date of the client of a case this door opened for the signed-in user ({@link #open}, which
     * wrote the access-log row): a follow-up measurement is scored against the cut-off for the client's sex and age on
     * the measurement date (ADR 0029). An opened case made for another user is refused and recorded.
     *
     * @throws AccessDenied when the opened case is not the signed-in user's
     */
    public SexAndBirth sexAndBirth(OpenedCase opened) {
        var actor = access.actor();
        if (!actor.subject().equals(opened.actor().subject())) {
            throw refusals.refuse(actor, Refusals.attempt(AccessKind.READ), "CASE",
                    Target.of("CASE", opened.caseId().value()), Reason.UNKNOWN_TARGET,
                    "A case opened for another user was used");
        }
        var identity = persons.find(opened.personId()).orElseThrow().identity();
        return new SexAndBirth(identity.sex(), identity.birthDate());
    }

    /**
     * The life-area ratings of a case's investigation once it is completed, for a downstream module's event listener
     * that runs without a user (follow-up's ASI baseline on {@code InvestigationCompleted}, ADR 0029), as
     * {@link #facts} serves provider contracts' drafts: the numbers only, never the investigation's text, and the
     * listener shows them to nobody — a user reads the module's copy through its own facade, which opens the case
     * through {@link #open} with the access-log row. Empty when the investigation is not the case's or not completed.
     */
    public Optional<List<LifeAreaRating>> completedLifeAreaRatings(CaseId caseId, InvestigationId investigationId) {
        return investigations.findByCase(caseId).map(InvestigationRows.Stored::investigation)
                .filter(i -> i.id().equals(investigationId) && i.status() == InvestigationStatus.COMPLETED)
                .map(i -> i.content().needs().stream()
                        .map(n -> new LifeAreaRating(n.area(), n.severity(), n.clientRating())).toList());
    }

    /** The facts of a case for a module that applies its own rule (a provider's organisation), or empty. */
    public Optional<CaseFacts> facts(CaseId caseId) {
        return cases.accessFacts(caseId).map(f -> new CaseFacts(f.caseId(), f.personId(), f.unit(),
                f.protectedIdentity()));
    }

    /**
     * Lets the signed-in user into a case by the calling module's own rule (a provider's staff on an assignment
     * addressed to their organisation) and writes the access-log row in their name, or refuses them as if the
     * {@code target} did not exist (recorded). The rule is the caller's; the row and the refusal are the door's, so no
     * downstream module reaches a client's file without both. Only a module's own door (a class in an {@code access}
     * package) calls it, as {@code ArchitectureTests} holds.
     *
     * @param rule   whether the signed-in user may reach the case through the target (the caller's rule)
     * @param target the record the user aimed at (an assignment), by pseudonymous id, named in a refusal
     * @throws AccessDenied when nobody is signed in, the case is unknown, or the rule says no
     */
    public Admission admit(CaseId caseId, Predicate<Actor> rule, Target target, AccessKind kind, String what,
                           Purpose purpose) {
        var actor = access.actor();
        var facts = cases.accessFacts(caseId)
                .orElseThrow(() -> refusals.unknown(kind, what, target.kind(), target.id()));
        door.pass(rule.test(actor) ? Optional.empty() : Optional.of(Reason.UNKNOWN_TARGET), target,
                AccessRecord.ofCase(actor, facts.personId(), caseId, facts.unit(), kind, what, purpose,
                        facts.protectedIdentity()));
        return new Admission(actor, caseId, facts.protectedIdentity());
    }

    /**
     * Lets the signed-in client into their own case for a downstream module's part of their file (their assignments,
     * ADR 0028) through case handling's door to the own file ({@code OwnFileDoor}): the client's person by an exact
     * match of their identity number, their case (newest open, else newest), the access-log row with the client as
     * actor and purpose {@code OWN_FILE} written before the admission is made. No case id is taken: there is nothing to
     * aim at another client's file with. Empty when the client has no person or no case (nothing written then). Only a
     * module's own door (a class in an {@code access} package) calls it, as {@link #admit}.
     *
     * @param section the part of the file read or changed (the client's choices are made per part)
     * @param what    the caller's own code for what is read or changed (declared in its {@code AccessLogParts})
     * @throws AccessDenied when the signed-in user is not a client (recorded)
     */
    public Optional<Admission> admitOwn(FileSection section, AccessKind kind, String what) {
        return ownFiles.openOwnCase(section, kind, what).map(own -> new Admission(own.actor(), own.caseId(),
                own.protectedIdentity(), own.byTrustedReader()));
    }

    /**
     * Lets the signed-in client into every case of their own for a downstream module's part of their file that lists
     * records across all of them (the questionnaires sent in any of the client's cases, ADR 0030 amendment), through
     * case handling's door to the own file: one access-log row per case, the client as actor, purpose
     * {@code OWN_FILE}, each written before its admission is made. Takes no id. Empty when the client has no person or
     * no case. Only a module's own door calls it, as {@link #admit}.
     *
     * @throws AccessDenied when the signed-in user is not a client, or the client's choices close the part (recorded)
     */
    public List<Admission> admitOwnCases(FileSection section, AccessKind kind, String what) {
        return ownFiles.openOwnCases(section, kind, what).stream().map(own -> new Admission(own.actor(),
                own.caseId(), own.protectedIdentity(), own.byTrustedReader())).toList();
    }

    /**
     * Lets the signed-in client into the case of a record of a downstream module they aimed at by id (a questionnaire
     * sent to them, ADR 0029) through case handling's door to the own file ({@code OwnFileDoor#openOwnRecord}): only
     * when the record's case is a case of the signed-in client's own person; anything else — another client's record,
     * no record at all — is refused as an unknown target (recorded in the security events, no row written). The row is
     * written with the client as actor and purpose {@code OWN_FILE}. Only a module's own door calls it, as
     * {@link #admit}.
     *
     * @param caseOfRecord the case the record belongs to, or empty when there is no such record
     * @param target       the record aimed at, named in a refusal
     * @throws AccessDenied when the record is not the client's, the user is not a client, or the section is closed
     */
    public Admission admitOwnRecord(FileSection section, Optional<CaseId> caseOfRecord, AccessKind kind, String what,
                                    Target target) {
        var own = ownFiles.openOwnRecord(section, caseOfRecord, kind, what, target);
        return new Admission(own.actor(), own.caseId(), own.protectedIdentity(), own.byTrustedReader());
    }

    /**
     * The legal sex and birth date of the client of a case the door admitted the signed-in user to (a client's own
     * case through {@link #admitOwnRecord}): what the score of a questionnaire the client answered depends on (ADR
     * 0029). An admission made for another user is refused and recorded.
     *
     * @throws AccessDenied when the admission is not the signed-in user's
     */
    public SexAndBirth sexAndBirth(Admission admission) {
        var actor = access.actor();
        if (!actor.subject().equals(admission.actor().subject())) {
            throw refusals.refuse(actor, Refusals.attempt(AccessKind.READ), "CASE",
                    Target.of("CASE", admission.caseId().value()), Reason.UNKNOWN_TARGET,
                    "An admission to a case made for another user was used");
        }
        var facts = cases.accessFacts(admission.caseId()).orElseThrow();
        var identity = persons.find(facts.personId()).orElseThrow().identity();
        return new SexAndBirth(identity.sex(), identity.birthDate());
    }

    /**
     * The client of the case the door admitted the signed-in user to (see {@link Client}). An admission made for
     * another user (kept, passed on) is refused and recorded: the row it stands for names someone else.
     *
     * @throws AccessDenied when the admission is not the signed-in user's
     */
    public Client clientOf(Admission admission) {
        var actor = access.actor();
        if (!actor.subject().equals(admission.actor().subject())) {
            throw refusals.refuse(actor, Refusals.attempt(AccessKind.READ), "CASE",
                    Target.of("CASE", admission.caseId().value()), Reason.UNKNOWN_TARGET,
                    "An admission to a case made for another user was used");
        }
        var facts = cases.accessFacts(admission.caseId()).orElseThrow();
        var person = persons.find(facts.personId()).orElseThrow();
        var contact = person.visibleContact();
        return new Client(person.fullName(), person.identity().formatted(), contact.phone(),
                contact.streetAddress(), contact.postalCode(), contact.city(), person.protection().isProtected());
    }

    /**
     * The cases among {@code candidates} the actor may see under case handling's rule (for a list such as the start
     * page's work items); the caller logs the reads of those it shows with {@link #logReads}.
     */
    public List<CaseFacts> visibleTo(Actor actor, Collection<CaseId> candidates) {
        return candidates.stream().distinct().map(cases::accessFacts).flatMap(Optional::stream)
                .filter(f -> CaseVisibility.allows(actor, f.unit(), f.protectedIdentity(), f.namedSubjects()))
                .map(f -> new CaseFacts(f.caseId(), f.personId(), f.unit(), f.protectedIdentity())).toList();
    }

    /**
     * The responsible caseworker (their username) of each of the open cases among {@code candidates} that has one: how
     * a downstream module finds a caseworker's own cases (case handling's {@code cases.responsible}) or counts a unit's
     * work per caseworker. Ids and staff usernames only; it reads nothing about the client, so it writes no row.
     */
    public java.util.Map<CaseId, String> responsibleOf(Collection<CaseId> candidates) {
        return cases.responsibleOf(candidates);
    }

    /**
     * The open cases of the given units the staff member (their username) is responsible for: a caseworker's own cases,
     * as case handling's case list and start page know them. Ids only; the caller shows only those {@link #visibleTo}
     * the signed-in user and logs them with {@link #logReads}.
     */
    public List<CaseId> openCasesOf(String responsible, Collection<UnitCode> units) {
        return cases.openCasesOf(responsible, units);
    }

    /**
     * Logs the reads of the cases a list shows (as {@link #logReads}) and gives the names of their clients, for the
     * list to show: a protected person's name is never given (the list shows the protected marker instead). Only cases
     * found through {@link #visibleTo} for the same actor belong here; the names cannot be had without the rows.
     */
    public java.util.Map<CaseId, String> logReadsAndNames(Actor actor, List<CaseFacts> read, String what,
                                                         Purpose purpose) {
        logReads(actor, read, what, purpose);
        return cases.unprotectedNamesOf(read.stream().filter(f -> !f.protectedIdentity()).map(CaseFacts::caseId)
                .toList());
    }

    /** Logs the reads of cases a list shows, each found through {@link #visibleTo}. */
    public void logReads(Actor actor, List<CaseFacts> read, String what, Purpose purpose) {
        access.logCaseReads(actor, read.stream().map(f -> new PersonalDataAccess.CaseReference(f.caseId(),
                f.personId(), f.unit(), f.protectedIdentity())).toList(), what, purpose);
    }
}
