package se.vardkedjan.followup.instrument.domain;

/**
 * The change of a total from the baseline: the difference (later minus baseline), whether it is better, worse or the
 * same by the instrument's direction, and whether it is a reliable change (the difference is at least the published
 * reliable-change threshold; never reliable when the instrument has none).
 */
public record Change(int from, int to, int difference, Way way, boolean reliable) {

    /** Which way the client moved. */
    public enum Way {
        BETTER,
        WORSE,
        UNCHANGED
    }

    public static Change of(int from, int to, Direction direction, Integer reliableChange) {
        int difference = to - from;
        Way way;
        if (difference == 0) {
            way = Way.UNCHANGED;
        } else if ((difference > 0) == (direction == Direction.HIGHER_IS_BETTER)) {
            way = Way.BETTER;
        } else {
            way = Way.WORSE;
        }
        return new Change(from, to, difference, way,
                reliableChange != null && difference != 0 && Math.abs(difference) >= reliableChange);
    }
}
