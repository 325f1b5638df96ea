package se.vardkedjan.bench;

import java.util.Arrays;
import java.util.Locale;

/** Wall-clock samples of one operation, in nanoseconds, and their percentiles. */
final class Timings {

    private final String operation;
    private final long[] samples;
    private int count;

    Timings(String operation, int capacity) {
        this.operation = operation;
        this.samples = new long[capacity];
    }

    void time(Runnable call) {
        var start = System.nanoTime();
        call.run();
        samples[count++] = System.nanoTime() - start;
    }

    /** Adds a sample measured elsewhere (a sum of parts). */
    void record(long nanos) {
        samples[count++] = nanos;
    }

    double percentileMillis(double p) {
        var sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        var index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(index, count - 1))] / 1_000_000.0;
    }

    /** A row without a target (a part of a timed operation). */
    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | | |", operation, count,
                percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }

    String row(double targetMillis) {
        var p95 = percentileMillis(95);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | ≤ %.0f | %s |", operation, count,
                percentileMillis(50), p95, percentileMillis(99), percentileMillis(100), targetMillis,
                p95 <= targetMillis ? "met" : "NOT met");
    }
}
