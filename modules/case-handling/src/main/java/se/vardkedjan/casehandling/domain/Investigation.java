package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.InvestigationId;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.casehandling.events.InvestigationCompleted;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * An investigation (utredning) in a case. A draft takes partial content at any time (the text and date rules still
 * apply, so nothing unsafe or impossible is stored); completing it requires every part the documentation rules ask
 * for: the client's participation, each ASI life area assessed, whether the client has children (and if so each
 * child named with their needs assessed), whether the client has relatives (named, none, or not to be involved), an
 * assessment and a proposal, and the communication of the material to the client. An investigation completed before
 * the two answers were asked keeps them empty (not recorded).
 */
public final class Investigation {

    /**
     * What the investigation says: the aggregate's own copy of the content, which the facade maps to and from
     * {@link se.vardkedjan.casehandling.InvestigationContent}. Any part may be missing in a draft.
     */
    public record Content(LocalDate startedOn, String subject, List<Source> sources, List<Need> needs,
                          List<Child> children, List<Relative> relatives, Participation participation,
                          String assessment, String proposal, Communication communication,
                          ChildrenAnswer childrenAnswer, RelativesAnswer relativesAnswer) {

        public Content {
            sources = sources == null ? List.of() : List.copyOf(sources);
            needs = needs == null ? List.of() : List.copyOf(needs);
            children = children == null ? List.of() : List.copyOf(children);
            relatives = relatives == null ? List.of() : List.copyOf(relatives);
        }

        /** Content without the children and relatives answers (not given). */
        public Content(LocalDate startedOn, String subject, List<Source> sources, List<Need> needs,
                       List<Child> children, List<Relative> relatives, Participation participation,
                       String assessment, String proposal, Communication communication) {
            this(startedOn, subject, sources, needs, children, relatives, participation, assessment, proposal,
                    communication, null, null);
        }

        public static Content empty() {
            return new Content(null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                    null, null);
        }

        /** This content with the children and relatives answers. */
        public Content withAnswers(ChildrenAnswer children, RelativesAnswer relatives) {
            return new Content(startedOn, subject, sources, needs, this.children, this.relatives, participation,
                    assessment, proposal, communication, children, relatives);
        }
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


    private final InvestigationId id;
    private final CaseId caseId;
    private Content content;
    private InvestigationStatus status;
    private LocalDate completedOn;
    private String completedBy;
    private final long version;
    private final List<Object> events = new ArrayList<>();

    private Investigation(InvestigationId id, CaseId caseId, Content content, InvestigationStatus status,
                          LocalDate completedOn, String completedBy, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "case");
        this.content = Objects.requireNonNull(content, "content");
        this.status = Objects.requireNonNull(status, "status");
        this.completedOn = completedOn;
        this.completedBy = completedBy;
        this.version = version;
    }

    /** A new, empty draft for the case. */
    public static Investigation open(CaseId caseId) {
        return new Investigation(InvestigationId.random(), caseId, Content.empty(),
                InvestigationStatus.DRAFT, null, null, 0);
    }

    public static Investigation restore(InvestigationId id, CaseId caseId, Content content,
                                        InvestigationStatus status, LocalDate completedOn, String completedBy,
                                        long version) {
        return new Investigation(id, caseId, content, status, completedOn, completedBy, version);
    }

    /**
     * Stores the content as it stands. Text rules (length, no markup), value ranges and date order apply; the
     * completeness rules do not.
     *
     * @param intakeDate when the case's matter was received: the investigation cannot start before it
     */
    public void saveDraft(Content draft, LocalDate intakeDate, LocalDate today) {
        requireDraft();
        this.content = checked(Objects.requireNonNull(draft, "content"), intakeDate, today);
    }

    /** What is still missing before the investigation can be completed, as text keys; empty when complete. */
    public List<String> missing() {
        var missing = new ArrayList<String>();
        if (content.startedOn() == null) {
            missing.add("casehandling.investigation.missing.started-on");
        }
        if (content.subject() == null) {
            missing.add("casehandling.investigation.missing.subject");
        }
        var participation = content.participation();
        if (participation == null || participation.mode() == null || participation.ownWords() == null) {
            missing.add("casehandling.investigation.missing.participation");
        }
        var assessed = EnumSet.noneOf(LifeArea.class);
        content.needs().stream().filter(n -> n.severity() != null).forEach(n -> assessed.add(n.area()));
        for (var area : LifeArea.values()) {
            if (!assessed.contains(area)) {
                missing.add(area.missingTextKey());
            }
        }
        if (content.childrenAnswer() == null) {
            missing.add("casehandling.investigation.missing.children-answer");
        } else if (content.childrenAnswer() == ChildrenAnswer.HAS_CHILDREN && content.children().isEmpty()) {
            missing.add("casehandling.investigation.missing.child-named");
        } else if (content.childrenAnswer() == ChildrenAnswer.NO_CHILDREN && !content.children().isEmpty()) {
            missing.add("casehandling.investigation.missing.children-answer-contradicted");
        }
        if (content.children().stream().anyMatch(c -> c.needsAssessment() == null)) {
            missing.add("casehandling.investigation.missing.child-assessment");
        }
        if (content.relativesAnswer() == null) {
            missing.add("casehandling.investigation.missing.relatives-answer");
        } else if (content.relativesAnswer() == RelativesAnswer.NAMED && content.relatives().isEmpty()) {
            missing.add("casehandling.investigation.missing.relative-named");
        } else if (content.relativesAnswer() == RelativesAnswer.NONE && !content.relatives().isEmpty()) {
            missing.add("casehandling.investigation.missing.relatives-answer-contradicted");
        }
        if (content.assessment() == null) {
            missing.add("casehandling.investigation.missing.assessment");
        }
        if (content.proposal() == null) {
            missing.add("casehandling.investigation.missing.proposal");
        }
        var communication = content.communication();
        if (communication == null || communication.communicatedOn() == null || communication.channel() == null) {
            missing.add("casehandling.investigation.missing.communication");
        }
        return missing;
    }

    /**
     * Completes the investigation: refuses with the first missing part, or dates out of order.
     *
     * @param completedBy the caseworker completing it
     */
    public void complete(LocalDate intakeDate, LocalDate today, String completedBy) {
        requireDraft();
        this.content = checked(content, intakeDate, today);
        var missing = missing();
        if (!missing.isEmpty()) {
            throw new RuleViolation("casehandling.investigation.error.incomplete", missing.getFirst());
        }
        this.status = InvestigationStatus.COMPLETED;
        this.completedOn = today;
        this.completedBy = Objects.requireNonNull(completedBy, "completed by");
        events.add(new InvestigationCompleted(caseId, id, today));
    }

    private void requireDraft() {
        if (status != InvestigationStatus.DRAFT) {
            throw new RuleViolation("casehandling.investigation.error.already-completed");
        }
    }

    private static Content checked(Content c, LocalDate intakeDate, LocalDate today) {
        var startedOn = DateRange.check("casehandling.investigation.started-on", c.startedOn());
        if (startedOn != null) {
            if (intakeDate != null && startedOn.isBefore(intakeDate)) {
                throw new RuleViolation("casehandling.error.dates-in-wrong-order",
                        "casehandling.intake.received-on", "casehandling.investigation.started-on");
            }
            notInFuture(startedOn, today, "casehandling.investigation.started-on");
        }
        var subject = FREE_TEXT.optional("casehandling.investigation.subject", c.subject(), FreeText.SHORT);
        var sources = new ArrayList<Source>();
        for (var source : c.sources()) {
            if (source.kind() == null) {
                throw new RuleViolation("casehandling.investigation.error.source-kind-required");
            }
            var what = FREE_TEXT.required("casehandling.investigation.source-what", source.what(), FreeText.MEDIUM);
            DateRange.check("casehandling.investigation.source-date", source.gatheredOn());
            if (source.gatheredOn() != null) {
                notInFuture(source.gatheredOn(), today, "casehandling.investigation.source-date");
            }
            sources.add(new Source(source.kind(), what, source.gatheredOn()));
        }
        var needs = new ArrayList<Need>();
        var areas = EnumSet.noneOf(LifeArea.class);
        for (var need : c.needs()) {
            if (need.area() == null || !areas.add(need.area())) {
                throw new RuleViolation("casehandling.investigation.error.life-area-twice");
            }
            if (need.severity() != null && (need.severity() < 0 || need.severity() > 9)) {
                throw new RuleViolation("casehandling.investigation.error.severity-out-of-range", need.severity());
            }
            if (need.clientRating() != null && (need.clientRating() < 0 || need.clientRating() > 4)) {
                throw new RuleViolation("casehandling.investigation.error.client-rating-out-of-range",
                        need.clientRating());
            }
            needs.add(new Need(need.area(), need.severity(),
                    FREE_TEXT.optional("casehandling.investigation.client-view", need.clientView(), FreeText.MEDIUM),
                            need.clientRating()));
        }
        var children = new ArrayList<Child>();
        for (var child : c.children()) {
            if (child.birthYear() == null || child.birthYear() < today.getYear() - 18
                    || child.birthYear() > today.getYear()) {
                throw new RuleViolation("casehandling.investigation.error.child-birth-year",
                        String.valueOf(child.birthYear()));
            }
            DateRange.check("casehandling.investigation.concern-reported-on", child.concernReportedOn());
            if (child.concernReportedOn() != null) {
                notInFuture(child.concernReportedOn(), today, "casehandling.investigation.concern-reported-on");
            }
            children.add(new Child(child.birthYear(),
                    FREE_TEXT.optional("casehandling.investigation.child-relation", child.relation(), FreeText.SHORT),
                    FREE_TEXT.optional("casehandling.investigation.child-living", child.livingArrangement(),
                            FreeText.SHORT),
                    FREE_TEXT.optional("casehandling.investigation.child-needs", child.needsAssessment(),
                            FreeText.MEDIUM),
                    child.concernReportedOn()));
        }
        var relatives = new ArrayList<Relative>();
        for (var relative : c.relatives()) {
            relatives.add(new Relative(FREE_TEXT.requiredLine("casehandling.investigation.relative-name",
                    relative.name(), FreeText.SHORT),
                    FREE_TEXT.optional("casehandling.investigation.relative-relation", relative.relation(),
                            FreeText.SHORT),
                    FREE_TEXT.optional("casehandling.investigation.relative-contact", relative.contact(),
                            FreeText.SHORT),
                    relative.consentToContact()));
        }
        Participation participation = null;
        if (c.participation() != null) {
            participation = new Participation(c.participation().mode(),
                    FREE_TEXT.optional("casehandling.investigation.participation-words", c.participation().ownWords(),
                            FreeText.MEDIUM));
        }
        Communication communication = null;
        if (c.communication() != null) {
            var on = DateRange.check("casehandling.investigation.communicated-on", c.communication().communicatedOn());
            if (on != null) {
                if (startedOn != null && on.isBefore(startedOn)) {
                    throw new RuleViolation("casehandling.error.dates-in-wrong-order",
                            "casehandling.investigation.started-on",
                            "casehandling.investigation.communicated-on");
                }
                notInFuture(on, today, "casehandling.investigation.communicated-on");
            }
            communication = new Communication(on, c.communication().channel(),
                    FREE_TEXT.optional("casehandling.investigation.client-response", c.communication().clientResponse(),
                            FreeText.MEDIUM));
        }
        return new Content(startedOn, subject, sources, needs, children, relatives, participation,
                FREE_TEXT.optional("casehandling.investigation.assessment", c.assessment(), FreeText.LONG),
                FREE_TEXT.optional("casehandling.investigation.proposal", c.proposal(), FreeText.MEDIUM), communication,
                c.childrenAnswer(), c.relativesAnswer());
    }

    private static void notInFuture(LocalDate date, LocalDate today, String field) {
        if (date.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", field);
        }
    }

    public List<Object> events() {
        return List.copyOf(events);
    }

    public InvestigationId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public Content content() {
        return content;
    }

    public InvestigationStatus status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String completedBy() {
        return completedBy;
    }

    public long version() {
        return version;
    }
}
