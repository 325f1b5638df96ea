package se.vardkedjan.followup.instrument.domain;

/** An interpretation band: a total from {@code from} to {@code to} (both included) means {@code text}. */
public record Band(String code, int from, int to, Texts text) {

    public boolean contains(int value) {
        return value >= from && value <= to;
    }
}
