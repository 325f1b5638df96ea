package se.vardkedjan.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.access.QuestionnaireAccess;
import se.vardkedjan.followup.instrument.InstrumentCatalogue;
import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;
import se.vardkedjan.followup.instrument.domain.Item;
import se.vardkedjan.followup.instrument.domain.Respondent;
import se.vardkedjan.followup.instrument.persistence.AgreedGoalRows;
import se.vardkedjan.followup.instrument.persistence.MeasurementRows;
import se.vardkedjan.followup.questionnaire.persistence.QuestionnaireRows;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The client's side of the questionnaires in the portal (ADR 0029, slice 2): the questionnaires sent to the signed-in
 * client, one to answer question by question — each answer kept as it is given, so leaving and coming back continues
 * where they were — and sending it: the product scores it as a measurement of source {@code CLIENT_SELF} (the
 * baseline when the case has none of the instrument yet, else a follow-up) that the caseworker sees on the case's
 * Uppföljning tab. No method takes a person or case id: every call goes through follow-up's door to the client's own
 * file ({@link QuestionnaireAccess}); a questionnaire that is not the client's is refused as unknown and recorded. A
 * trusted adult never reaches them; nothing of the score is returned to the client.
 */
@Service
@RolesAllowed(Roles.CLIENT)
public class OwnQuestionnaires {

    static final String WHAT_OWN = "OWN_QUESTIONNAIRES";
    static final String WHAT_OWN_ONE = "OWN_QUESTIONNAIRE";

    private final QuestionnaireAccess door;
    private final QuestionnaireRows rows;
    private final InstrumentCatalogue catalogue;
    private final MeasurementRows measurements;
    private final AgreedGoalRows goals;
    private final Clock clock;

    OwnQuestionnaires(QuestionnaireAccess door, QuestionnaireRows rows, InstrumentCatalogue catalogue,
                      MeasurementRows measurements, AgreedGoalRows goals, Clock clock) {
        this.door = door;
        this.goals = goals;
        this.rows = rows;
        this.catalogue = catalogue;
        this.measurements = measurements;
        this.clock = clock;
    }

    /**
     * The client's questionnaires from all their cases (a client may have several open at once): those to answer
     * first (sent or begun), then those sent back, newest first; the withdrawn are left out. Each case is opened
     * through case handling's door (a row each). Empty when the client has no case.
     */
    @Transactional
    public List<OwnQuestionnaire> mine() {
        var found = ofOwnCases().stream().filter(row -> row.status() != QuestionnaireStatus.WITHDRAWN).toList();
        var list = new ArrayList<OwnQuestionnaire>();
        found.stream().filter(row -> row.status().open()).map(this::view).forEach(list::add);
        found.stream().filter(row -> !row.status().open()).map(this::view).forEach(list::add);
        return list;
    }

    /** How many questionnaires of all their cases wait for the client's answers (the start page's notice); 0 without a
     * case. */
    @Transactional
    public int waiting() {
        return (int) ofOwnCases().stream().filter(row -> row.status().open()).count();
    }

    /** The questionnaires of all the client's cases, newest sent first. */
    private List<QuestionnaireRows.Row> ofOwnCases() {
        return rows.ofCases(door.openOwnCases(AccessKind.READ, WHAT_OWN).stream().map(CaseDoor.Admission::caseId)
                .toList());
    }

    /**
     * One of the client's questionnaires with the answers given so far.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when it is not the client's or there is none by that id
     *                                                 (recorded)
     */
    @Transactional
    public OwnQuestionnaire open(QuestionnaireId id) {
        return view(admit(id, AccessKind.READ).row());
    }

    /**
     * Keeps one answer (or changes it) while the questionnaire is open, and gives the questionnaire as it is now.
     *
     * @param answer the option's code; for a number scale, the number
     * @throws RuleViolation {@code followup.questionnaire.error.not-open} (sent back or withdrawn),
     *                       {@code followup.questionnaire.error.unknown-question},
     *                       {@code followup.questionnaire.error.unknown-option}
     */
    @Transactional
    public OwnQuestionnaire answer(QuestionnaireId id, String itemCode, String answer) {
        var admitted = admit(id, AccessKind.CHANGE);
        var row = admitted.row();
        requireOpen(row);
        var definition = catalogue.find(row.instrument()).orElseThrow();
        var item = itemCode == null ? Optional.<Item>empty() : definition.item(itemCode);
        if (item.isEmpty()) {
            throw new RuleViolation("followup.questionnaire.error.unknown-question");
        }
        var value = answer == null ? "" : answer.strip();
        if (options(item.get()).stream().noneMatch(o -> o.code().equals(value))) {
            throw RuleViolation.forField("followup.questionnaire.answer",
                    "followup.questionnaire.error.unknown-option");
        }
        rows.answer(row.id(), item.get().code(), value, clock.instant());
        return view(rows.find(row.id()).orElseThrow());
    }

    /**
     * Sends the answered questionnaire back: the product scores the answers (never a score from the caller) and keeps
     * them as the case's measurement, source CLIENT_SELF. A goal rating is kept on the goal of the plan now in force that
     * carries on the goal it was sent about (the plan may have been revised since).
     *
     * @throws RuleViolation {@code followup.questionnaire.error.not-open},
     *                       {@code followup.questionnaire.error.unanswered} (a question not answered yet)
     */
    @Transactional
    public void send(QuestionnaireId id) {
        var admitted = admit(id, AccessKind.CHANGE);
        var row = admitted.row();
        requireOpen(row);
        var definition = catalogue.find(row.instrument()).orElseThrow();
        var answers = rows.answers(row.id());
        for (var item : definition.items()) {
            if ((item.required() || definition.totalItems().contains(item.code()))
                    && !answers.containsKey(item.code())) {
                throw new RuleViolation("followup.questionnaire.error.unanswered");
            }
        }
        var person = door.sexAndBirth(admitted.admission());
        var today = LocalDate.now(clock);
        // A goal rating sent before a plan revision lands on the goal that carries on the one it named; a goal no
        // revision carried on stays on its last goal, shown on the case page as no longer in the plan (ADR 0030).
        var goal = row.goalId() == null ? null : goals.carriedOnBy(new GoalId(row.goalId()));
        var score = definition.score(answers, person.sex(), person.birthDate(), today);
        var itemScores = definition.itemScores(answers);
        var sameScale = catalogue.sameScale(definition.ref()).stream().map(InstrumentDefinition::ref).toList();
        var occasion = measurements.hasBaseline(row.caseId(), sameScale, goal) ? Occasion.FOLLOW_UP
                : Occasion.BASELINE;
        var measurement = MeasurementId.random();
        measurements.insert(new MeasurementRows.NewMeasurement(measurement, row.caseId(), definition.ref(), occasion,
                today, MeasurementSource.CLIENT_SELF, admitted.admission().actor().subject(), clock.instant(),
                new LinkedHashMap<>(answers), itemScores, score, goal, null, "questionnaire:" + row.id().value()));
        if (!rows.answered(row.id(), measurement, clock.instant())) {
            throw new RuleViolation("followup.questionnaire.error.not-open");
        }
    }

    private record Admitted(CaseDoor.Admission admission, QuestionnaireRows.Row row) {
    }

    private Admitted admit(QuestionnaireId id, AccessKind kind) {
        var what = WHAT_OWN_ONE;
        if (id == null) {
            throw door.refuseUnknown(kind, what);
        }
        var row = kind == AccessKind.CHANGE ? rows.lock(id) : rows.find(id);
        var admission = door.openOwnQuestionnaire(row.map(QuestionnaireRows.Row::caseId), id.value(), kind, what);
        if (admission.readOnly()) {
            throw door.refuseUnknown(kind, what);
        }
        return new Admitted(admission, row.orElseThrow());
    }

    private static void requireOpen(QuestionnaireRows.Row row) {
        if (!row.status().open()) {
            throw new RuleViolation("followup.questionnaire.error.not-open");
        }
    }

    private OwnQuestionnaire view(QuestionnaireRows.Row row) {
        var definition = catalogue.find(row.instrument()).orElseThrow();
        var questions = definition.items().stream().map(item -> new OwnQuestionnaire.Question(item.code(),
                text(item.textFor(Respondent.CLIENT_SELF)), options(item),
                item.required() || definition.totalItems().contains(item.code())))
                .toList();
        var answers = new HashMap<>(rows.answers(row.id()));
        return new OwnQuestionnaire(row.id(), text(definition.name()), text(definition.description()),
                row.goalTitle(), row.sentAt(), row.status(), questions, answers);
    }

    /** The options of a question: a choice's options, or a number scale's numbers from its lowest to its highest. */
    private static List<OwnQuestionnaire.Option> options(Item item) {
        if (!item.numeric()) {
            return item.options().stream().map(o -> new OwnQuestionnaire.Option(o.code(), text(o.text()))).toList();
        }
        return IntStream.rangeClosed(item.min(), item.max()).mapToObj(String::valueOf)
                .map(n -> new OwnQuestionnaire.Option(n, new LocalText(n, n))).toList();
    }

    private static LocalText text(se.vardkedjan.followup.instrument.domain.Texts texts) {
        return texts == null ? new LocalText("", "") : new LocalText(texts.sv(), texts.en());
    }
}
