package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlanStatus;
import se.vardkedjan.casehandling.NewParticipant;
import se.vardkedjan.casehandling.ParticipantId;
import se.vardkedjan.casehandling.ParticipantKind;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.casehandling.events.ConsentWithdrawn;
import se.vardkedjan.casehandling.events.CoordinatedPlanCreated;
import se.vardkedjan.casehandling.events.CoordinatedPlanFollowUpSet;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * A SIP (samordnad individuell plan): the municipality's and the region's joint plan for a client who needs help from
 * both. It exists only with the client's consent; when the client withdraws it, the plan closes for changes and the
 * region's participants lose their read access, but everything recorded stays as history. Relatives take part only
 * when the client does not object.
 */
public final class CoordinatedPlan {

    /**
     * The client's consent and its withdrawal.
     *
     * @param withdrawnByClient true when the client withdrew it themself in the citizen portal (then
     *                          {@code withdrawnAt} says when), false when staff recorded a withdrawal the client told
     *                          them of (then only the date they gave)
     */
    public record Consent(LocalDate givenOn, ConsentForm form, String recordedBy, LocalDate withdrawnOn,
                          String withdrawalRecordedBy, boolean withdrawnByClient, Instant withdrawnAt) {

        /** A consent as staff record it: not withdrawn by the client in the portal. */
        public Consent(LocalDate givenOn, ConsentForm form, String recordedBy, LocalDate withdrawnOn,
                       String withdrawalRecordedBy) {
            this(givenOn, form, recordedBy, withdrawnOn, withdrawalRecordedBy, false, null);
        }
    }

    /** A participant; {@code removedOn} is set when they left the plan (the row is kept as history). */
    public record Participant(ParticipantId id, ParticipantKind kind, String staffUsername, String name,
                              String organisation, String organisationalUnit, String role, String accountUsername,
                              boolean clientDoesNotObject, LocalDate removedOn) {

        public boolean current() {
            return removedOn == null;
        }
    }

    /** A need and the measure that meets it, with the principal responsible. */
    public record Measure(Principal principal, String need, String measure) {
    }

    /** A status change or a meeting: when, who, and a short note. */
    public record HistoryEntry(LocalDate occurredOn, Instant recordedAt, String kind, CoordinatedPlanStatus status,
                               String recordedBy, String note) {
    }


    /** History kinds, as stored and as the UI translates them ({@code casehandling.sip.history.<kind>}). */
    public static final String CREATED = "CREATED";
    public static final String ACTIVATED = "ACTIVATED";
    public static final String MEETING = "MEETING";
    public static final String FOLLOWED_UP = "FOLLOWED_UP";
    public static final String CLOSED = "CLOSED";
    public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";
    public static final String CONSENT_WITHDRAWN_BY_CLIENT = "CONSENT_WITHDRAWN_BY_CLIENT";

    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    private final CoordinatedPlanId id;
    private final CaseId caseId;
    private final LocalDate planDate;
    private final String createdBy;
    private CoordinatedPlanStatus status;
    private Consent consent;
    private final List<Participant> participants;
    private final List<Measure> measures;
    private Principal overallResponsibility;
    private ParticipantId coordinator;
    private String goals;
    private LocalDate followUpOn;
    private final List<HistoryEntry> history;
    private final List<HistoryEntry> newHistory = new ArrayList<>();
    private final long version;
    private final List<Object> events = new ArrayList<>();

    private CoordinatedPlan(CoordinatedPlanId id, CaseId caseId, LocalDate planDate, String createdBy,
                            CoordinatedPlanStatus status, Consent consent, List<Participant> participants,
                            List<Measure> measures, Principal overallResponsibility, ParticipantId coordinator,
                            String goals, LocalDate followUpOn, List<HistoryEntry> history, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "case");
        this.planDate = Objects.requireNonNull(planDate, "plan date");
        this.createdBy = Objects.requireNonNull(createdBy, "created by");
        this.status = Objects.requireNonNull(status, "status");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.participants = new ArrayList<>(participants);
        this.measures = new ArrayList<>(measures);
        this.overallResponsibility = overallResponsibility;
        this.coordinator = coordinator;
        this.goals = goals;
        this.followUpOn = followUpOn;
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /**
     * Creates a SIP for a case. Refuses without the client's consent; the consent cannot be dated in the future, and
     * the SIP cannot be drawn up before consent was given.
     *
     * @param consentGivenOn when the client consented
     * @param form           how the client consented
     * @param recordedBy     who recorded the consent (the signed-in caseworker)
     * @param planDate       the date of the SIP (its first meeting)
     */
    public static CoordinatedPlan create(CaseId caseId, LocalDate consentGivenOn, ConsentForm form, String recordedBy,
                                         LocalDate planDate, Instant now, LocalDate today) {
        if (consentGivenOn == null || form == null) {
            throw new RuleViolation("casehandling.sip.error.consent-required");
        }
        DateRange.check("casehandling.sip.consent-given-on", consentGivenOn);
        if (consentGivenOn.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.sip.consent-given-on");
        }
        if (planDate == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.sip.plan-date");
        }
        DateRange.check("casehandling.sip.plan-date", planDate);
        if (planDate.isBefore(consentGivenOn)) {
            throw RuleViolation.forField("casehandling.sip.plan-date", "casehandling.error.dates-in-wrong-order",
                    "casehandling.sip.consent-given-on", "casehandling.sip.plan-date");
        }
        var plan = new CoordinatedPlan(CoordinatedPlanId.random(), caseId, planDate, recordedBy,
                CoordinatedPlanStatus.DRAFT, new Consent(consentGivenOn, form, recordedBy, null, null), List.of(),
                List.of(), null, null, null, null, List.of(), 0);
        plan.record(CREATED, consentGivenOn, recordedBy, null, now);
        plan.events.add(new CoordinatedPlanCreated(caseId, plan.id));
        return plan;
    }

    public static CoordinatedPlan restore(CoordinatedPlanId id, CaseId caseId, LocalDate planDate, String createdBy,
                                          CoordinatedPlanStatus status, Consent consent,
                                          List<Participant> participants, List<Measure> measures,
                                          Principal overallResponsibility, ParticipantId coordinator, String goals,
                                          LocalDate followUpOn, List<HistoryEntry> history, long version) {
        return new CoordinatedPlan(id, caseId, planDate, createdBy, status, consent, participants, measures,
                overallResponsibility, coordinator, goals, followUpOn, history, version);
    }

    /** Adds a participant after checking what their kind requires. A relative needs the client's "no objection". */
    public ParticipantId add(NewParticipant candidate) {
        requireOpen();
        Objects.requireNonNull(candidate, "participant");
        if (candidate.kind() == null) {
            throw RuleViolation.forField("casehandling.sip.participant.kind",
                    "casehandling.sip.error.participant-kind-required");
        }
        var participantId = ParticipantId.random();
        var participant = switch (candidate.kind()) {
            case MUNICIPALITY -> {
                var staff = FREE_TEXT.optional("casehandling.sip.participant.staff-username",
                        candidate.staffUsername(), 100);
                var name = FREE_TEXT.optional("casehandling.sip.participant.name", candidate.name(), FreeText.SHORT);
                if (staff == null && name == null) {
                    throw RuleViolation.forField("casehandling.sip.participant.name",
                            "casehandling.sip.error.municipal-participant-needs-staff-or-name");
                }
                yield new Participant(participantId, ParticipantKind.MUNICIPALITY, staff, name, null, null,
                        FREE_TEXT.requiredLine("casehandling.sip.participant.role", candidate.role(), FreeText.SHORT),
                        null, false, null);
            }
            case REGION -> {
                var account = FREE_TEXT.optional("casehandling.sip.participant.account", candidate.accountUsername(),
                        100);
                if (account != null) {
                    account = account.toLowerCase(java.util.Locale.ROOT);
                    if (!ACCOUNT.matcher(account).matches()) {
                        throw RuleViolation.forField("casehandling.sip.participant.account",
                                "casehandling.sip.error.account-invalid", account);
                    }
                    var taken = account;
                    if (currentParticipants().stream().anyMatch(p -> taken.equals(p.accountUsername()))) {
                        throw RuleViolation.forField("casehandling.sip.participant.account",
                                "casehandling.sip.error.account-already-participant", account);
                    }
                }
                yield new Participant(participantId, ParticipantKind.REGION, null,
                        FREE_TEXT.requiredLine("casehandling.sip.participant.name", candidate.name(), FreeText.SHORT),
                        FREE_TEXT.requiredLine("casehandling.sip.participant.organisation", candidate.organisation(),
                                FreeText.SHORT),
                        FREE_TEXT.optional("casehandling.sip.participant.organisational-unit",
                                candidate.organisationalUnit(), FreeText.SHORT),
                        FREE_TEXT.requiredLine("casehandling.sip.participant.role", candidate.role(), FreeText.SHORT),
                        account, false, null);
            }
            case RELATIVE -> {
                if (!candidate.clientDoesNotObject()) {
                    throw new RuleViolation("casehandling.sip.error.client-objects-to-relative");
                }
                yield new Participant(participantId, ParticipantKind.RELATIVE, null,
                        FREE_TEXT.requiredLine("casehandling.sip.participant.name", candidate.name(), FreeText.SHORT),
                        null, null,
                        FREE_TEXT.requiredLine("casehandling.sip.participant.relation", candidate.role(),
                                FreeText.SHORT),
                        null, true, null);
            }
        };
        participants.add(participant);
        return participantId;
    }

    /** Takes a participant off the plan (kept as history); a region participant's read access ends with it. */
    public void remove(ParticipantId participantId, LocalDate on) {
        requireOpen();
        var found = current(participantId);
        if (on == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.sip.participant.removed-on");
        }
        participants.set(participants.indexOf(found), new Participant(found.id(), found.kind(), found.staffUsername(),
                found.name(), found.organisation(), found.organisationalUnit(), found.role(),
                found.accountUsername(), found.clientDoesNotObject(), on));
        if (participantId.equals(coordinator)) {
            coordinator = null;
        }
    }

    /** Adds a need and the measure that meets it, with the principal responsible for it. */
    public void addMeasure(Principal principal, String need, String measure) {
        requireOpen();
        if (principal == null) {
            throw RuleViolation.forField("casehandling.sip.principal",
                    "casehandling.sip.error.principal-required");
        }
        measures.add(new Measure(principal,
                FREE_TEXT.required("casehandling.sip.measure.need", need, FreeText.MEDIUM),
                FREE_TEXT.required("casehandling.sip.measure.measure", measure, FreeText.MEDIUM)));
    }

    /** Names the principal (municipality or region) with the overall responsibility for the plan. */
    public void assignOverallResponsibility(Principal principal) {
        requireOpen();
        if (principal != Principal.MUNICIPALITY && principal != Principal.REGION) {
            throw new RuleViolation("casehandling.sip.error.responsibility-municipality-or-region");
        }
        overallResponsibility = principal;
    }

    /** Appoints the coordinator: a current participant from the municipality or the region. */
    public void appointCoordinator(ParticipantId participantId) {
        requireOpen();
        var found = participantId == null ? null : participants.stream()
                .filter(p -> p.id().equals(participantId) && p.current()).findFirst().orElse(null);
        if (found == null || found.kind() == ParticipantKind.RELATIVE) {
            throw new RuleViolation("casehandling.sip.error.coordinator-must-be-participant");
        }
        coordinator = participantId;
    }

    /** Writes the plan's goals (with the client, in their words). */
    public void writeGoals(String text) {
        requireOpen();
        goals = FREE_TEXT.required("casehandling.sip.goals", text, FreeText.MEDIUM);
    }

    /** Sets the follow-up date, which must come after the SIP's date. */
    public void scheduleFollowUp(LocalDate date) {
        requireOpen();
        if (date == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.sip.follow-up-on");
        }
        DateRange.check("casehandling.sip.follow-up-on", date);
        if (!date.isAfter(planDate)) {
            throw RuleViolation.forField("casehandling.sip.follow-up-on",
                    "casehandling.sip.error.follow-up-not-after-plan-date");
        }
        followUpOn = date;
        // the version the change is saved with (the row's version + 1, checked against the version loaded)
        events.add(new CoordinatedPlanFollowUpSet(caseId, id, version + 1, date));
    }

    /**
     * Puts the plan in force. It must say who has the overall responsibility, who coordinates, at least one measure,
     * its goals and when it is followed up.
     */
    public void activate(LocalDate on, String by, Instant now) {
        requireStatus(CoordinatedPlanStatus.DRAFT);
        if (overallResponsibility == null) {
            throw new RuleViolation("casehandling.sip.error.not-ready", "casehandling.sip.overall-responsibility");
        }
        if (coordinator == null) {
            throw new RuleViolation("casehandling.sip.error.not-ready", "casehandling.sip.coordinator");
        }
        if (measures.isEmpty()) {
            throw new RuleViolation("casehandling.sip.error.not-ready", "casehandling.sip.measures");
        }
        if (goals == null) {
            throw new RuleViolation("casehandling.sip.error.not-ready", "casehandling.sip.goals");
        }
        if (followUpOn == null) {
            throw new RuleViolation("casehandling.sip.error.not-ready", "casehandling.sip.follow-up-on");
        }
        status = CoordinatedPlanStatus.ACTIVE;
        record(ACTIVATED, checkedDate(on), by, null, now);
    }

    /** Records a SIP meeting in the history: one that was held, so not in the future and not before the consent. */
    public void recordMeeting(LocalDate on, String by, String note, Instant now, LocalDate today) {
        requireOpen();
        record(MEETING, heldOn(on, today), by,
                FREE_TEXT.optional("casehandling.sip.history.note", note, FreeText.MEDIUM), now);
    }

    /** Records that the plan was followed up (on a day that has been, after the consent). */
    public void recordFollowUp(LocalDate on, String by, String note, Instant now, LocalDate today) {
        if (status != CoordinatedPlanStatus.ACTIVE && status != CoordinatedPlanStatus.FOLLOWED_UP) {
            throw new RuleViolation("casehandling.sip.error.wrong-status", status.textKey());
        }
        status = CoordinatedPlanStatus.FOLLOWED_UP;
        record(FOLLOWED_UP, heldOn(on, today), by,
                FREE_TEXT.optional("casehandling.sip.history.note", note, FreeText.MEDIUM), now);
    }

    /** Ends the plan; it stays readable as history. */
    public void close(LocalDate on, String by, Instant now) {
        requireOpen();
        status = CoordinatedPlanStatus.CLOSED;
        record(CLOSED, checkedDate(on), by, null, now);
    }

    /**
     * Records that the client withdrew consent: the plan closes for changes and the region's read access ends.
     * Nothing recorded is removed.
     */
    public void withdrawConsent(LocalDate on, String recordedBy, Instant now, LocalDate today) {
        withdraw(on, recordedBy, now, today, false);
    }

    /**
     * Records that the client withdrew consent themself, in the citizen portal, now: as {@link #withdrawConsent}, and
     * marked as the client's own act with the instant, so staff see who did it and when.
     *
     * @param account the client's account, as the history records who did it
     */
    public void withdrawConsentByClient(String account, Instant now, LocalDate today) {
        withdraw(today, account, now, today, true);
    }

    private void withdraw(LocalDate on, String recordedBy, Instant now, LocalDate today, boolean byClient) {
        if (status == CoordinatedPlanStatus.CONSENT_WITHDRAWN) {
            throw new RuleViolation("casehandling.sip.error.consent-already-withdrawn");
        }
        if (on == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.sip.consent-withdrawn-on");
        }
        DateRange.check("casehandling.sip.consent-withdrawn-on", on);
        if (on.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.sip.consent-withdrawn-on");
        }
        if (on.isBefore(consent.givenOn())) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.sip.consent-given-on",
                    "casehandling.sip.consent-withdrawn-on");
        }
        consent = new Consent(consent.givenOn(), consent.form(), consent.recordedBy(), on, recordedBy, byClient,
                byClient ? now : null);
        status = CoordinatedPlanStatus.CONSENT_WITHDRAWN;
        record(byClient ? CONSENT_WITHDRAWN_BY_CLIENT : CONSENT_WITHDRAWN, on, recordedBy, null, now);
        events.add(new ConsentWithdrawn(caseId, id, on));
    }

    /**
     * Which accounts may read the plan, by the region participant they belong to: the current region participants
     * with an account, as long as consent stands.
     */
    public Map<ParticipantId, String> readGrants() {
        var grants = new LinkedHashMap<ParticipantId, String>();
        if (status == CoordinatedPlanStatus.CONSENT_WITHDRAWN) {
            return grants;
        }
        for (var p : participants) {
            if (p.current() && p.kind() == ParticipantKind.REGION && p.accountUsername() != null) {
                grants.put(p.id(), p.accountUsername());
            }
        }
        return grants;
    }

    private Participant current(ParticipantId participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId) && p.current()).findFirst()
                .orElseThrow(() -> new RuleViolation("casehandling.sip.error.participant-unknown"));
    }

    private List<Participant> currentParticipants() {
        return participants.stream().filter(Participant::current).toList();
    }

    /** The date of something that happened in the plan (a meeting, a follow-up): from the consent up to today. */
    private LocalDate heldOn(LocalDate on, LocalDate today) {
        var checked = DateRange.check("casehandling.sip.history.date", checkedDate(on));
        if (checked.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.sip.history.date");
        }
        if (checked.isBefore(consent.givenOn())) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order", "casehandling.sip.consent-given-on",
                    "casehandling.sip.history.date");
        }
        return checked;
    }

    private LocalDate checkedDate(LocalDate on) {
        if (on == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.sip.history.date");
        }
        return on;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new RuleViolation(status == CoordinatedPlanStatus.CONSENT_WITHDRAWN
                    ? "casehandling.sip.error.consent-withdrawn" : "casehandling.sip.error.closed");
        }
    }

    private void requireStatus(CoordinatedPlanStatus required) {
        requireOpen();
        if (status != required) {
            throw new RuleViolation("casehandling.sip.error.wrong-status", status.textKey());
        }
    }

    private void record(String kind, LocalDate on, String by, String note, Instant now) {
        var entry = new HistoryEntry(on, now, kind, status, by, note);
        history.add(entry);
        newHistory.add(entry);
    }

    public CoordinatedPlanId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public LocalDate planDate() {
        return planDate;
    }

    public String createdBy() {
        return createdBy;
    }

    public CoordinatedPlanStatus status() {
        return status;
    }

    public Consent consent() {
        return consent;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public Principal overallResponsibility() {
        return overallResponsibility;
    }

    public ParticipantId coordinator() {
        return coordinator;
    }

    public String goals() {
        return goals;
    }

    public LocalDate followUpOn() {
        return followUpOn;
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    /** History entries recorded since the plan was loaded (the repository appends them). */
    public List<HistoryEntry> newHistory() {
        return List.copyOf(newHistory);
    }

    public long version() {
        return version;
    }

    /** Events raised since the plan was loaded. */
    public List<Object> events() {
        return List.copyOf(events);
    }
}
