package se.vardkedjan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * A closed-loop load of concurrent HTTP clients on one URL: each client sends a request, waits for the answer and
 * sends the next, over kept-alive HTTP/1.1 connections ({@code java.net.http}). A warm-up of its own requests first
 * (the JIT, the connection pools), then the measured requests, bounded both by count and by time. Every answer is
 * checked (the status and the body), after its time is taken; a wrong answer stops the run with the reason rather than
 * counting as a fast one.
 *
 * @param name    the row's name
 * @param uri     what is requested ({@code GET})
 * @param token   the bearer token sent, or null for none
 * @param answers what a right answer's body holds
 */
record LoadRun(String name, URI uri, String token, Predicate<String> answers) {

    /** What a run measured: requests answered in the measured time, and their latencies. */
    record Result(String name, int clients, int requests, double seconds, Timings latencies) {

        double perSecond() {
            return requests / seconds;
        }

        String row(double minPerSecond, double maxP95Millis) {
            var p95 = latencies.percentileMillis(95);
            var met = perSecond() >= minPerSecond && p95 <= maxP95Millis;
            return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %s |", name,
                    clients, requests, seconds, perSecond(), latencies.percentileMillis(50), p95,
                    latencies.percentileMillis(99), latencies.percentileMillis(100),
                    minPerSecond <= 0 ? "" : String.format(Locale.ROOT, "≥ %.0f/s, p95 ≤ %.0f: %s", minPerSecond,
                            maxP95Millis, met ? "met" : "NOT met"));
        }
    }

    /**
     * Runs {@code warmUp} requests, then measures until {@code maxRequests} are answered or {@code maxSeconds} have
     * passed, with {@code clients} concurrent clients.
     */
    Result run(int clients, int warmUp, int maxRequests, double maxSeconds) {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        var request = builder.build();
        load(http, request, clients, warmUp, Double.MAX_VALUE, null);
        var latencies = new ConcurrentLinkedQueue<Long>();
        var started = System.nanoTime();
        var answered = load(http, request, clients, maxRequests, maxSeconds, latencies);
        var seconds = (System.nanoTime() - started) / 1e9;
        var timings = new Timings(name, latencies.size());
        latencies.forEach(nanos -> timings.record(nanos, 1));
        return new Result(name, clients, answered, seconds, timings);
    }

    private int load(HttpClient http, HttpRequest request, int clients, int requests, double maxSeconds,
                     ConcurrentLinkedQueue<Long> latencies) {
        var issued = new AtomicInteger();
        var answered = new AtomicInteger();
        var wrong = new AtomicReference<String>();
        var deadline = System.nanoTime() + (long) Math.min(maxSeconds * 1e9, Long.MAX_VALUE / 2.0);
        var threads = new ArrayList<Thread>();
        for (var c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                while (wrong.get() == null && issued.incrementAndGet() <= requests && System.nanoTime() < deadline) {
                    try {
                        var sent = System.nanoTime();
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        var took = System.nanoTime() - sent;
                        if (response.statusCode() != 200 || !answers.test(response.body())) {
                            wrong.compareAndSet(null, name + " answered " + response.statusCode() + ": "
                                    + response.body().substring(0, Math.min(300, response.body().length())));
                            return;
                        }
                        if (latencies != null) {
                            latencies.add(took);
                        }
                        answered.incrementAndGet();
                    } catch (IOException e) {
                        wrong.compareAndSet(null, name + " failed: " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (var thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        if (wrong.get() != null) {
            throw new IllegalStateException("A measured call answered wrongly: " + wrong.get());
        }
        return answered.get();
    }
}
