package se.vardkedjan;

import org.springframework.context.ApplicationContext;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecideInterventions;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalEntryId;
import se.vardkedjan.casehandling.JournalText;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A client's case for "Mina beslut" and "Min journal" (ADR 0028, issue 12 slice 2), made by the caseworker signed in
 * (who must work in the unit, and becomes responsible): a completed investigation, a decision (outpatient care
 * granted, a contact person refused, so it can be appealed), a released journal entry that was corrected, a released
 * one, and one never released.
 */
public record OwnDecisionsAndJournalFixture(CaseId caseId, DecisionId decision, JournalEntryId corrected,
                                            JournalEntryId released, JournalEntryId unreleased) {

    public static final String UNRELEASED_TEXT = "Systern ringde och berättade om sin oro.";

    public static OwnDecisionsAndJournalFixture create(ApplicationContext context, String number, String given,
                                                       String family, String unit, String caseworker) {
        var today = LocalDate.now();
        var caseHandling = context.getBean(CaseHandling.class);
        var cases = context.getBean(CaseRows.class);
        var person = context.getBean(PersonRegister.class).register(new RegisterPerson(number, null, null, given,
                family, null, null, "Storgatan 1", "123 45", "Exempelstad", ProtectionLevel.NONE));
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(unit), IntakeKind.APPLICATION,
                today.minusDays(30), "Ansöker om stöd.", null, null, null, false, null, true)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                today.minusDays(29), today.plusDays(90));
        caseHandling.assign(caseId, cases.find(caseId).orElseThrow().version(), caseworker);
        var needs = Arrays.stream(LifeArea.values()).map(area -> new InvestigationContent.Need(area, 3, null, null))
                .toList();
        context.getBean(Investigations.class).saveAndComplete(caseId, 0, new InvestigationContent(
                today.minusDays(20), "Alkohol", List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Samtal",
                today.minusDays(20))), needs, List.of(), List.of(), new InvestigationContent.Participation(
                ParticipationMode.MEETING, "Jag vill ha hjälp."), "Behov av stöd.", "Öppenvård.",
                new InvestigationContent.Communication(today.minusDays(2), CommunicationChannel.MEETING, null),
                ChildrenAnswer.NO_CHILDREN, RelativesAnswer.NONE));
        var decision = context.getBean(Decisions.class).decide(new DecideInterventions(caseId, today, List.of(
                new DecideInterventions.Item(InterventionType.OUTPATIENT, DecisionOutcome.GRANTED,
                        "Samtal två gånger i veckan", today, today.plusMonths(6), "SOL-11-1", null),
                new DecideInterventions.Item(InterventionType.CONTACT_PERSON, DecisionOutcome.REFUSED,
                        "Kontaktperson", null, null, "SOL-11-1", "Behovet möts av samtalen i öppenvården.")),
                CommunicationChannel.MEETING, today)).id();
        var journal = context.getBean(Journal.class);
        var first = journal.writeSigned(caseId, new JournalText(today, "Samtal på mottagningen",
                "Klienten var trött."));
        var corrected = journal.correct(first, "Klienten var trött efter nattarbete.", "Förtydligande");
        journal.release(corrected, true);
        var released = journal.writeSigned(caseId, new JournalText(today, "Hembesök", "Vi gick igenom veckan."));
        journal.release(released, true);
        var unreleased = journal.writeSigned(caseId, new JournalText(today, "Samtal med syster", UNRELEASED_TEXT));
        return new OwnDecisionsAndJournalFixture(caseId, decision, corrected, released, unreleased);
    }
}
