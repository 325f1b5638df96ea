package se.vardkedjan.casehandling;

import se.vardkedjan.casehandling.InvestigationContent.Child;
import se.vardkedjan.casehandling.InvestigationContent.Communication;
import se.vardkedjan.casehandling.InvestigationContent.Need;
import se.vardkedjan.casehandling.InvestigationContent.Participation;
import se.vardkedjan.casehandling.InvestigationContent.Relative;
import se.vardkedjan.casehandling.InvestigationContent.Source;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Test data for investigations and decisions: complete content, and decision items of each kind. */
public final class DecisionFixtures {

    private DecisionFixtures() {
    }

    /** Content that meets every completion rule, started and communicated on the given dates. */
    public static InvestigationContent completeContent(LocalDate startedOn, LocalDate communicatedOn) {
        var needs = Arrays.stream(LifeArea.values())
                .map(area -> new Need(area, 4, "Jag klarar det mesta själv.", 2)).toList();
        return new InvestigationContent(startedOn, "Behov av stöd för alkoholproblem",
                List.of(new Source(SourceKind.CLIENT, "Berättar om sitt drickande.", startedOn)), needs,
                List.of(new Child(LocalDate.now().getYear() - 8, "Dotter", "Umgänge varannan helg",
                        "Barnet bor hos andra föräldern; inga skyddsbehov.", null)),
                List.of(new Relative("Bo Bror", "Bror", "070-111 22 33", true)),
                new Participation(ParticipationMode.MEETING, "Jag vill få ordning på mitt liv."),
                "Behov av öppenvård föreligger.", "Öppenvård beviljas.",
                new Communication(communicatedOn, CommunicationChannel.MEETING, "Håller med."),
                ChildrenAnswer.HAS_CHILDREN, RelativesAnswer.NAMED);
    }

    /** A draft with only a start date and a subject. */
    public static InvestigationContent draftContent(LocalDate startedOn) {
        return new InvestigationContent(startedOn, "Utredning påbörjad", List.of(), List.of(), List.of(), List.of(),
                null, null, null, null);
    }

    public static DecideInterventions.Item granted(InterventionType type, LocalDate startsOn) {
        return new DecideInterventions.Item(type, DecisionOutcome.GRANTED, "Enligt utredningens förslag",
                startsOn, startsOn.plusMonths(6), "SOL-11-1", null);
    }

    public static DecideInterventions.Item refused(InterventionType type, String reasons) {
        return new DecideInterventions.Item(type, DecisionOutcome.REFUSED, "Ansökan om " + type, null, null,
                "SOL-11-1", reasons);
    }

    public static DecideInterventions.Item service(LocalDate startsOn) {
        return new DecideInterventions.Item(InterventionType.SERVICE_WITHOUT_DECISION, DecisionOutcome.GRANTED,
                "Samtalsstöd på mottagningen", startsOn, null, null, null);
    }

    public static DecideInterventions decision(CaseId caseId, LocalDate on, DecideInterventions.Item... items) {
        return new DecideInterventions(caseId, on, List.of(items), CommunicationChannel.MEETING, on);
    }
}
