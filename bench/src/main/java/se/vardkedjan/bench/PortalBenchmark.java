package se.vardkedjan.bench;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.casehandling.OwnApplications;
import se.vardkedjan.casehandling.OwnFile;
import se.vardkedjan.casehandling.OwnMessages;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ClientIdentity;
import se.vardkedjan.sharedkernel.Roles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The citizen portal under load at national scale (issue 12): {@value #CLIENTS} clients signed in at once, each
 * opening a portal page, reading it for a while (a think time drawn evenly from {@value #THINK_MIN_MS}–
 * {@value #THINK_MAX_MS} ms) and opening the next, as people read their own file; a client is signed in with their
 * own identity (the {@code client} role and their personal number, as a BankID portal login gives them, ADR 0028) and
 * every page is the facade calls the page makes: the door's identity match, the SQL, the access-log row and the
 * commit are inside the time, the browser, Vaadin's rendering and the network are not.
 *
 * <pre>bench/run-portal.sh [--persons N] [--samples N] [--data DIR]</pre>
 *
 * The clients are {@value #POOL} persons drawn at random (seeded) from those with a case, protected identities
 * included (they use the portal too); each virtual client reads as one of them for a few pages, then as another.
 * A warm-up of {@value #WARM_UP_SECONDS} s is run and checked but not timed; then the measured pages until
 * {@code samples} page opens are timed or {@value #MEASURED_SECONDS} s have passed. Every answer is checked outside
 * the time (the start page knows the client's case; a page is the client's own); a wrong answer stops the run.
 * A page is a row of {@link #pages}: adding one is one line there.
 */
public final class PortalBenchmark {

    static final int CLIENTS = 500;
    static final int POOL = 5_000;
    static final int THINK_MIN_MS = 2_000;
    static final int THINK_MAX_MS = 8_000;
    static final int WARM_UP_SECONDS = 30;
    static final int MEASURED_SECONDS = 180;
    /** Issue 12's target for every portal page, p95 server time. */
    static final double TARGET_MILLIS = 150;

    private PortalBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        var withSamples = new ArrayList<>(List.of(args));
        if (!withSamples.contains("--samples")) {
            // 500 clients open about 100 pages a second; the measured phase is bounded by time, not by a small count.
            withSamples.addAll(List.of("--samples", "100000"));
        }
        Sampler.runOnNationalData(withSamples.toArray(String[]::new), "portal",
                (context, samples, warmUp) -> measure(context, new Load(CLIENTS, POOL, THINK_MIN_MS, THINK_MAX_MS,
                        WARM_UP_SECONDS, samples, MEASURED_SECONDS)).text());
    }

    /** How the load is made: concurrent clients, the pool of persons they read as, think time, and the bounds. */
    record Load(int clients, int pool, int thinkMinMillis, int thinkMaxMillis, int warmUpSeconds, int maxSamples,
                int maxSeconds) {
    }

    /**
     * A portal page: its name, how often clients open it (a relative weight), the facade calls it makes, and the check
     * of its answer (outside the timing; a wrong answer stops the run).
     */
    record PortalPage(String name, int weight, Function<ConfigurableApplicationContext, Object> call,
                      BiConsumer<ClientIdentity, Object> check) {
    }

    /** The portal's pages that are measured, in the report's order. */
    static List<PortalPage> pages() {
        return List.of(
                new PortalPage("Start (what is happening in my case)", 4,
                        context -> context.getBean(OwnFile.class).status(),
                        (client, answer) -> {
                            if (((OwnCaseStatus) answer).standing() != OwnCaseStatus.Standing.HAS_CASE) {
                                throw new IllegalStateException("The start page did not find the client's case");
                            }
                        }),
                new PortalPage("Min plan", 2, context -> context.getBean(OwnFile.class).plan(), PortalBenchmark::present),
                new PortalPage("Mina beslut", 2, context -> context.getBean(OwnFile.class).decisions(),
                        PortalBenchmark::present),
                new PortalPage("Min journal", 2, context -> context.getBean(OwnFile.class).journal(),
                        PortalBenchmark::present),
                new PortalPage("Meddelanden", 1, context -> context.getBean(OwnMessages.class).thread(),
                        PortalBenchmark::present),
                new PortalPage("Ansök om hjälp (my applications)", 1,
                        context -> context.getBean(OwnApplications.class).mine(), PortalBenchmark::present));
    }

    /** A page's answer is there (an empty plan or list is a right answer for a client who has none). */
    private static void present(ClientIdentity client, Object answer) {
        if (answer == null) {
            throw new IllegalStateException("The page gave no answer");
        }
    }

    /** What a run measured: the Markdown report and the timings per page. */
    record Report(String text, List<Timings> pages, int opened, double seconds) {
    }

    /** Runs the load and reports the pages' server times. */
    static Report measure(ConfigurableApplicationContext context, Load load) {
        var jdbc = context.getBean(JdbcTemplate.class);
        // Persons with a case, drawn once with a fixed seed so that runs compare; protected identities included.
        jdbc.execute("SELECT setseed(0.42)");
        var numbers = jdbc.queryForList("""
                SELECT p.identity_number FROM casehandling.persons p
                WHERE length(p.identity_number) = 12 AND p.identity_number ~ '^[0-9]{12}$'
                  AND EXISTS (SELECT 1 FROM casehandling.cases c WHERE c.person_id = p.id)
                ORDER BY random() LIMIT ?""", String.class, load.pool());
        if (numbers.isEmpty()) {
            throw new IllegalStateException("No person with a case to sign in as");
        }
        var pages = pages();
        var weights = pages.stream().mapToInt(PortalPage::weight).sum();
        var loadBefore = Sampler.loadAverage();
        var samples = new ArrayList<ConcurrentLinkedQueue<Long>>();
        pages.forEach(page -> samples.add(new ConcurrentLinkedQueue<>()));
        var wrong = new AtomicReference<String>();
        var measuredCount = new AtomicInteger();
        var started = System.nanoTime();
        var measuredFrom = started + load.warmUpSeconds() * 1_000_000_000L;
        var deadline = measuredFrom + load.maxSeconds() * 1_000_000_000L;
        var threads = new ArrayList<Thread>();
        for (var c = 0; c < load.clients(); c++) {
            var seed = c;
            threads.add(Thread.ofPlatform().name("portal-client-" + c).start(() -> {
                var random = new SplittableRandom(seed);
                // Spread the first page opens over one think time, as clients do not all arrive at once.
                sleep(random.nextInt(load.thinkMaxMillis()));
                while (wrong.get() == null && System.nanoTime() < deadline
                        && measuredCount.get() < load.maxSamples()) {
                    var drawnClient = random.nextInt(numbers.size());
                    var number = numbers.get(drawnClient);
                    var identity = new ClientIdentity(number);
                    var who = "bench-client-" + drawnClient;
                    BenchActor.signInClient(new Actor(who, who, "Klient", Set.of(Roles.CLIENT), Set.of(), Set.of()),
                            identity);
                    try {
                        // A visit: the start page, then a few pages drawn by weight.
                        for (var visit = 0; visit < 4 && wrong.get() == null && System.nanoTime() < deadline;
                             visit++) {
                            var index = visit == 0 ? 0 : drawn(pages, random.nextInt(weights));
                            var page = pages.get(index);
                            var opened = System.nanoTime();
                            Object answer;
                            try {
                                answer = page.call().apply(context);
                            } catch (RuntimeException e) {
                                wrong.compareAndSet(null, page.name() + ": " + e);
                                break;
                            }
                            var took = System.nanoTime() - opened;
                            if (opened >= measuredFrom && measuredCount.incrementAndGet() <= load.maxSamples()) {
                                samples.get(index).add(took);
                            }
                            try {
                                page.check().accept(identity, answer);
                            } catch (RuntimeException e) {
                                wrong.compareAndSet(null, page.name() + ": " + e.getMessage());
                            }
                            sleep(load.thinkMinMillis()
                                    + random.nextInt(load.thinkMaxMillis() - load.thinkMinMillis() + 1));
                        }
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }
            }));
        }
        for (var thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the load ran", e);
            }
        }
        if (wrong.get() != null) {
            throw new IllegalStateException("A wrong answer stopped the run: " + wrong.get());
        }
        var seconds = Math.min(System.nanoTime(), deadline) - measuredFrom;
        var timings = new ArrayList<Timings>();
        for (var i = 0; i < pages.size(); i++) {
            var timing = new Timings(pages.get(i).name(), samples.get(i).size());
            samples.get(i).forEach(nanos -> timing.record(nanos, 1));
            timings.add(timing);
        }
        var opened = timings.stream().mapToInt(Timings::count).sum();
        var lines = Sampler.reportHead("Citizen portal under load",
                "National data: " + jdbc.queryForObject("SELECT count(*) FROM casehandling.persons", Long.class)
                        + " persons; the clients are " + numbers.size() + " of those with a case, drawn at random.",
                String.format(Locale.ROOT, "%d clients at once, think time %d–%d ms, %d s warm-up, then %d page "
                                + "opens measured in %.0f s (%.1f pages/s)", load.clients(), load.thinkMinMillis(),
                        load.thinkMaxMillis(), load.warmUpSeconds(), opened, seconds / 1e9, opened / (seconds / 1e9)),
                loadBefore, Sampler.loadAverage());
        timings.forEach(t -> lines.add(t.row(TARGET_MILLIS)));
        return new Report(String.join("\n", lines) + "\n", timings, opened, seconds / 1e9);
    }

    private static int drawn(List<PortalPage> pages, int ticket) {
        for (var i = 0; i < pages.size(); i++) {
            ticket -= pages.get(i).weight();
            if (ticket < 0) {
                return i;
            }
        }
        return pages.size() - 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
