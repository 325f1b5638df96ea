package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseReference;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.Author;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.domain.JournalEntry;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.JournalEntryRows;
import se.vardkedjan.casehandling.readmodel.JournalEntryDetails;
import se.vardkedjan.casehandling.readmodel.JournalPage;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The case journal: chronological entries written as drafts and signed, after which they never change. Corrections
 * are new signed versions that keep the earlier ones readable; the client's objections are added beside an entry;
 * entries are released to the client after a confidentiality check (and the release can be revoked). Every method
 * checks the signed-in user's need to know and writes the access log in the same transaction.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class Journal {

    private static final String ENTRY = "JOURNAL_ENTRY";

    private final JournalEntryRows entries;
    private final CaseRows cases;
    private final Organisation organisation;
    private final PersonalDataAccess access;
    private final Clock clock;

    public Journal(JournalEntryRows entries, CaseRows cases, Organisation organisation, PersonalDataAccess access, Clock clock) {
        this.entries = entries;
        this.cases = cases;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    /** Writes a draft that only its author sees until it is signed. */
    @Transactional
    public JournalEntryId draft(CaseId caseId, JournalText text) {
        var opened = access.openCase(caseId, AccessKind.CHANGE, ENTRY, Purpose.CASE_WORK);
        var entry = newDraft(caseId, text, author(opened.actor()));
        entries.insert(entry);
        return entry.id();
    }

    /** Writes and signs an entry at once. */
    @Transactional
    public JournalEntryId writeSigned(CaseId caseId, JournalText text) {
        var opened = access.openCase(caseId, AccessKind.CHANGE, ENTRY, Purpose.CASE_WORK);
        var author = author(opened.actor());
        var entry = newDraft(caseId, text, author);
        entry.sign(author, clock.instant());
        entries.insert(entry);
        return entry.id();
    }

    /** Changes the author's own draft. */
    @Transactional
    public void reviseDraft(JournalEntryId id, long version, JournalText text) {
        var opened = openEntry(id, AccessKind.CHANGE);
        var entry = load(id, version);
        entry.revise(text.eventDate(), text.title(), text.text(), author(opened.actor()), intakeDate(entry.caseId()),
                LocalDate.now(clock));
        entries.updateDraft(entry);
    }

    /**
     * Changes the author's own draft and signs it, as one action: both happen or neither does, and the entry is
     * written once (at the version the caller read, so a change meanwhile is refused, never overwritten).
     */
    @Transactional
    public void reviseAndSign(JournalEntryId id, long version, JournalText text) {
        var opened = openEntry(id, AccessKind.CHANGE);
        var entry = load(id, version);
        var author = author(opened.actor());
        entry.revise(text.eventDate(), text.title(), text.text(), author, intakeDate(entry.caseId()),
                LocalDate.now(clock));
        entry.sign(author, clock.instant());
        entries.updateDraft(entry);
    }

    /** Signs the author's own draft: the recording time is set, and the entry never changes again. */
    @Transactional
    public void sign(JournalEntryId id, long version) {
        var opened = openEntry(id, AccessKind.CHANGE);
        var entry = load(id, version);
        entry.sign(author(opened.actor()), clock.instant());
        entries.updateDraft(entry);
    }

    /** Deletes the author's own draft. Signed entries are never deleted. */
    @Transactional
    public void deleteDraft(JournalEntryId id, long version) {
        var opened = openEntry(id, AccessKind.CHANGE);
        var entry = load(id, version);
        entry.checkDeletableBy(author(opened.actor()));
        entries.deleteDraft(entry);
    }

    /**
     * Corrects the latest version of a signed entry with a new signed version; the corrected version stays readable.
     *
     * @return the new version's id
     */
    @Transactional
    public JournalEntryId correct(JournalEntryId id, String newText, String reason) {
        var opened = openEntry(id, AccessKind.CHANGE);
        var entry = entries.find(id).orElseThrow(() -> unknownEntry(AccessKind.CHANGE, id));
        if (entries.hasLaterVersion(entry)) {
            throw new RuleViolation("casehandling.journal.error.already-corrected");
        }
        var correction = entry.correct(newText, reason, author(opened.actor()), clock.instant());
        try {
            entries.insert(correction);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChange("journal entry", id);
        }
        return correction.id();
    }

    /** Adds the client's objection beside a signed entry; the entry does not change. */
    @Transactional
    public void attachObjection(JournalEntryId id, String text, LocalDate receivedOn) {
        var opened = openEntry(id, AccessKind.CHANGE);
        var entry = entries.find(id).orElseThrow(() -> unknownEntry(AccessKind.CHANGE, id));
        var objection = entry.objection(text, receivedOn, author(opened.actor()), LocalDate.now(clock));
        entries.insertObjection(objection, clock.instant());
    }

    /**
     * Releases a signed entry (with its later corrections) to the client, after the caseworker has checked it for
     * information that must be withheld (for example from third parties).
     */
    @Transactional
    public void release(JournalEntryId id, boolean confidentialityChecked) {
        var opened = openEntry(id, AccessKind.CHANGE);
        var entry = entries.find(id).orElseThrow(() -> unknownEntry(AccessKind.CHANGE, id));
        entry.checkReleasable(confidentialityChecked);
        if (isReleased(entry)) {
            throw new RuleViolation("casehandling.journal.error.already-released");
        }
        entries.insertRelease(entry.originalId(), true, true, author(opened.actor()), clock.instant());
    }

    /** Withdraws a release: the client no longer sees the entry. */
    @Transactional
    public void revokeRelease(JournalEntryId id) {
        var opened = openEntry(id, AccessKind.CHANGE);
        var entry = entries.find(id).orElseThrow(() -> unknownEntry(AccessKind.CHANGE, id));
        if (!isReleased(entry)) {
            throw new RuleViolation("casehandling.journal.error.not-released");
        }
        entries.insertRelease(entry.originalId(), false, false, author(opened.actor()), clock.instant());
    }

    /**
     * One page of the case's journal: the latest version of each signed entry (marked when corrected) and the user's
     * own drafts, sorted by event date.
     */
    @Transactional
    public JournalPage entries(CaseId caseId, JournalOrder order, int offset, int limit) {
        var opened = access.openCase(caseId, AccessKind.READ, "JOURNAL", Purpose.CASE_WORK);
        var username = opened.actor().username();
        var page = entries.page(caseId, username, order, Math.max(offset, 0), Math.clamp(limit, 1, 200));
        return new JournalPage(details(page), entries.count(caseId, username));
    }

    /** One version of an entry (a draft only for its author). */
    @Transactional
    public JournalEntryDetails entry(JournalEntryId id) {
        var opened = openEntry(id, AccessKind.READ);
        var entry = entries.find(id).filter(e -> e.isSigned()
                        || e.author().username().equals(opened.actor().username()))
                // Another author's draft: as if it did not exist.
                .orElseThrow(() -> unknownEntry(AccessKind.READ, id));
        return details(List.of(entry)).getFirst();
    }

    /** Every signed version of the entry, the first first: who wrote and who corrected, when and why. */
    @Transactional
    public List<JournalEntryDetails> history(JournalEntryId id) {
        openEntry(id, AccessKind.READ);
        var entry = entries.find(id).orElseThrow(() -> unknownEntry(AccessKind.READ, id));
        return details(entries.versions(entry.originalId()));
    }

    /**
     * What has been released to the person: the latest version of every released, signed entry in their cases, newest
     * first. For now for staff only, limited to the cases they may see; each case read is logged. The citizen portal
     * will call it for the client's own file.
     */
    @Transactional
    public List<JournalEntryDetails> releasedEntriesOf(PersonId person) {
        var actor = access.caseStaff();
        var visible = entries.releasedOf(person).stream()
                .filter(row -> CaseVisibility.allows(actor, row.unit(), row.protectedIdentity(), row.namedSubjects()))
                .toList();
        var read = new LinkedHashMap<CaseId, CaseReference>();
        visible.forEach(row -> read.putIfAbsent(row.entry().caseId(), new CaseReference(row.entry().caseId(),
                row.personId(), row.unit(), row.protectedIdentity())));
        access.logCaseReads(actor, List.copyOf(read.values()), "RELEASED_JOURNAL", Purpose.CASE_WORK);
        return details(visible.stream().map(JournalEntryRows.ReleasedRow::entry).toList());
    }

    private JournalEntry newDraft(CaseId caseId, JournalText text, Author author) {
        return JournalEntry.draft(caseId, text.eventDate(), text.title(), text.text(), author, intakeDate(caseId),
                LocalDate.now(clock), clock.instant());
    }

    private boolean isReleased(JournalEntry entry) {
        var release = entries.releasesOf(List.of(entry.originalId())).get(entry.originalId());
        return release != null && release.released();
    }

    private PersonalDataAccess.CaseAccess openEntry(JournalEntryId id, AccessKind kind) {
        var caseId = entries.caseOf(id).orElseThrow(() -> unknownEntry(kind, id));
        return access.openCase(caseId, kind, ENTRY, Purpose.CASE_WORK);
    }

    private AccessDenied unknownEntry(AccessKind kind, JournalEntryId id) {
        return access.unknown(kind, ENTRY, "JOURNAL_ENTRY", id.value());
    }

    private JournalEntry load(JournalEntryId id, long version) {
        var entry = entries.find(id).orElseThrow(() -> unknownEntry(AccessKind.CHANGE, id));
        if (entry.version() != version) {
            throw new ConcurrentChange("journal entry", id);
        }
        return entry;
    }

    private LocalDate intakeDate(CaseId caseId) {
        return cases.find(caseId).orElseThrow(() -> access.unknown(AccessKind.CHANGE, ENTRY, "CASE", caseId.value()))
                .intake().receivedOn();
    }

    /**
     * Who signs: the account, named as the organisation register names it (the username when the register has no
     * name), never by the login token's name, which the account's holder could choose. The name is recorded with
     * the entry, which never changes after signing.
     */
    private Author author(Actor actor) {
        return new Author(actor.username(), organisation.staffNames(List.of(actor.username())).of(actor.username()));
    }

    private List<JournalEntryDetails> details(List<JournalEntry> found) {
        var originals = found.stream().map(JournalEntry::originalId).toList();
        var objections = entries.objectionsOf(originals);
        var releases = entries.releasesOf(originals);
        return found.stream().map(e -> new JournalEntryDetails(e.id(), e.caseId(), e.version(), e.originalId(),
                e.versionNumber(), e.eventDate(), e.title(), e.text(), e.author().username(),
                e.author().displayName(), e.createdAt(), e.signedAt(), e.correctionReason(),
                objections.getOrDefault(e.originalId(), List.of()), releases.get(e.originalId()))).toList();
    }
}
