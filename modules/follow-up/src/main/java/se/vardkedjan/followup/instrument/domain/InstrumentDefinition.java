package se.vardkedjan.followup.instrument.domain;

import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of an instrument, as its definition file states it (ADR 0029): the items with their options and scores,
 * which items the total sums (all the required ones unless named), the sub-scores, the cut-offs by sex and age (the
 * first that applies to the person is used), the interpretation bands of the total, the reliable-change threshold
 * where published, the direction, whether a licence is needed and who may answer it. The product computes every
 * score from the answers ({@link #score}); a score is never taken from a caller.
 */
public record InstrumentDefinition(String code, int version, Texts name, Texts description, List<Item> items,
                                   List<String> totalItems, List<SubScore> subScores, List<CutOff> cutOffs,
                                   List<Band> bands, Integer reliableChange, Direction direction,
                                   boolean licenceRequired, List<Respondent> respondents) {

    public InstrumentDefinition {
        items = List.copyOf(items);
        totalItems = List.copyOf(totalItems);
        subScores = subScores == null ? List.of() : List.copyOf(subScores);
        cutOffs = cutOffs == null ? List.of() : List.copyOf(cutOffs);
        bands = bands == null ? List.of() : List.copyOf(bands);
        respondents = List.copyOf(respondents);
    }

    public Optional<Item> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** The lowest total the items can give. */
    public int lowestTotal() {
        return totalItems.stream().map(c -> item(c).orElseThrow()).mapToInt(Item::lowest).sum();
    }

    /** The highest total the items can give. */
    public int highestTotal() {
        return totalItems.stream().map(c -> item(c).orElseThrow()).mapToInt(Item::highest).sum();
    }

    /** The cut-off for a person of this sex and birth date on the given day: the first that applies, or none. */
    public Optional<CutOff> cutOffFor(Sex sex, LocalDate birthDate, LocalDate on) {
        return cutOffs.stream().filter(c -> c.appliesTo(sex, birthDate, on)).findFirst();
    }

    /**
     * Scores the answers (item code → option code, or the number for a numeric item) for a person of this sex and
     * birth date measured on {@code on}.
     *
     * <p>The rule for unanswered items: every item the total sums, and every item marked required, must be answered
     * (refused naming the first one missing); an optional item may be left out, and a sub-score with an unanswered
     * item is then not computed (absent). An answer to an unknown item, an unknown option or a number outside the
     * item's range is refused.
     *
     * @throws RuleViolation {@code followup.instrument.error.unanswered} (item code),
     *                       {@code followup.instrument.error.unknown-item} (item code),
     *                       {@code followup.instrument.error.unknown-option} (item code, answer) or
     *                       {@code followup.instrument.error.out-of-range} (item code, answer, min, max)
     */
    public Score score(Map<String, String> answers, Sex sex, LocalDate birthDate, LocalDate on) {
        var scores = itemScores(answers);
        for (var item : items) {
            if ((item.required() || totalItems.contains(item.code())) && !scores.containsKey(item.code())) {
                throw new RuleViolation("followup.instrument.error.unanswered", item.code());
            }
        }
        int total = totalItems.stream().mapToInt(scores::get).sum();
        var sub = new LinkedHashMap<String, Integer>();
        var subBands = new LinkedHashMap<String, String>();
        for (var s : subScores) {
            if (scores.keySet().containsAll(s.items())) {
                int value = s.items().stream().mapToInt(scores::get).sum();
                sub.put(s.code(), value);
                s.bands().stream().filter(b -> b.contains(value)).findFirst()
                        .ifPresent(b -> subBands.put(s.code(), b.code()));
            }
        }
        var band = bands.stream().filter(b -> b.contains(total)).findFirst().map(Band::code).orElse(null);
        var cutOff = cutOffFor(sex, birthDate, on);
        return new Score(total, sub, subBands, band, cutOff.map(c -> c.flags(total)).orElse(null),
                cutOff.orElse(null));
    }

    /** Each answered item's score; refuses unknown items, options and numbers out of range. */
    public Map<String, Integer> itemScores(Map<String, String> answers) {
        var scores = new LinkedHashMap<String, Integer>();
        var unknown = new ArrayList<String>();
        answers.forEach((itemCode, answer) -> {
            if (answer == null || answer.isBlank()) {
                return;
            }
            var item = item(itemCode);
            if (item.isEmpty()) {
                unknown.add(itemCode);
                return;
            }
            scores.put(itemCode, scoreOf(item.get(), answer.strip()));
        });
        if (!unknown.isEmpty()) {
            throw new RuleViolation("followup.instrument.error.unknown-item", unknown.getFirst());
        }
        return scores;
    }

    private static int scoreOf(Item item, String answer) {
        if (!item.numeric()) {
            return item.option(answer).map(AnswerOption::score)
                    .orElseThrow(() -> new RuleViolation("followup.instrument.error.unknown-option", item.code(),
                            answer));
        }
        int value;
        try {
            value = Integer.parseInt(answer);
        } catch (NumberFormatException e) {
            throw new RuleViolation("followup.instrument.error.out-of-range", item.code(), answer, item.min(),
                    item.max());
        }
        if (value < item.min() || value > item.max()) {
            throw new RuleViolation("followup.instrument.error.out-of-range", item.code(), answer, item.min(),
                    item.max());
        }
        return value;
    }

    /** The change of a total from the baseline's, judged by this instrument's direction and reliable-change rule. */
    public Change change(int baselineTotal, int total) {
        return Change.of(baselineTotal, total, direction, reliableChange);
    }

    /** The band of a total, if the instrument has bands. */
    public Optional<Band> band(String bandCode) {
        return bands.stream().filter(b -> b.code().equals(bandCode)).findFirst();
    }

    /**
     * Whether this version scores on the same scale as {@code other}: the same instrument, and the same total items
     * with the same scores (options and their scores, or number ranges), sub-scores, bands, cut-offs, direction and
     * reliable-change threshold. The wording may differ (a version that only words the questions for the client).
     * Measurements of versions on the same scale are one series (ADR 0029's slice-4 amendment).
     */
    public boolean sameScaleAs(InstrumentDefinition other) {
        return other != null && code.equals(other.code) && totalItems.equals(other.totalItems)
                && direction == other.direction && java.util.Objects.equals(reliableChange, other.reliableChange)
                && scale(items).equals(scale(other.items))
                && bands(bands).equals(bands(other.bands))
                && subScores.stream().map(s -> List.of(s.code(), s.items(), bands(s.bands()))).toList()
                .equals(other.subScores.stream().map(s -> List.of(s.code(), s.items(), bands(s.bands()))).toList())
                && cutOffs.stream().map(InstrumentDefinition::cutOff).toList()
                .equals(other.cutOffs.stream().map(InstrumentDefinition::cutOff).toList());
    }

    private static List<List<Object>> scale(List<Item> items) {
        return items.stream().map(i -> java.util.Arrays.<Object>asList(i.code(), i.min(), i.max(), i.required(),
                i.options().stream().map(o -> o.code() + "=" + o.score()).toList())).toList();
    }

    private static List<String> bands(List<Band> bands) {
        return bands.stream().map(b -> b.code() + ":" + b.from() + ".." + b.to()).toList();
    }

    private static List<Object> cutOff(CutOff c) {
        return java.util.Arrays.asList(c.sex(), c.fromAge(), c.toAge(), c.comparison(), c.value());
    }

    /** A code and version as one reference. */
    public InstrumentRef ref() {
        return new InstrumentRef(code, version);
    }

    /** Items with their scores in order of the definition, for a form. */
    public List<Item> answerableItems() {
        return items;
    }
}
