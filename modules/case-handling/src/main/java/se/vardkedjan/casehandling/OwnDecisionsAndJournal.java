package se.vardkedjan.casehandling;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.access.OwnFileDoor;
import se.vardkedjan.casehandling.document.DecisionDocuments;
import se.vardkedjan.casehandling.domain.Author;
import se.vardkedjan.casehandling.domain.Decision;
import se.vardkedjan.casehandling.domain.Delegation;
import se.vardkedjan.casehandling.domain.JournalEntry;
import se.vardkedjan.casehandling.domain.ShownToClient;
import se.vardkedjan.casehandling.persistence.DecisionRows;
import se.vardkedjan.casehandling.persistence.JournalEntryRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.readmodel.JournalEntryDetails;
import se.vardkedjan.casehandling.readmodel.OwnDecision;
import se.vardkedjan.casehandling.readmodel.OwnJournal;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.organisation.StaffNames;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The decisions and the released journal of the client's own file, for {@link OwnFile} (which holds the transaction
 * and the role check): every read and change through {@link OwnFileDoor}, every record the client names checked to be
 * their own (and, for a journal entry, released to them), else refused as unknown and recorded.
 */
@Component
class OwnDecisionsAndJournal {

    private static final String ENTRY = "JOURNAL_ENTRY";

    private final OwnFileDoor door;
    private final DecisionRows decisions;
    private final JournalEntryRows entries;
    private final PersonRows persons;
    private final Organisation organisation;
    private final DecisionDocuments documents;
    private final Refusals refusals;
    private final Clock clock;

    OwnDecisionsAndJournal(OwnFileDoor door, DecisionRows decisions, JournalEntryRows entries, PersonRows persons,
                           Organisation organisation, DecisionDocuments documents, Refusals refusals, Clock clock) {
        this.door = door;
        this.decisions = decisions;
        this.entries = entries;
        this.persons = persons;
        this.organisation = organisation;
        this.documents = documents;
        this.refusals = refusals;
        this.clock = clock;
    }

    List<OwnDecision> decisions() {
        return door.openOwnCase(FileSection.DECISIONS, AccessKind.READ, "DECISION").map(opened -> {
            var made = decisions.ofCase(opened.caseId()).stream().filter(OwnDecisionsAndJournal::made)
                    .sorted(Comparator.comparing(Decision::decidedOn).reversed()).toList();
            var names = organisation.staffNames(made.stream().map(Decision::decidedBy).toList());
            return made.stream().map(d -> own(d, names)).toList();
        }).orElse(List.of());
    }

    OwnDecision decision(DecisionId id) {
        var decision = madeDecision(id);
        door.openOwnRecord(FileSection.DECISIONS, decision.map(Decision::caseId), AccessKind.READ, "DECISION",
                Target.of("DECISION", id.value()));
        var found = decision.orElseThrow();
        return own(found, organisation.staffNames(List.of(found.decidedBy())));
    }

    byte[] decisionDocument(DecisionId id) {
        var decision = madeDecision(id);
        var opened = door.openOwnRecord(FileSection.DECISIONS, decision.map(Decision::caseId), AccessKind.READ,
                "DECISION_DOCUMENT", Target.of("DECISION", id.value()));
        var found = decision.orElseThrow();
        var person = persons.find(opened.personId()).orElseThrow();
        var unitName = organisation.unitName(opened.unit()).orElse(opened.unit().value());
        // The very document staff send (Decisions.decisionDocument): the same view of the decision, the same renderer.
        return documents.render(Decisions.view(found, organisation.staffNames(Decisions.staff(found).toList())),
                PersonRegister.toDetails(person), unitName);
    }

    Optional<OwnJournal> journal() {
        return door.openOwnCase(FileSection.JOURNAL, AccessKind.READ, "RELEASED_JOURNAL").map(opened -> {
            var released = entries.releasedOf(opened.personId()).stream().map(JournalEntryRows.ReleasedRow::entry)
                    .filter(e -> e.caseId().equals(opened.caseId())).toList();
            var originals = released.stream().map(JournalEntry::originalId).toList();
            var versions = entries.signedVersionsOf(originals);
            var views = entries.objectionsOf(originals);
            var shown = new ArrayList<OwnJournal.Entry>();
            for (var entry : released) {
                var visible = ShownToClient.versions(versions.getOrDefault(entry.originalId(), List.of()),
                        opened.hideSignedAfter());
                if (!visible.isEmpty()) {
                    shown.add(entry(visible, views.getOrDefault(entry.originalId(), List.of())));
                }
            }
            shown.sort(Comparator.comparing(OwnJournal.Entry::eventDate)
                    .thenComparing(OwnJournal.Entry::signedAt).reversed());
            return new OwnJournal(shown, !opened.byTrustedReader());
        });
    }

    void addViewToEntry(JournalEntryId id, String text) {
        var what = "JOURNAL_ENTRY_CLIENT_VIEW";
        var entry = entries.find(id).filter(JournalEntry::isSigned).filter(this::released);
        var opened = door.openOwnRecord(FileSection.JOURNAL, entry.map(JournalEntry::caseId), AccessKind.CHANGE, what,
                Target.of(ENTRY, id.value()));
        var found = entry.orElseThrow();
        if (ShownToClient.versions(List.of(found), opened.hideSignedAfter()).isEmpty()) {
            // Hidden by the client's own choice: as if it were not there.
            throw refusals.unknown(AccessKind.CHANGE, what, ENTRY, id.value());
        }
        if (opened.byTrustedReader()) {
            throw new RuleViolation("casehandling.own.error.reads-only");
        }
        var actor = opened.actor();
        var view = found.clientView(text, new Author(actor.subject(), actor.displayName()), LocalDate.now(clock));
        entries.insertObjection(view, clock.instant());
    }

    private boolean released(JournalEntry entry) {
        var release = entries.releasesOf(List.of(entry.originalId())).get(entry.originalId());
        return release != null && release.released();
    }

    private Optional<Decision> madeDecision(DecisionId id) {
        return decisions.find(id).filter(OwnDecisionsAndJournal::made);
    }

    /** A decision the client is shown: made (in force), not a proposal or a returned one. */
    private static boolean made(Decision decision) {
        return decision.status() == DecisionStatus.DECIDED;
    }

    private static OwnDecision own(Decision d, StaffNames names) {
        return new OwnDecision(d.id(), d.decidedOn(), names.of(d.decidedBy()),
                d.delegationLevel() == null ? null : Delegation.decidedOnTextKey(d.delegationLevel()),
                d.informedBy(), d.informedOn(),
                d.items().stream().map(i -> new OwnDecision.Item(i.type(), i.outcome(), i.scope(), i.startsOn(),
                        i.plannedEnd(), i.legalReference(), i.reasons())).toList(),
                d.appealable());
    }

    private static OwnJournal.Entry entry(List<JournalEntry> versions, List<JournalEntryDetails.Objection> views) {
        var shown = versions.getLast();
        var earlier = new ArrayList<OwnJournal.EarlierVersion>();
        for (var i = 0; i < versions.size() - 1; i++) {
            var next = versions.get(i + 1);
            earlier.add(new OwnJournal.EarlierVersion(versions.get(i).text(), versions.get(i).signedAt(),
                    next.signedAt(), next.correctionReason()));
        }
        var corrected = shown.versionNumber() > 1;
        return new OwnJournal.Entry(shown.id(), shown.eventDate(), shown.title(), shown.text(), shown.signedAt(),
                corrected ? shown.signedAt() : null, corrected ? shown.correctionReason() : null, earlier,
                views.stream().map(v -> new OwnJournal.View(v.text(), v.receivedOn(), v.recordedAt(),
                        v.writtenByClient())).toList());
    }
}
