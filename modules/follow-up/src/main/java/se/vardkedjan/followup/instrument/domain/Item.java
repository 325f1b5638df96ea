package se.vardkedjan.followup.instrument.domain;

import java.util.List;
import java.util.Optional;

/**
 * One question of an instrument: either a choice among answer options (each with its score) or a whole number in a
 * range ({@code min}..{@code max}, the number being the score). An item outside the total may be optional.
 */
public record Item(String code, Texts text, List<AnswerOption> options, Integer min, Integer max, boolean required) {

    public Item {
        options = options == null ? List.of() : List.copyOf(options);
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
