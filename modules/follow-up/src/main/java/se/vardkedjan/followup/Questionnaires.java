package se.vardkedjan.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.instrument.InstrumentCatalogue;
import se.vardkedjan.followup.questionnaire.persistence.QuestionnaireRows;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.util.List;

/**
 * The case staff's side of the questionnaires (ADR 0029, slice 2): send the client of a case a questionnaire to answer
 * in the portal — AUDIT, DUDIT, goal attainment for one of the plan's goals, ORS/SRS only while enabled (the licence
 * statement) — see where each stands and how far the client has come, and withdraw one not answered yet. The client
 * is the case's (no person is named). Every method opens the case through case handling's {@link CaseDoor}
 * (need-to-know, the access-log row, a refusal recorded).
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class Questionnaires {

    static final String WHAT_QUESTIONNAIRES = "QUESTIONNAIRES";
    static final String WHAT_QUESTIONNAIRE = "QUESTIONNAIRE";

    /** An instrument the staff can send the case's client, by code (its current version is sent). */
    public record Sendable(String code, LocalText name, boolean perGoal) {
    }

    /** A goal of the case's plan a goal-attainment questionnaire can be about. */
    public record GoalChoice(GoalId id, String text) {
    }

    /**
     * A questionnaire the client of one of the user's own cases answered lately, for the start page ("Klienten har
     * besvarat AUDIT"); the client's name is null when their identity is protected.
     */
    public record Answered(QuestionnaireId id, CaseId caseId, String clientName, boolean protectedIdentity,
                           String instrumentCode, java.time.LocalDate answeredOn) {
    }

    /** How long an answered questionnaire stays on the caseworker's start page. */
    static final int ANSWERED_SHOWN_DAYS = 14;

    /** What can be sent for a case: the instruments and the plan's goals. */
    public record Choices(List<Sendable> instruments, List<GoalChoice> goals) {
    }

    private final CaseDoor door;
    private final InstrumentCatalogue catalogue;
    private final QuestionnaireRows rows;
    private final CarePlans plans;
    private final Clock clock;
    private final CurrentActor currentActor;
    private final Refusals refusals;
    private final QuestionnaireSending sending;

    Questionnaires(CaseDoor door, InstrumentCatalogue catalogue, QuestionnaireRows rows, CarePlans plans,
                   Clock clock, CurrentActor currentActor, Refusals refusals, QuestionnaireSending sending) {
        this.sending = sending;
        this.refusals = refusals;
        this.currentActor = currentActor;
        this.door = door;
        this.catalogue = catalogue;
        this.rows = rows;
        this.plans = plans;
        this.clock = clock;
    }

    /** The instruments the client can be sent now (current, enabled, answerable by the client) and the goals. */
    @Transactional
    public Choices choices(CaseId caseId) {
        door.open(caseId, AccessKind.READ, WHAT_QUESTIONNAIRES, Purpose.CASE_WORK);
        return new Choices(sending.sendable(), goals(caseId));
    }

    private List<GoalChoice> goals(CaseId caseId) {
        return plans.plans(caseId).stream().filter(p -> p.status() != CarePlanStatus.SUPERSEDED)
                .flatMap(p -> p.goals().stream()).map(g -> new GoalChoice(g.id(), g.text())).toList();
    }

    /**
     * Sends the case's client a questionnaire of the instrument's current version (goal attainment: about one goal of
     * the plan). The client sees it in the portal.
     *
     * @throws RuleViolation {@code followup.questionnaire.error.instrument-required},
     *                       {@code followup.instrument.error.unknown-instrument},
     *                       {@code followup.instrument.error.not-enabled},
     *                       {@code followup.questionnaire.error.not-for-client},
     *                       {@code followup.instrument.error.unknown-goal} (goal attainment without a goal of the
     *                       plan), {@code followup.questionnaire.error.already-open} (one of the same is not answered
     *                       yet)
     */
    @Transactional
    public QuestionnaireId send(CaseId caseId, String instrumentCode, GoalId goal) {
        var opened = door.open(caseId, AccessKind.CHANGE, WHAT_QUESTIONNAIRE, Purpose.CASE_WORK);
        return sending.insert(opened.caseId(), instrumentCode, goal, goals(caseId), opened.actor().subject(), null);
    }


    /** The questionnaires of the case, newest first, with how far the client has come. Logged as a read. */
    @Transactional
    public List<SentQuestionnaire> ofCase(CaseId caseId) {
        var opened = door.open(caseId, AccessKind.READ, WHAT_QUESTIONNAIRES, Purpose.CASE_WORK);
        var found = rows.ofCase(opened.caseId());
        var counts = rows.answerCounts(found.stream().map(QuestionnaireRows.Row::id).toList());
        return found.stream().map(row -> {
            var definition = catalogue.find(row.instrument()).orElseThrow();
            return new SentQuestionnaire(row.id(), definition.code(), definition.version(),
                    new LocalText(definition.name().sv(), definition.name().en()), row.goalTitle(), row.sentBy(),
                    row.sentByProvider(), row.sentAt(), row.status(), counts.getOrDefault(row.id(), 0), definition.items().size(),
                    row.answeredAt());
        }).toList();
    }

    /**
     * The questionnaires the clients of the user's own open cases answered in the last
     * {@value #ANSWERED_SHOWN_DAYS} days, newest first, for the start page; only cases the user may see, their reads
     * logged once per call.
     */
    @Transactional
    public List<Answered> answeredOnMyCases() {
        var actor = currentActor.require();
        var own = door.openCasesOf(actor.username(), actor.units());
        var found = rows.answeredSince(own, clock.instant().minus(java.time.Duration.ofDays(ANSWERED_SHOWN_DAYS)));
        if (found.isEmpty()) {
            return List.of();
        }
        var visible = door.visibleTo(actor, found.stream().map(QuestionnaireRows.Row::caseId).toList());
        if (visible.isEmpty()) {
            return List.of();
        }
        var facts = new java.util.HashMap<CaseId, CaseDoor.CaseFacts>();
        visible.forEach(f -> facts.put(f.caseId(), f));
        var names = door.logReadsAndNames(actor, visible, WHAT_QUESTIONNAIRES, Purpose.CASE_WORK);
        return found.stream().filter(row -> facts.containsKey(row.caseId())).map(row -> {
            var protectedIdentity = facts.get(row.caseId()).protectedIdentity();
            return new Answered(row.id(), row.caseId(), protectedIdentity ? null : names.get(row.caseId()),
                    protectedIdentity, row.instrument().code(),
                    java.time.LocalDate.ofInstant(row.answeredAt(), java.time.ZoneId.of("Europe/Stockholm")));
        }).toList();
    }

    /**
     * Withdraws a questionnaire of the case the client has not sent yet: it leaves the client's list; kept with who
     * withdrew it and when.
     *
     * @throws RuleViolation {@code followup.questionnaire.error.unknown} when none is named,
     *                       {@code followup.questionnaire.error.not-open} when it is answered or withdrawn
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the questionnaire is not the case's (recorded as an
     *                       unknown target)
     */
    @Transactional
    public void withdraw(CaseId caseId, QuestionnaireId questionnaire) {
        var opened = door.open(caseId, AccessKind.CHANGE, WHAT_QUESTIONNAIRE, Purpose.CASE_WORK);
        if (questionnaire == null) {
            throw new RuleViolation("followup.questionnaire.error.unknown");
        }
        var row = rows.lock(questionnaire).orElse(null);
        if (row == null || !row.caseId().equals(opened.caseId())) {
            // An id that is not this case's: a probe, refused as an unknown target and recorded.
            throw refusals.unknown(AccessKind.CHANGE, WHAT_QUESTIONNAIRE, "QUESTIONNAIRE", questionnaire.value());
        }
        if (!rows.withdraw(questionnaire, opened.actor().subject(), clock.instant())) {
            throw new RuleViolation("followup.questionnaire.error.not-open");
        }
    }
}
