package se.vardkedjan.followup.instrument.domain;

import java.util.List;
import java.util.Optional;

/**
 * One question of an instrument: either a choice among answer options (each with its score) or a whole number in a
 * range ({@code min}..{@code max}, the number being the score). An item outside the total may be optional.
 * {@code clientText} (optional, null when not given) is the question as the client reads it when they answer it
 * themselves in the portal; staff forms show {@code text} (ADR 0029's amendment, slice 3).
 */
public record Item(String code, Texts text, List<AnswerOption> options, Integer min, Integer max, boolean required,
                   Texts clientText) {

    public Item {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Item(String code, Texts text, List<AnswerOption> options, Integer min, Integer max, boolean required) {
        this(code, text, options, min, max, required, null);
    }

    /** The question as the respondent reads it: the client's own wording when they answer it themselves. */
    public Texts textFor(Respondent respondent) {
        return respondent == Respondent.CLIENT_SELF && clientText != null ? clientText : text;
    }

    public boolean numeric() {
        return options.isEmpty();
    }

    public Optional<AnswerOption> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** The lowest score an answer to this item gives. */
    public int lowest() {
        return numeric() ? min : options.stream().mapToInt(AnswerOption::score).min().orElse(0);
    }

    /** The highest score an answer to this item gives. */
    public int highest() {
        return numeric() ? max : options.stream().mapToInt(AnswerOption::score).max().orElse(0);
    }
}
