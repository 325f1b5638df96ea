package se.vardkedjan.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wall-clock samples of one operation, in nanoseconds, and their percentiles; and how many rows the measured calls
 * returned in all, so that a run that measured nothing (an empty page, a search that found nobody) shows.
 */
final class Timings {

    private final String operation;
    private final long[] samples;
    private int count;
    private long rows;

    Timings(String operation, int capacity) {
        this.operation = operation;
        this.samples = new long[capacity];
    }

    /** Times the call and returns its answer. */
    Object time(Supplier<?> call) {
        var start = System.nanoTime();
        var result = call.get();
        samples[count++] = System.nanoTime() - start;
        rows += rows(result);
        return result;
    }

    /** Adds a sample measured elsewhere (a part, or a sum of parts) with the rows it returned. */
    void record(long nanos, long returnedRows) {
        samples[count++] = nanos;
        rows += returnedRows;
    }

    /**
     * The rows a facade call returned: a list's or page's entries, a search's hits (a protected person that matched
     * but is not shown counts as one), one for anything else that is there.
     */
    static long rows(Object result) {
        return switch (result) {
            case null -> 0;
            case Collection<?> collection -> collection.size();
            case Optional<?> optional -> optional.isPresent() ? 1 : 0;
            case se.vardkedjan.casehandling.readmodel.PersonSearch search ->
                    search.hits().size() + (search.protectedPersonMatched() ? 1 : 0);
            case se.vardkedjan.casehandling.readmodel.JournalPage page -> page.entries().size();
            default -> 1;
        };
    }

    String operation() {
        return operation;
    }

    /** How many samples were measured. */
    int count() {
        return count;
    }

    /** How many rows the measured calls returned in all. */
    long rows() {
        return rows;
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
