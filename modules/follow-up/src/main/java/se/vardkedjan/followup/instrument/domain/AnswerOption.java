package se.vardkedjan.followup.instrument.domain;

/** One answer option of an item, with the score it gives. */
public record AnswerOption(String code, int score, Texts text) {
}
