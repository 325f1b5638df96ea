package se.vardkedjan.followup;

import se.vardkedjan.followup.instrument.InstrumentCatalogue;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.followup.instrument.domain.Change;
import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;
import se.vardkedjan.followup.instrument.domain.InstrumentFreeText;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.followup.instrument.domain.Respondent;
import se.vardkedjan.followup.instrument.persistence.AgreedGoalRows;
import se.vardkedjan.followup.instrument.persistence.MeasurementRows;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's measurements (instrument answers, ADR 0029): the case staff record one from the answers — the product
 * scores it by the instrument's definition for the client's sex and age on the measurement date; a score is never
 * taken from the caller — withdraw a mistaken one (kept, with the reason), and read each instrument's series with the
 * change from the baseline. Every method opens the case through case handling's {@link CaseDoor} (need-to-know, the
 * access-log row, a refusal recorded).
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class Measurements {

    /** The code of the goal-attainment instrument, recorded per care-plan goal. */
    public static final String GOAL_ATTAINMENT = "GOAL";
    static final String WHAT_MEASUREMENTS = "MEASUREMENTS";
    static final String WHAT_MEASUREMENT = "MEASUREMENT";
    static final int MAX_REASON = 500;
    /** The earliest date a measurement can have (the product's records hold 1900–2199). */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final CaseDoor door;
    private final InstrumentCatalogue catalogue;
    private final MeasurementRows rows;
    private final CarePlans plans;
    private final Clock clock;
    private final Refusals refusals;
    private final AgreedGoalRows goals;

    Measurements(CaseDoor door, InstrumentCatalogue catalogue, MeasurementRows rows, CarePlans plans, Clock clock,
                 Refusals refusals, AgreedGoalRows goals) {
        this.goals = goals;
        this.refusals = refusals;
        this.door = door;
        this.catalogue = catalogue;
        this.rows = rows;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Records a measurement the staff took with the client (source STAFF) with the instrument's current version.
     *
     * @param answers item code → the option's code, or the number for a numeric item (never a score)
     * @throws RuleViolation when the instrument is unknown, not current, off (no licence stated) or goal attainment
     *                       (use {@link #recordGoalAttainment}); when the date is missing or in the future; when a
     *                       baseline is there already; when an item is unanswered or an answer unknown
     */
    @Transactional
    public MeasurementView record(CaseId caseId, InstrumentRef instrument, Occasion occasion,
                                  Map<String, String> answers, LocalDate measuredOn) {
        var opened = door.open(caseId, AccessKind.CHANGE, WHAT_MEASUREMENT, Purpose.CASE_WORK);
        return recordIn(opened, instrument, occasion, answers, measuredOn, null);
    }

    /** {@link #record} on a case already opened for a change, as part of the follow-up recorded ({@code followUp}). */
    MeasurementView recordIn(CaseDoor.OpenedCase opened, InstrumentRef instrument, Occasion occasion,
                             Map<String, String> answers, LocalDate measuredOn, java.util.UUID followUp) {
        if (instrument != null && GOAL_ATTAINMENT.equals(instrument.code())) {
            throw new RuleViolation("followup.instrument.error.goal-needed");
        }
        var definition = usable(instrument);
        return store(opened, definition, occasion, answers, measuredOn, null, followUp);
    }

    /**
     * Records the attainment of one goal of the case's care plan (reached / partly / not reached, with the client's
     * own rating), source STAFF.
     *
     * @throws RuleViolation as {@link #record}, and {@code followup.instrument.error.unknown-goal} when the goal is not
     *                       one of the case's care plans
     */
    @Transactional
    public MeasurementView recordGoalAttainment(CaseId caseId, GoalId goal, Occasion occasion,
                                                Map<String, String> answers, LocalDate measuredOn) {
        var opened = door.open(caseId, AccessKind.CHANGE, WHAT_MEASUREMENT, Purpose.CASE_WORK);
        var known = goal != null && plans.plans(caseId).stream().flatMap(p -> p.goals().stream())
                .anyMatch(g -> g.id().equals(goal));
        if (!known) {
            throw new RuleViolation("followup.instrument.error.unknown-goal");
        }
        return goalAttainmentIn(opened, goal, occasion, answers, measuredOn, null);
    }

    /**
     * {@link #recordGoalAttainment} on a case already opened for a change, of a goal the caller has checked is one of
     * the case's plan, as part of the follow-up recorded ({@code followUp}).
     */
    MeasurementView goalAttainmentIn(CaseDoor.OpenedCase opened, GoalId goal, Occasion occasion,
                                     Map<String, String> answers, LocalDate measuredOn, java.util.UUID followUp) {
        var definition = usable(catalogue.current(GOAL_ATTAINMENT).map(InstrumentDefinition::ref).orElse(null));
        return store(opened, definition, occasion, answers, measuredOn, goal, followUp);
    }

    private MeasurementView store(CaseDoor.OpenedCase opened, InstrumentDefinition definition, Occasion occasion,
                                  Map<String, String> answers, LocalDate measuredOn, GoalId goal,
                                  java.util.UUID followUp) {
        if (occasion == null) {
            throw RuleViolation.forField("followup.instrument.form.occasion",
                    "followup.instrument.error.occasion-required");
        }
        if (measuredOn == null) {
            throw RuleViolation.forField("followup.instrument.form.measured-on",
                    "followup.instrument.error.date-required");
        }
        if (measuredOn.isBefore(EARLIEST)) {
            throw RuleViolation.forField("followup.instrument.form.measured-on",
                    "followup.instrument.error.date-too-early");
        }
        if (measuredOn.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.forField("followup.instrument.form.measured-on",
                    "followup.instrument.error.date-in-future");
        }
        if (occasion == Occasion.BASELINE && rows.hasBaseline(opened.caseId(), sameScale(definition.ref()), goal)) {
            throw RuleViolation.forField("followup.instrument.form.occasion",
                    "followup.instrument.error.baseline-exists");
        }
        var given = answers == null ? Map.<String, String>of() : answers;
        var person = door.sexAndBirth(opened);
        var score = definition.score(given, person.sex(), person.birthDate(), measuredOn);
        var itemScores = definition.itemScores(given);
        var kept = new LinkedHashMap<String, String>();
        itemScores.keySet().forEach(item -> kept.put(item, given.get(item).strip()));
        var id = MeasurementId.random();
        rows.insert(new MeasurementRows.NewMeasurement(id, opened.caseId(), definition.ref(), occasion, measuredOn,
                MeasurementSource.STAFF, opened.actor().subject(), clock.instant(), kept, itemScores, score, goal,
                followUp, null));
        return rows.ofCase(opened.caseId()).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /** The versions on the same scale as {@code ref}'s, for the one baseline of a series. */
    private List<InstrumentRef> sameScale(InstrumentRef ref) {
        return catalogue.sameScale(ref).stream().map(InstrumentDefinition::ref).toList();
    }

    private InstrumentDefinition usable(InstrumentRef instrument) {
        if (instrument == null) {
            throw RuleViolation.forField("followup.instrument.form.instrument",
                    "followup.instrument.error.instrument-required");
        }
        var definition = catalogue.find(instrument)
                .orElseThrow(() -> new RuleViolation("followup.instrument.error.unknown-instrument",
                        instrument.code()));
        if (catalogue.current(instrument.code()).orElseThrow().version() != instrument.version()) {
            throw new RuleViolation("followup.instrument.error.not-current", instrument.code());
        }
        if (!catalogue.enabled(instrument.code())) {
            throw new RuleViolation("followup.instrument.error.not-enabled", instrument.code());
        }
        if (!definition.respondents().contains(Respondent.STAFF_INTERVIEW)) {
            throw new RuleViolation("followup.instrument.error.not-for-staff", instrument.code());
        }
        return definition;
    }

    /**
     * Withdraws a mistaken measurement of the case: a row saying why, by whom and when; the measurement is kept but
     * leaves the series.
     *
     * @throws RuleViolation the free-text rules on the reason (required, at most 500 characters, no markup)
     *                       and {@code followup.instrument.error.unknown-measurement} when none is named,
     *                       {@code followup.instrument.error.already-withdrawn}
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the measurement is not the case's (recorded as an unknown
     *                       target)
     */
    @Transactional
    public void withdraw(CaseId caseId, MeasurementId measurement, String reason) {
        var opened = door.open(caseId, AccessKind.CHANGE, WHAT_MEASUREMENT, Purpose.CASE_WORK);
        var trimmed = InstrumentFreeText.FREE_TEXT.required("followup.instrument.withdraw.reason", reason,
                MAX_REASON);
        if (measurement == null) {
            throw new RuleViolation("followup.instrument.error.unknown-measurement");
        }
        var found = rows.caseOf(measurement).orElse(null);
        if (found == null || !found.getKey().equals(opened.caseId())) {
            // An id that is not this case's: a probe, refused as an unknown target and recorded.
            throw refusals.unknown(AccessKind.CHANGE, WHAT_MEASUREMENT, "MEASUREMENT", measurement.value());
        }
        if (found.getValue() || !rows.withdraw(measurement, trimmed, opened.actor().subject(), clock.instant())) {
            throw new RuleViolation("followup.instrument.error.already-withdrawn");
        }
    }

    /**
     * Each instrument's series of the case (per goal for goal attainment, a goal no longer in the plan marked),
     * withdrawn measurements left out, with the baseline and the change from it. Logged as a read.
     */
    @Transactional
    public List<MeasurementSeries> history(CaseId caseId) {
        var opened = door.open(caseId, AccessKind.READ, WHAT_MEASUREMENTS, Purpose.CASE_WORK);
        var groups = new LinkedHashMap<List<Object>, List<MeasurementView>>();
        for (var m : rows.ofCase(opened.caseId())) {
            // Versions on the same scale are one series, under the newest of them (ADR 0029's slice-4 amendment).
            var newest = catalogue.sameScale(m.instrument()).stream().map(InstrumentDefinition::ref)
                    .reduce((older, newer) -> newer).orElse(m.instrument());
            groups.computeIfAbsent(java.util.Arrays.asList(newest, m.goalId()), k -> new ArrayList<>()).add(m);
        }
        var removed = goals.removed(groups.keySet().stream().map(key -> (GoalId) key.get(1))
                .filter(java.util.Objects::nonNull).toList());
        var series = new ArrayList<MeasurementSeries>();
        groups.forEach((key, measurements) -> {
            var definition = catalogue.find((InstrumentRef) key.get(0)).orElseThrow();
            var baseline = measurements.stream().filter(m -> m.occasion() == Occasion.BASELINE).findFirst()
                    .orElse(null);
            var points = new ArrayList<MeasurementSeries.Point>();
            Change latest = null;
            for (var m : measurements) {
                Change change = baseline == null || m == baseline ? null
                        : definition.change(baseline.total(), m.total());
                if (change != null && !m.measuredOn().isBefore(baseline.measuredOn())) {
                    latest = change;
                } else if (change != null) {
                    change = null;
                }
                points.add(new MeasurementSeries.Point(m, change));
            }
            var goal = (GoalId) key.get(1);
            series.add(new MeasurementSeries(definition, goal, points, baseline, latest,
                    goal != null && removed.contains(goal)));
        });
        series.sort(java.util.Comparator.comparing((MeasurementSeries s) -> s.definition().code())
                .thenComparingInt(s -> s.definition().version())
                .thenComparing(s -> s.goalId() == null ? "" : s.goalId().value().toString()));
        return series;
    }

    /**
     * The instruments the staff may measure the case's client with now: the current version of each enabled
     * instrument that staff may answer in an interview. Opens the case (logged as a read).
     */
    @Transactional
    public List<InstrumentDefinition> instrumentsFor(CaseId caseId) {
        door.open(caseId, AccessKind.READ, WHAT_MEASUREMENTS, Purpose.CASE_WORK);
        return catalogue.currentVersions().stream()
                .filter(d -> d.respondents().contains(Respondent.STAFF_INTERVIEW))
                .filter(d -> catalogue.enabled(d.code()))
                .toList();
    }
}
