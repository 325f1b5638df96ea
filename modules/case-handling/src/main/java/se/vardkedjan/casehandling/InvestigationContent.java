package se.vardkedjan.casehandling;

import java.time.LocalDate;
import java.util.List;

/**
 * What an investigation (utredning) says, as the caseworker writes it. Any part may be missing in a draft; completing
 * the investigation requires all of them (see {@link Investigations#saveAndComplete}).
 *
 * @param startedOn     when the investigation started (not before the intake)
 * @param subject       what the investigation is about
 * @param sources       information gathered and where it came from
 * @param needs         the needs per ASI life area, one per area
 * @param children      children in the household or with visiting rights
 * @param relatives     relatives, and whether the client consents to contact with them
 * @param participation how the client took part, in their own words
 * @param assessment    the caseworker's assessment
 * @param proposal      the proposed decision
 * @param communication how the material was communicated to the client before the decision (kommunicering)
 * @param childrenAnswer  whether the client has children under 18 (in the household or with visiting rights); null
 *                        when not answered (and in investigations from before the answer was asked)
 * @param relativesAnswer whether relatives are named, the client has none or does not want them involved; null when
 *                        not answered
 */
public record InvestigationContent(LocalDate startedOn, String subject, List<Source> sources, List<Need> needs,
                                   List<Child> children, List<Relative> relatives, Participation participation,
                                   String assessment, String proposal, Communication communication,
                                   ChildrenAnswer childrenAnswer, RelativesAnswer relativesAnswer) {

    public InvestigationContent {
        sources = sources == null ? List.of() : List.copyOf(sources);
        needs = needs == null ? List.of() : List.copyOf(needs);
        children = children == null ? List.of() : List.copyOf(children);
        relatives = relatives == null ? List.of() : List.copyOf(relatives);
    }

    /** Content without the children and relatives answers (not given). */
    public InvestigationContent(LocalDate startedOn, String subject, List<Source> sources, List<Need> needs,
                                List<Child> children, List<Relative> relatives, Participation participation,
                                String assessment, String proposal, Communication communication) {
        this(startedOn, subject, sources, needs, children, relatives, participation, assessment, proposal,
                communication, null, null);
    }

    public static InvestigationContent empty() {
        return new InvestigationContent(null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                null, null);
    }

    /** This content with the children and relatives answers. */
    public InvestigationContent withAnswers(ChildrenAnswer children, RelativesAnswer relatives) {
        return new InvestigationContent(startedOn, subject, sources, needs, this.children, this.relatives,
                participation, assessment, proposal, communication, children, relatives);
    }

    /** A piece of information gathered: from what kind of source, what it says, and when it was gathered. */
    public record Source(SourceKind kind, String what, LocalDate gatheredOn) {
    }

    /**
     * The need in one life area.
     *
     * @param severity     the interviewer's severity rating on the ASI scale 0–9
     * @param clientView   the client's own view of the area, in their words
     * @param clientRating the client's own rating 0–4 of how troubled they are
     */
    public record Need(LifeArea area, Integer severity, String clientView, Integer clientRating) {
    }

    /**
     * A child in the household or with visiting rights. The child's needs must be assessed before the investigation
     * is completed; a report of concern (orosanmälan) is recorded with its date when one was made.
     */
    public record Child(Integer birthYear, String relation, String livingArrangement, String needsAssessment,
                        LocalDate concernReportedOn) {
    }

    /** A relative (anhörig/närstående), and whether the client consents to the social services contacting them. */
    public record Relative(String name, String relation, String contact, boolean consentToContact) {
    }

    /** How the client took part in the investigation and what they said, in their own words. */
    public record Participation(ParticipationMode mode, String ownWords) {
    }

    /** The material was communicated to the client (kommunicering): when, how, and the client's response. */
    public record Communication(LocalDate communicatedOn, CommunicationChannel channel, String clientResponse) {
    }
}
