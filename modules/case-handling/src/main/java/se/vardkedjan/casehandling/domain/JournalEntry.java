package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.JournalEntryId;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * One version of a journal entry (journalanteckning): what happened on a date, by whom. A draft can be edited and
 * deleted by its author; signing makes it an official document that never changes. A correction is a new signed
 * version of the same entry (same original, next version number) with the corrector, the time and the reason; the
 * earlier versions stay readable.
 */
public final class JournalEntry {

    private final JournalEntryId id;
    private final CaseId caseId;
    private final JournalEntryId originalId;
    private final int versionNumber;
    private LocalDate eventDate;
    private String title;
    private String text;
    private final Author author;
    private final Instant createdAt;
    private Instant signedAt;
    private final String correctionReason;
    private final long version;

    private JournalEntry(JournalEntryId id, CaseId caseId, JournalEntryId originalId, int versionNumber,
                         LocalDate eventDate, String title, String text, Author author, Instant createdAt,
                         Instant signedAt, String correctionReason, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "case");
        this.originalId = Objects.requireNonNull(originalId, "original");
        this.versionNumber = versionNumber;
        this.eventDate = eventDate;
        this.title = title;
        this.text = text;
        this.author = Objects.requireNonNull(author, "author");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.signedAt = signedAt;
        this.correctionReason = correctionReason;
        this.version = version;
    }

    /**
     * Writes a draft. The event date is when it happened: not in the future and not before the case's intake.
     */
    public static JournalEntry draft(CaseId caseId, LocalDate eventDate, String title, String text, Author author,
                                     LocalDate intakeDate, LocalDate today, Instant now) {
        var id = JournalEntryId.random();
        var entry = new JournalEntry(id, caseId, id, 1, null, null, null, author, now, null, null, 0);
        entry.write(eventDate, title, text, intakeDate, today);
        return entry;
    }

    public static JournalEntry restore(JournalEntryId id, CaseId caseId, JournalEntryId originalId,
                                       int versionNumber, LocalDate eventDate, String title, String text,
                                       Author author, Instant createdAt, Instant signedAt, String correctionReason,
                                       long version) {
        return new JournalEntry(id, caseId, originalId, versionNumber, eventDate, title, text, author, createdAt,
                signedAt, correctionReason, version);
    }

    /** Changes the author's own draft. A signed entry never changes. */
    public void revise(LocalDate eventDate, String title, String text, Author by, LocalDate intakeDate,
                       LocalDate today) {
        requireDraftOf(by);
        write(eventDate, title, text, intakeDate, today);
    }

    /** Signs the author's own draft: from now on it is final. The recording time is the server's clock. */
    public void sign(Author by, Instant now) {
        requireDraftOf(by);
        this.signedAt = Objects.requireNonNull(now, "now");
    }

    /** Only the author deletes their own draft; a signed entry is never deleted. */
    public void checkDeletableBy(Author by) {
        requireDraftOf(by);
    }

    /**
     * Corrects this signed version: a new signed version with the new text, the corrector and the reason. This
     * version is left exactly as it was.
     */
    public JournalEntry correct(String newText, String reason, Author by, Instant now) {
        requireSigned();
        var checkedText = FREE_TEXT.required("casehandling.journal.text", newText, FreeText.LONG);
        var checkedReason = FREE_TEXT.required("casehandling.journal.correction-reason", reason, FreeText.MEDIUM);
        if (checkedText.equals(text)) {
            throw new RuleViolation("casehandling.journal.error.correction-unchanged");
        }
        return new JournalEntry(JournalEntryId.random(), caseId, originalId, versionNumber + 1, eventDate, title,
                checkedText, by, now, now, checkedReason, 0);
    }

    /**
     * The client's objection to this signed entry, added beside it; the entry itself does not change.
     *
     * @param receivedOn when the client made it: not in the future, not before the event
     */
    public JournalObjection objection(String objectionText, LocalDate receivedOn, Author recordedBy,
                                      LocalDate today) {
        requireSigned();
        var checked = FREE_TEXT.required("casehandling.journal.objection.text", objectionText, FreeText.LONG);
        if (receivedOn == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.journal.objection.received-on");
        }
        if (receivedOn.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.journal.objection.received-on");
        }
        if (receivedOn.isBefore(eventDate)) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.journal.event-date",
                    "casehandling.journal.objection.received-on");
        }
        return new JournalObjection(originalId, id, checked, receivedOn, recordedBy, false);
    }

    /**
     * The client's own view on this signed entry, written by them in the portal (ADR 0028): kept beside the entry as
     * an objection the caseworker records is, marked as the client's own writing; the entry does not change.
     */
    public JournalObjection clientView(String viewText, Author client, LocalDate today) {
        requireSigned();
        var checked = FREE_TEXT.required("casehandling.own.view", viewText, FreeText.LONG);
        return new JournalObjection(originalId, id, checked, today, client, true);
    }

    /**
     * Checks that this entry may be released to the client: it is signed, and the caseworker confirmed the
     * confidentiality check (information from third parties may have to be withheld).
     */
    public void checkReleasable(boolean confidentialityChecked) {
        requireSigned();
        if (!confidentialityChecked) {
            throw new RuleViolation("casehandling.journal.error.confidentiality-check-required");
        }
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    private void write(LocalDate newEventDate, String newTitle, String newText, LocalDate intakeDate,
                       LocalDate today) {
        var checkedTitle = FREE_TEXT.requiredLine("casehandling.journal.title", newTitle, FreeText.SHORT);
        var checkedText = FREE_TEXT.required("casehandling.journal.text", newText, FreeText.LONG);
        if (newEventDate == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.journal.event-date");
        }
        if (newEventDate.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.journal.event-date");
        }
        if (newEventDate.isBefore(intakeDate)) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.intake.received-on",
                    "casehandling.journal.event-date");
        }
        this.eventDate = newEventDate;
        this.title = checkedTitle;
        this.text = checkedText;
    }

    private void requireSigned() {
        if (!isSigned()) {
            throw new RuleViolation("casehandling.journal.error.not-signed");
        }
    }

    private void requireDraftOf(Author by) {
        if (isSigned()) {
            throw new RuleViolation("casehandling.journal.error.signed-never-changes");
        }
        if (!author.username().equals(by.username())) {
            throw new RuleViolation("casehandling.journal.error.not-author");
        }
    }

    public JournalEntryId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public JournalEntryId originalId() {
        return originalId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public Author author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public long version() {
        return version;
    }
}
