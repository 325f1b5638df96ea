package se.vardkedjan.bench;

import org.springframework.context.ConfigurableApplicationContext;
import se.vardkedjan.dev.demo.DemoScale;
import se.vardkedjan.dev.demo.ProviderScale;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.RolePasswords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How the facade benchmarks ({@link CaseHandlingBenchmark}, {@link ProviderContractsBenchmark}) sample and report: the
 * command line on the national data, the rounds (a warm-up that is run and checked but not timed, then the measured
 * samples), and the head of the Markdown report.
 */
final class Sampler {

    private Sampler() {
    }

    /** One round of a benchmark: its number ({@code 0…} in the warm-up and again in the measured samples). */
    @FunctionalInterface
    interface Round {
        void run(int i, boolean measured);
    }

    /** A benchmark's measurement on the prepared context: its Markdown report. */
    @FunctionalInterface
    interface Measurement {
        String report(ConfigurableApplicationContext context, int samples, int warmUp);
    }

    /**
     * The command line {@code [--persons N] [--samples N] [--data DIR]}: the national data (generated once into the
     * data folder's PostgreSQL and kept, {@link CaseHandlingBenchmark#prepare}), the measurement with a warm-up of up
     * to 200 rounds, and its report printed and written to {@code bench/results/<name>-<yyyyMMdd-HHmm>.md}.
     */
    static void runOnNationalData(String[] args, String name, Measurement measurement) throws IOException {
        var options = new HashMap<String, String>();
        for (var i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var persons = Integer.parseInt(options.getOrDefault("persons", "1000000"));
        var samples = Integer.parseInt(options.getOrDefault("samples", "1000"));
        var data = Path.of(options.getOrDefault("data", ".data/bench-postgres")).toAbsolutePath();

        // A server's usual share of memory for its cache (the embedded default of 128 MB is meant for tests).
        try (var postgres = PostgresServer.start(data, 0, Map.of("shared_buffers", "2GB", "max_wal_size", "4GB"))) {
            // As the app runs (ADR 0014): the changelog as the owner, the facades as the app role.
            var database = postgres.ensureAppDatabase("bench", "vardkedjan", "vardkedjan_app",
                    RolePasswords.generated());
            try (var context = CaseHandlingBenchmark.start(database)) {
                CaseHandlingBenchmark.prepare(context, database, DemoScale.national(persons),
                        ProviderScale.national());
                var report = measurement.report(context, samples, Math.min(200, samples));
                System.out.println(report);
                var results = Path.of("bench", "results");
                Files.createDirectories(results);
                var file = results.resolve(name + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
                Files.writeString(file, report);
                System.out.println("Written to " + file);
            }
        }
    }

    /** {@code warmUp} rounds that are not timed, then {@code samples} measured ones. */
    static void rounds(int samples, int warmUp, Round round) {
        for (var pass = 0; pass < 2; pass++) {
            var measured = pass == 1;
            var n = measured ? samples : warmUp;
            for (var i = 0; i < n; i++) {
                round.run(i, measured);
            }
        }
    }

    /** Runs the call, timed when {@code measured}; returns its answer for the caller to check. */
    static Object time(boolean measured, Timings timings, Supplier<?> call) {
        return measured ? timings.time(call) : call.get();
    }

    /**
     * The report's head: the title with the time, what data it ran on, how it was sampled (then the times' unit, what
     * they include, the machine's cores and its load before and after), and the head of the table of operations.
     */
    static List<String> reportHead(String title, String data, String sampled, String loadBefore, String loadAfter) {
        var lines = new ArrayList<String>();
        lines.add("## " + title + ", " + LocalDateTime.now().withNano(0));
        lines.add("");
        lines.add(data);
        lines.add("");
        lines.add(sampled + "; times in ms, in-process (facade, SQL, access log, commit), "
                + Runtime.getRuntime().availableProcessors() + " cores; load average " + loadBefore + " before, "
                + loadAfter + " after.");
        lines.add("");
        lines.add("| operation | samples | p50 | p95 | p99 | max | target p95 | |");
        lines.add("|---|---|---|---|---|---|---|---|");
        return lines;
    }

    /** The machine's load average over 1, 5 and 15 minutes, as /proc/loadavg gives it. */
    static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
