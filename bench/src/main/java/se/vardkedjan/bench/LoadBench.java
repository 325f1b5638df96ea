package se.vardkedjan.bench;

import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator of issue 14's one-node load bench (ADR 0037): simulated staff users that speak Vaadin Flow's
 * protocol over {@link FlowConnection}, each a distinct staff user of the national data (the users file
 * {@link LoadBenchServer} writes), with a think time drawn evenly between {@code --think-min} and {@code --think-max}
 * seconds before every step.
 *
 * <ul>
 *   <li>A <b>caseworker</b> opens one of the cases they are responsible for ({@code open-case}: Flow's navigation to
 *   {@code arenden/<id>} until the answer with the rendered page), opens its journal tab ({@code journal-tab}),
 *   writes an entry and signs it ({@code sign}: the title and text synced and the sign button clicked, which opens the
 *   confirmation, then the confirmation's confirm, which signs and shows the entry; the two round trips summed), and
 *   goes on to the next case.</li>
 *   <li>A <b>provider's staff member</b> opens an assignment that waits for the provider's answer
 *   ({@code open-assignment}) and accepts it with the start date the form offers ({@code accept}: the click until the
 *   answer with the page read again), then opens one of the provider's running assignments to read; when no
 *   assignment waits any more, only reads.</li>
 * </ul>
 * Every answer is checked (the page's element is there and no error or "not found" is shown; the signed entry is in the
 * journal's list; the accepted assignment's accept button is gone); a failed check or a protocol error counts as an
 * error of its action and is printed. Users start spread over the ramp, run unmeasured through the warm-up and
 * are measured for {@code --measure-seconds}; then each stops after its step. The report has the client's round trip
 * (on loopback: an upper bound of the server's time) and the server's own time for the same requests (the probe's),
 * p50/p95/p99/max per action, the errors, the database's check of the counts, the load average, and the heap after a
 * full collection every 30 s in the server with a least-squares slope after the warm-up.
 */
public final class LoadBench {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);
    private static final List<String> MEASURED = List.of("open-case", "sign", "accept");
    private static final List<String> ACTIONS = List.of("open-case", "journal-tab", "sign", "sign-click",
            "sign-confirm", "open-assignment", "accept");

    private final URI base;
    private final HttpClient http;
    private final long thinkMinMillis;
    private final long thinkMaxMillis;
    private final String tag;
    private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorMessages = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> acceptedIds = new ConcurrentLinkedQueue<>();
    private final AtomicLong signed = new AtomicLong();
    private final AtomicLong signedWarmUp = new AtomicLong();
    private volatile long measureFrom;
    private volatile long measureUntil;
    private final long serverPid;
    private final long postgresPid;
    private volatile Duration serverCpuAtStart;
    private volatile Duration serverCpuAtEnd;
    private volatile Duration appCpuAtStart;
    private volatile Duration appCpuAtEnd;
    private volatile Duration ownCpuAtStart;
    private volatile Duration ownCpuAtEnd;

    LoadBench(URI base, long thinkMinMillis, long thinkMaxMillis, String tag, long serverPid, long postgresPid) {
        this.base = base;
        this.serverPid = serverPid;
        this.postgresPid = postgresPid;
        this.thinkMinMillis = thinkMinMillis;
        this.thinkMaxMillis = thinkMaxMillis;
        this.tag = tag;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        var options = new HashMap<String, String>();
        for (var i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var base = URI.create(options.getOrDefault("base", "http://127.0.0.1:18095/"));
        var usersFile = Path.of(options.getOrDefault("users-file", "bench/results/load-users.txt"));
        var caseworkers = Integer.parseInt(options.getOrDefault("caseworkers", "250"));
        var providerStaff = Integer.parseInt(options.getOrDefault("provider-staff", "50"));
        var rampSeconds = Integer.parseInt(options.getOrDefault("ramp-seconds", "60"));
        var warmUpSeconds = Integer.parseInt(options.getOrDefault("warm-up-seconds", "120"));
        var measureSeconds = Integer.parseInt(options.getOrDefault("measure-seconds", "600"));
        var thinkMin = Double.parseDouble(options.getOrDefault("think-min", "5"));
        var thinkMax = Double.parseDouble(options.getOrDefault("think-max", "15"));
        var resultsDir = Path.of(options.getOrDefault("results", "bench/results"));
        var started = Instant.now();
        var tag = "Lasttest-" + STAMP.format(started);

        var lines = Files.readAllLines(usersFile);
        var users = new ArrayList<String[]>();
        lines.stream().filter(l -> l.startsWith("caseworker;")).limit(caseworkers).map(l -> l.split(";", -1))
                .forEach(users::add);
        lines.stream().filter(l -> l.startsWith("provider_staff;")).limit(providerStaff).map(l -> l.split(";", -1))
                .forEach(users::add);
        var serverPid = Long.parseLong(options.getOrDefault("server-pid", "-1"));
        var postgresPid = Long.parseLong(options.getOrDefault("postgres-pid", "-1"));
        var bench = new LoadBench(base, Math.round(thinkMin * 1000), Math.round(thinkMax * 1000), tag, serverPid,
                postgresPid);
        var report = bench.run(users, rampSeconds, warmUpSeconds, measureSeconds, started);
        Files.createDirectories(resultsDir);
        var file = resultsDir.resolve("load-" + STAMP.format(started) + ".md");
        Files.writeString(file, report);
        System.out.println(report);
        System.out.println("Report in " + file);
    }

    String run(List<String[]> users, int rampSeconds, int warmUpSeconds, int measureSeconds, Instant started)
            throws Exception {
        var t0 = System.currentTimeMillis();
        measureFrom = t0 + warmUpSeconds * 1000L;
        measureUntil = measureFrom + measureSeconds * 1000L;
        var loads = new ConcurrentLinkedQueue<String>();
        loads.add(loadAverage());
        var loadSampler = Executors.newSingleThreadScheduledExecutor();
        loadSampler.scheduleAtFixedRate(() -> {
            var now = System.currentTimeMillis();
            if (now >= measureFrom && now < measureUntil + 30_000) {
                loads.add(loadAverage());
            }
        }, 30, 30, TimeUnit.SECONDS);
        // The CPU the server (the app's JVM and PostgreSQL, its child processes) and this generator use while
        // measured: what the measured actions cost, whatever else the machine runs.
        loadSampler.schedule(() -> {
            serverCpuAtStart = serverCpu();
            appCpuAtStart = appCpu();
            ownCpuAtStart = ownCpu();
        }, measureFrom - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
        loadSampler.schedule(() -> {
            serverCpuAtEnd = serverCpu();
            appCpuAtEnd = appCpu();
            ownCpuAtEnd = ownCpu();
        }, measureUntil - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
        var counts = new ConcurrentHashMap<String, AtomicLong>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var i = 0; i < users.size(); i++) {
                var user = users.get(i);
                var random = new Random(31L * i + 7);
                var delay = rampSeconds <= 0 ? 0 : random.nextLong(rampSeconds * 1000L);
                executor.submit(() -> {
                    try {
                        Thread.sleep(delay);
                        simulate(user, random, counts);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException | IOException e) {
                        error("login", user[1] + ": " + e);
                    }
                    return null;
                });
            }
        }
        loadSampler.shutdownNow();
        loads.add(loadAverage());
        var ended = Instant.now();

        var serverTimes = fetch("bench-only/timings");
        var heap = fetch("bench-only/heap");
        var check = post("bench-only/check", tag + "\n" + String.join("\n", acceptedIds));
        return report(users, started, ended, rampSeconds, warmUpSeconds, measureSeconds, loads, serverTimes, heap,
                check, counts);
    }

    private void simulate(String[] user, Random random, Map<String, AtomicLong> counts)
            throws IOException, InterruptedException {
        var header = user[0] + ";" + user[1] + ";" + user[2];
        var connection = new FlowConnection(http, base, header);
        if (user[0].equals("caseworker")) {
            var cases = Arrays.asList(user[3].split(","));
            Collections.shuffle(cases, random);
            connection.open("arenden/" + cases.getFirst(), null);
            var step = 0;
            var ok = true;
            while (running()) {
                var caseId = cases.get(step++ % cases.size());
                think(random);
                if (!running()) {
                    break;
                }
                if (!ok) {
                    reopen(connection, "arenden/" + caseId);
                    ok = true;
                }
                if (!step(connection, "open-case", counts, () -> {
                    var answer = connection.send(action("open-case"), List.of(FlowConnection.navigate("arenden/"
                            + caseId)));
                    require(connection.tree().byId("case-head").isPresent()
                            && connection.tree().byId("case-not-found").isEmpty(), "the case page was not shown");
                    return answer;
                })) {
                    ok = false;
                    continue;
                }
                think(random);
                if (!step(connection, "journal-tab", counts, () -> {
                    var answer = connection.send(action("journal-tab"), List.of(FlowConnection.navigate("arenden/"
                            + caseId + "/journal")));
                    require(connection.tree().byId("journal-sign-new").isPresent(), "the journal tab was not shown");
                    return answer;
                })) {
                    ok = false;
                    continue;
                }
                think(random);
                ok = sign(connection, user[1], step, counts);
            }
        } else {
            var waiting = new ArrayList<>(user[3].isEmpty() ? List.<String>of() : Arrays.asList(user[3].split(",")));
            var running = user.length > 4 && !user[4].isEmpty() ? Arrays.asList(user[4].split(","))
                    : List.<String>of();
            var reading = new ArrayList<String>(running);
            reading.addAll(waiting);
            connection.open("utforare/uppdrag/" + reading.getFirst(), null);
            var step = 0;
            var ok = true;
            while (running()) {
                think(random);
                if (!running()) {
                    break;
                }
                if (!ok) {
                    reopen(connection, "utforare/uppdrag/" + reading.getFirst());
                    ok = true;
                }
                if (!waiting.isEmpty()) {
                    var id = waiting.removeFirst();
                    if (!step(connection, "open-assignment", counts, () -> openAssignment(connection, id))) {
                        ok = false;
                        continue;
                    }
                    if (connection.tree().byId("provider-accept").isEmpty()) {
                        // Answered already (a run before this one): nothing to accept here.
                        continue;
                    }
                    think(random);
                    ok = step(connection, "accept", counts, () -> {
                        var button = connection.tree().byId("provider-accept").orElseThrow();
                        var answer = connection.send(action("accept"), List.of(FlowConnection.event(button.id(),
                                "click", click())));
                        require(connection.tree().byId("provider-accept").isEmpty()
                                && connection.tree().byId("provider-assignment-heading").isPresent(),
                                "the assignment was not accepted");
                        acceptedIds.add(id);
                        return answer;
                    });
                    think(random);
                }
                if (!ok) {
                    continue;
                }
                var other = reading.get(step++ % reading.size());
                ok = step(connection, "open-assignment", counts, () -> openAssignment(connection, other));
            }
        }
    }

    /**
     * After a failed step the user loads the page again, as one would after an error: a new UI in the same session
     * (unmeasured); its failure counts as an error too.
     */
    private void reopen(FlowConnection connection, String route) throws InterruptedException {
        try {
            connection.open(route, null);
        } catch (IOException | RuntimeException e) {
            error("reload", e.toString());
        }
    }

    private Object openAssignment(FlowConnection connection, String id) throws IOException, InterruptedException {
        var answer = connection.send(action("open-assignment"), List.of(FlowConnection.navigate("utforare/uppdrag/"
                + id)));
        require(connection.tree().byId("provider-assignment-heading").isPresent(), "the assignment was not shown");
        return answer;
    }

    /** Writes an entry and signs it: the form synced with the sign click, then the confirmation's confirm. */
    private boolean sign(FlowConnection connection, String username, int step, Map<String, AtomicLong> counts)
            throws InterruptedException {
        var measured = measuring();
        var title = "Samtal " + tag + " " + username + " " + step;
        var start = System.nanoTime();
        var clicked = step(connection, "sign-click", counts, () -> {
            var tree = connection.tree();
            var titleField = tree.byId("journal-title").orElseThrow(() -> new IllegalStateException("no title"));
            var textField = tree.byId("journal-text").orElseThrow(() -> new IllegalStateException("no text"));
            var sign = tree.byId("journal-sign-new").orElseThrow(() -> new IllegalStateException("no sign button"));
            var answer = connection.send(action("sign-click"), List.of(
                    FlowConnection.sync(titleField.id(), "value", title),
                    FlowConnection.event(titleField.id(), "change", null),
                    FlowConnection.sync(textField.id(), "value", "Samtal med klienten om veckan och planen. "
                            + "Klienten berättar att kontakten med öppenvården fungerar. Nästa samtal om två veckor."),
                    FlowConnection.event(textField.id(), "change", null),
                    FlowConnection.event(sign.id(), "click", click())));
            require(tree.byId("journal-sign-confirm").isPresent(), "the confirmation did not open");
            return answer;
        });
        if (!clicked) {
            return false;
        }
        var confirmed = step(connection, "sign-confirm", counts, () -> {
            var tree = connection.tree();
            var dialog = tree.byId("journal-sign-confirm").orElseThrow();
            var invocations = new ArrayList<ObjectNode>();
            invocations.add(FlowConnection.event(dialog.id(), "confirm", null));
            invocations.addAll(FlowConnection.close(dialog.id()));
            var answer = connection.send(action("sign-confirm"), invocations);
            var list = tree.byId("journal-entries").orElseThrow(() -> new IllegalStateException("no journal list"));
            require(tree.text(list).contains(title), "the signed entry is not in the journal");
            require(tree.byId("journal-sign-confirm").isEmpty(), "the confirmation stayed open");
            return answer;
        });
        if (confirmed) {
            if (measured) {
                record("sign", System.nanoTime() - start);
                signed.incrementAndGet();
            } else {
                signedWarmUp.incrementAndGet();
            }
        }
        return confirmed;
    }

    private static ObjectNode click() {
        var data = FlowConnection.JSON.createObjectNode();
        for (var key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button")) {
            data.put(key, 0);
        }
        data.put("event.detail", 1);
        for (var key : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        return data;
    }

    @FunctionalInterface
    private interface Step {
        Object run() throws IOException, InterruptedException;
    }

    /** Runs and times one step; a failure counts as an error of the action (in the measured period) and is kept. */
    private boolean step(FlowConnection connection, String name, Map<String, AtomicLong> counts, Step step)
            throws InterruptedException {
        var measured = measuring();
        var start = System.nanoTime();
        try {
            step.run();
            var elapsed = System.nanoTime() - start;
            if (measured) {
                record(name, elapsed);
                counts.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
            }
            return true;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            error(measured ? name : name + " (warm-up)", e.toString());
            return false;
        }
    }

    private String action(String name) {
        return measuring() ? name : null;
    }

    private boolean measuring() {
        var now = System.currentTimeMillis();
        return now >= measureFrom && now < measureUntil;
    }

    private boolean running() {
        return System.currentTimeMillis() < measureUntil;
    }

    private void think(Random random) throws InterruptedException {
        Thread.sleep(thinkMinMillis + (thinkMaxMillis > thinkMinMillis
                ? random.nextLong(thinkMaxMillis - thinkMinMillis) : 0));
    }

    private void record(String name, long nanos) {
        times.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    private void error(String name, String message) {
        errors.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
        if (errorMessages.size() < 50) {
            errorMessages.add(name + ": " + message);
        }
        System.err.println("ERROR " + name + ": " + message);
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }

    private List<String> fetch(String path) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.body().lines().filter(l -> !l.isBlank()).toList();
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(base.resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.body().strip();
    }

    /**
     * The CPU time of the server's JVM and of PostgreSQL: its postmaster (started by the JVM through {@code pg_ctl},
     * so not the JVM's child) and all the postmaster's descendants, the backends.
     */
    private Duration serverCpu() {
        return appCpu().plus(ProcessHandle.of(postgresPid).map(postmaster -> {
            var total = postmaster.info().totalCpuDuration().orElse(Duration.ZERO);
            for (var child : postmaster.descendants().toList()) {
                total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
            }
            return total;
        }).orElse(Duration.ZERO));
    }

    /** The CPU time of the server's JVM alone. */
    private Duration appCpu() {
        return ProcessHandle.of(serverPid).flatMap(server -> server.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    // ---- The report

    private String report(List<String[]> users, Instant started, Instant ended, int rampSeconds, int warmUpSeconds,
                          int measureSeconds, ConcurrentLinkedQueue<String> loads, List<String> serverTimes,
                          List<String> heap, String check, Map<String, AtomicLong> counts) {
        var out = new StringBuilder();
        var caseworkers = users.stream().filter(u -> u[0].equals("caseworker")).count();
        out.append("## Load bench ").append(started).append(" – ").append(ended).append("\n\n");
        out.append(String.format(Locale.ROOT, "%d users (%d caseworkers, %d provider staff), think time %.1f–%.1f s "
                        + "(even), ramp %d s, warm-up %d s, measured %d s; run tag %s%n%n", users.size(), caseworkers,
                users.size() - caseworkers, thinkMinMillis / 1000.0, thinkMaxMillis / 1000.0, rampSeconds,
                warmUpSeconds, measureSeconds, tag));
        out.append("Load average (1/5/15 min) at start, every 30 s while measured, at the end:\n\n    ")
                .append(String.join("\n    ", loads)).append("\n\n");
        var server = new TreeMap<String, List<Long>>();
        for (var line : serverTimes) {
            var parts = line.split(" ");
            server.computeIfAbsent(parts[0], a -> new ArrayList<>()).add(Long.parseLong(parts[1]));
        }
        out.append("| action | count | errors | client p50 | p95 | p99 | max | server p50 | p95 | p99 | max |"
                + " target p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (var action : ACTIONS) {
            var client = sorted(times.getOrDefault(action, new ConcurrentLinkedQueue<>()));
            // "sign" on the server is its two requests; their sums are not pairable there, so its parts are listed.
            var own = action.equals("sign") ? List.<Long>of() : sortedList(server.getOrDefault(action, List.of()));
            var errorCount = errors.getOrDefault(action, new AtomicLong()).get();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    action, client.size(), errorCount, ms(client, 50), ms(client, 95), ms(client, 99),
                    ms(client, 100), ms(own, 50), ms(own, 95), ms(own, 99), ms(own, 100),
                    MEASURED.contains(action) ? "≤ 100 ms" : "—"));
        }
        out.append("\n`sign` is `sign-click` + `sign-confirm` of the same entry as the client waited for them; on the "
                + "server its two requests are the rows below it.\n\n");
        var errorTotal = errors.values().stream().mapToLong(AtomicLong::get).sum();
        if (serverCpuAtStart != null && serverCpuAtEnd != null) {
            var requests = server.values().stream().mapToLong(List::size).sum();
            var serverCpu = serverCpuAtEnd.minus(serverCpuAtStart).toMillis();
            out.append(String.format(Locale.ROOT, "CPU while measured: the server (app JVM + PostgreSQL) %.1f s, "
                            + "%.2f cores on average, %.1f ms per measured request (%d requests, the heap sampler's "
                            + "full collections included), of which the app's JVM %.1f s and PostgreSQL %.1f s; "
                            + "this generator %.1f s.%n%n", serverCpu / 1000.0,
                    serverCpu / 1000.0 / measureSeconds, requests == 0 ? 0 : (double) serverCpu / requests, requests,
                    appCpuAtEnd.minus(appCpuAtStart).toMillis() / 1000.0,
                    (serverCpu - appCpuAtEnd.minus(appCpuAtStart).toMillis()) / 1000.0,
                    ownCpuAtEnd.minus(ownCpuAtStart).toMillis() / 1000.0));
        }
        out.append("Errors: ").append(errorTotal).append(errors.isEmpty() ? "" : " " + errors).append("\n");
        errorMessages.forEach(m -> out.append("    ").append(m).append("\n"));
        out.append("\nChecked against the database after the run: ").append(check).append("; the client counted ")
                .append(signed.get()).append(" entries signed while measured and ").append(signedWarmUp.get())
                .append(" in the warm-up, and ").append(acceptedIds.size()).append(" assignments accepted.\n\n");
        out.append(heapReport(heap, measureFrom));
        return out.toString();
    }

    static String heapReport(List<String> heap, long measureFrom) {
        var out = new StringBuilder("Heap used after a full collection in the server (every 30 s):\n\n");
        var xs = new ArrayList<Double>();
        var ys = new ArrayList<Double>();
        for (var line : heap) {
            var parts = line.split(" ");
            var at = Long.parseLong(parts[0]);
            var mb = Long.parseLong(parts[1]) / 1_048_576.0;
            out.append(String.format(Locale.ROOT, "    %s %7.1f MB (gc %s ms)%s%n", Instant.ofEpochMilli(at), mb,
                    parts[2], at >= measureFrom ? "" : " warm-up"));
            if (at >= measureFrom) {
                xs.add((at - measureFrom) / 60_000.0);
                ys.add(mb);
            }
        }
        if (xs.size() >= 3) {
            var slope = slope(xs, ys);
            out.append(String.format(Locale.ROOT, "%nAfter the warm-up: %d samples, %.1f → %.1f MB, least-squares "
                    + "slope %+.2f MB/min.%n", xs.size(), ys.getFirst(), ys.getLast(), slope));
        }
        return out.toString();
    }

    /** The least-squares slope of y over x. */
    static double slope(List<Double> xs, List<Double> ys) {
        var n = xs.size();
        double mx = 0;
        double my = 0;
        for (var i = 0; i < n; i++) {
            mx += xs.get(i);
            my += ys.get(i);
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (var i = 0; i < n; i++) {
            sxy += (xs.get(i) - mx) * (ys.get(i) - my);
            sxx += (xs.get(i) - mx) * (xs.get(i) - mx);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    private static List<Long> sorted(ConcurrentLinkedQueue<Long> values) {
        return sortedList(new ArrayList<>(values));
    }

    private static List<Long> sortedList(List<Long> values) {
        var copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    /** The percentile (nearest rank) in milliseconds, or "–" when there is nothing. */
    static String ms(List<Long> sortedNanos, int percentile) {
        if (sortedNanos.isEmpty()) {
            return "–";
        }
        var rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.size());
        var value = sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, rank - 1)));
        return String.format(Locale.ROOT, "%.1f", value / 1_000_000.0);
    }
}
