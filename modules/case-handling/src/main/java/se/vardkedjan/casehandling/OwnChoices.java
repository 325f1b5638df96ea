package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.access.OwnFileDoor;
import se.vardkedjan.casehandling.readmodel.TrustingClient;
import se.vardkedjan.casehandling.domain.PersonalIdentity;
import se.vardkedjan.casehandling.persistence.ClientChoiceRows;
import se.vardkedjan.casehandling.persistence.ClientChoiceRows.Choice;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.readmodel.OwnChoicesView;
import se.vardkedjan.casehandling.readmodel.OwnReading;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The client's choices in the citizen portal, as 1177 Journalen offers them (ADR 0028, slice 2): an adult they trust
 * gets reading access to the parts of the file the client ticks (and loses it when the client revokes it), new journal
 * entries are hidden for a number of days until the client has talked with their caseworker, and the client can block
 * their own portal access. Each choice is a row of an append-only history (who and when) and is reversed by a new
 * one; {@link OwnFileDoor} enforces them on every call. Also the trusted adult's side: which clients trust them, and
 * the choice of whose file to read. No method takes the client's person: it is always the signed-in client's, and a
 * person or trust the caller names is checked to be theirs, else refused as unknown and recorded. Only clients call it.
 */
@Service
@RolesAllowed(Roles.CLIENT)
public class OwnChoices {

    /** The most days new entries can be hidden for. */
    public static final int MAX_HIDE_DAYS = 30;
    /** The age from which a person can be trusted with reading access. */
    public static final int ADULT_AGE = 18;

    private final OwnFileDoor door;
    private final ClientChoiceRows choices;
    private final PersonRows persons;
    private final Clock clock;

    public OwnChoices(OwnFileDoor door, ClientChoiceRows choices, PersonRows persons, Clock clock) {
        this.door = door;
        this.choices = choices;
        this.persons = persons;
        this.clock = clock;
    }

    /** Whose file the user reads now and what they may do in it; reads no personal data and writes no row. */
    @Transactional(readOnly = true)
    public OwnReading reading() {
        var reading = door.reading();
        return new OwnReading(reading.identified(), reading.byTrustedReader(), reading.sections(), reading.blocked());
    }

    /**
     * The client's choices now and their history; empty for a client who is not in the register (they have no file to
     * make choices about).
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied while the user reads another's file (recorded)
     */
    @Transactional
    public Optional<OwnChoicesView> choices() {
        return door.openOwnPerson(FileSection.CHOICES, AccessKind.READ, "OWN_CHOICES").map(own -> {
            var trusted = choices.trusted(own.personId()).stream().map(row -> new OwnChoicesView.Trusted(row.id(),
                    masked(row.trustedNumber()), row.sections(), row.madeAt())).toList();
            var hide = choices.newest(own.personId(), Choice.HIDE, Choice.HIDE_OFF)
                    .filter(row -> row.choice() == Choice.HIDE).map(ClientChoiceRows.ChoiceRow::hideDays).orElse(null);
            var blocked = choices.newest(own.personId(), Choice.BLOCK, Choice.BLOCK_OFF)
                    .filter(row -> row.choice() == Choice.BLOCK).isPresent();
            var history = choices.history(own.personId()).stream().map(row -> new OwnChoicesView.Made(
                    OwnChoicesView.Kind.valueOf(row.choice().name()),
                    row.trustedNumber() == null ? null : masked(row.trustedNumber()), row.sections(), row.hideDays(),
                    row.madeAt())).toList();
            return new OwnChoicesView(trusted, hide, blocked, history);
        });
    }

    /**
     * Gives the adult with the personal number reading access to the parts of the file ticked (or changes the parts of
     * an adult already trusted). The number must be valid and of someone 18 or older by the number, and not the
     * client's own; the parts must be ones a client can share.
     *
     * @throws RuleViolation when the number or the parts are not acceptable
     */
    @Transactional
    public void trust(String personalNumber, Set<FileSection> sections) {
        var own = open();
        var today = LocalDate.now(clock);
        var identity = PersonalIdentity.parse(personalNumber, today);
        if (identity.ageOn(today) < ADULT_AGE) {
            throw new RuleViolation("casehandling.own.error.trusted-not-adult");
        }
        var ownNumber = persons.find(own).orElseThrow().identity().number();
        if (identity.number().equals(ownNumber)) {
            throw new RuleViolation("casehandling.own.error.trusted-is-you");
        }
        if (sections == null || sections.isEmpty()) {
            throw new RuleViolation("casehandling.own.error.no-sections");
        }
        if (sections.stream().anyMatch(section -> !section.shareable())) {
            throw new RuleViolation("casehandling.own.error.section-not-shareable");
        }
        choices.insert(own, Choice.TRUST, identity.number(), EnumSet.copyOf(sections), null, subject(),
                clock.instant());
    }

    /**
     * Ends the reading access of an adult the client trusts now (takes effect on the adult's next request).
     *
     * @param trust the id of the trust, as {@link #choices} lists it
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the id is not a trust the client gives now (recorded)
     */
    @Transactional
    public void revokeTrust(UUID trust) {
        var own = door.openOwnPerson(FileSection.CHOICES, AccessKind.CHANGE, "OWN_CHOICE")
                .orElseThrow(() -> door.unknownTarget(AccessKind.CHANGE, "OWN_CHOICE", "TRUST", trust)).personId();
        var row = choices.trusted(own).stream().filter(t -> t.id().equals(trust)).findFirst()
                .orElseThrow(() -> door.unknownTarget(AccessKind.CHANGE, "OWN_CHOICE", "TRUST", trust));
        choices.insert(own, Choice.TRUST_REVOKED, row.trustedNumber(), null, null, subject(), clock.instant());
    }

    /**
     * Hides journal entries newer than the number of days, for the client and for the adults they trust, until the
     * client turns it off.
     *
     * @throws RuleViolation when the days are not 1 to {@value #MAX_HIDE_DAYS}
     */
    @Transactional
    public void hideNewEntries(int days) {
        var own = open();
        if (days < 1 || days > MAX_HIDE_DAYS) {
            throw new RuleViolation("casehandling.own.error.hide-days", MAX_HIDE_DAYS);
        }
        choices.insert(own, Choice.HIDE, null, null, days, subject(), clock.instant());
    }

    /** Shows the new journal entries again. Nothing is added when nothing is hidden. */
    @Transactional
    public void showNewEntries() {
        var own = open();
        if (choices.newest(own, Choice.HIDE, Choice.HIDE_OFF).filter(r -> r.choice() == Choice.HIDE).isPresent()) {
            choices.insert(own, Choice.HIDE_OFF, null, null, null, subject(), clock.instant());
        }
    }

    /**
     * Blocks the client's portal access: until lifted, every part of the file but the choices is refused, to the
     * client and to the adults they trust. Nothing is added when already blocked.
     */
    @Transactional
    public void block() {
        var own = open();
        if (choices.newest(own, Choice.BLOCK, Choice.BLOCK_OFF).filter(r -> r.choice() == Choice.BLOCK).isEmpty()) {
            choices.insert(own, Choice.BLOCK, null, null, null, subject(), clock.instant());
        }
    }

    /** Lifts the block. Nothing is added when not blocked. */
    @Transactional
    public void unblock() {
        var own = open();
        if (choices.newest(own, Choice.BLOCK, Choice.BLOCK_OFF).filter(r -> r.choice() == Choice.BLOCK).isPresent()) {
            choices.insert(own, Choice.BLOCK_OFF, null, null, null, subject(), clock.instant());
        }
    }

    /**
     * The clients who trust the signed-in user with reading access now, by given name (for the choice of whose file to
     * read); each name read is logged about that client.
     */
    @Transactional
    public List<TrustingClient> trustingClients() {
        return door.trustingClients();
    }

    /**
     * Reads the file of a client who trusts the user (kept for the session, checked on every call), or the user's own
     * (empty).
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the person does not trust the user now (recorded)
     */
    @Transactional
    public void readFileOf(Optional<PersonId> owner) {
        door.chooseFile(owner);
    }

    /** Opens the client's own person for a change of their choices (the row written), else refuses. */
    private PersonId open() {
        return door.openOwnPerson(FileSection.CHOICES, AccessKind.CHANGE, "OWN_CHOICE")
                .orElseThrow(() -> new RuleViolation("casehandling.own.error.no-file")).personId();
    }

    private String subject() {
        return door.standing().actor().subject();
    }

    private static String masked(String number) {
        return number.substring(0, 8) + "-****";
    }
}
