package se.vardkedjan.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.RolePasswords;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The REST API's throughput and latency for providers' systems, measured in the same run as a bare Spring Boot
 * endpoint on the same machine ({@link BareEndpoint}) and written as a ratio. The app is the real
 * {@code VardkedjanApplication} on Boot's embedded Tomcat on {@code 127.0.0.1} with its real API chain (ADR 0025:
 * resource server, token checks, the realm's claims to an actor, the facades' role checks), against an embedded
 * PostgreSQL of its own (data folder {@code --data}, the schema and the demo providers, no demo municipality); its
 * tokens come from {@link BenchIssuer}, a key the bench makes and the app trusts as its issuer, instead of Keycloak
 * (why: see there). Concurrent clients in this JVM ({@link LoadRun}) call each endpoint after a warm-up; the count and
 * the time are bounded.
 *
 * <pre>bench/run-api.sh [--clients 8] [--requests 20000] [--seconds 60] [--warm-up 3000] [--data DIR]</pre>
 *
 * An endpoint is a row of {@link #appEndpoints}.
 */
public final class ApiThroughputBench {

    /** The app's jar is an executable Spring Boot jar, so the app is on the class path at run time only. */
    private static final String APPLICATION = "se.vardkedjan.VardkedjanApplication";
    /** The demo provider whose system calls (its client is in the realm; the bench signs its tokens itself). */
    static final String ORGANISATION = "solgarden-hvb";
    /** Issue 11's targets for the API's reads. */
    static final double MIN_PER_SECOND = 200;
    static final double MAX_P95_MILLIS = 50;

    private ApiThroughputBench() {
    }

    /** An endpoint of the app that is measured: its row, its path, and what a right answer's body holds. */
    record Endpoint(String name, String path, Predicate<String> answers) {
    }

    /** The app's endpoints that are measured, in the report's order. */
    static List<Endpoint> appEndpoints() {
        var endpoints = new ArrayList<Endpoint>();
        endpoints.add(new Endpoint("App: GET /api/v1/me", "/api/v1/me",
                body -> body.contains("\"providerOrganisation\":\"" + ORGANISATION + "\"")));
        endpoints.add(new Endpoint("App: GET /api/v1/assignments?group=running (a page of 20 + total)",
                "/api/v1/assignments?group=running", body -> body.contains("\"items\":[")
                        && body.contains("\"page\":0") && body.contains("\"size\":20")
                        && body.contains("\"total\":")));
        return endpoints;
    }

    public static void main(String[] args) throws Exception {
        var options = new HashMap<String, String>();
        for (var i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        var requests = Integer.parseInt(options.getOrDefault("requests", "20000"));
        var seconds = Double.parseDouble(options.getOrDefault("seconds", "60"));
        var warmUp = Integer.parseInt(options.getOrDefault("warm-up", "3000"));
        var data = Path.of(options.getOrDefault("data", ".data/api-bench")).toAbsolutePath();

        try (var issuer = BenchIssuer.start();
             var postgres = PostgresServer.start(data, 0)) {
            var database = postgres.ensureAppDatabase("vardkedjan", "vardkedjan", "vardkedjan_app",
                    RolePasswords.generated());
            try (var app = startApp(database, issuer);
                 var bare = BareEndpoint.start()) {
                var appBase = "http://127.0.0.1:" + app.getEnvironment().getRequiredProperty("local.server.port");
                var bareBase = "http://127.0.0.1:" + BareEndpoint.port(bare);
                // Valid for the whole run, as a provider system would hold one token between renewals.
                var token = issuer.providerSystemToken(ORGANISATION, Duration.ofHours(2));
                var report = measure(bareBase, appBase, token, clients, warmUp, requests, seconds);
                System.out.println(report);
                var results = Path.of("bench", "results");
                Files.createDirectories(results);
                var file = results.resolve("api-" + LocalDateTime.now()
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
                Files.writeString(file, report);
                System.out.println("Written to " + file);
            }
        }
    }

    /** Measures the bare endpoint, then each of the app's endpoints, and writes the table with the ratios. */
    static String measure(String bareBase, String appBase, String token, int clients, int warmUp, int requests,
                          double seconds) {
        return measure(bareBase, appBase, token, clients, warmUp, requests, seconds, appEndpoints());
    }

    /** As above, for the given endpoints of the app (the smoke test stands the bare endpoint in for the app). */
    static String measure(String bareBase, String appBase, String token, int clients, int warmUp, int requests,
                          double seconds, List<Endpoint> endpoints) {
        var loadBefore = Sampler.loadAverage();
        var bare = new LoadRun("Bare Spring Boot endpoint: GET /api/v1/me (no security, no database)",
                URI.create(bareBase + "/api/v1/me"), null, BareEndpoint.BODY::equals)
                .run(clients, warmUp, requests, seconds);
        var rows = new ArrayList<LoadRun.Result>();
        for (var endpoint : endpoints) {
            rows.add(new LoadRun(endpoint.name(), URI.create(appBase + endpoint.path()), token, endpoint.answers())
                    .run(clients, warmUp, requests, seconds));
        }
        var loadAfter = Sampler.loadAverage();
        var lines = new ArrayList<String>();
        lines.add("## REST API benchmark, " + LocalDateTime.now().withNano(0));
        lines.add("");
        lines.add(clients + " concurrent clients (closed loop, kept-alive HTTP/1.1, in the same JVM as both servers), "
                + warmUp + " warm-up requests per endpoint, then at most " + requests + " requests or " + seconds
                + " s; " + Runtime.getRuntime().availableProcessors() + " cores; load average " + loadBefore
                + " before, " + loadAfter + " after. Times in ms.");
        lines.add("");
        lines.add("| endpoint | clients | requests | s | requests/s | p50 | p95 | p99 | max | target |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|");
        lines.add(bare.row(0, 0));
        for (var row : rows) {
            lines.add(row.row(MIN_PER_SECOND, MAX_P95_MILLIS));
        }
        lines.add("");
        for (var row : rows) {
            lines.add(String.format(java.util.Locale.ROOT,
                    "%s: %.2f of the bare endpoint's throughput (%.0f / %.0f requests/s), p95 %.1f × the bare "
                            + "endpoint's (%.1f / %.1f ms).", row.name(), row.perSecond() / bare.perSecond(),
                    row.perSecond(), bare.perSecond(),
                    row.latencies().percentileMillis(95) / bare.latencies().percentileMillis(95),
                    row.latencies().percentileMillis(95), bare.latencies().percentileMillis(95)));
        }
        return String.join("\n", lines) + "\n";
    }

    private static ConfigurableApplicationContext startApp(se.vardkedjan.platform.devstack.AppDatabase database,
                                                           BenchIssuer issuer) throws ClassNotFoundException {
        Map<String, Object> properties = new LinkedHashMap<>();
        // The facade benchmark's application.properties is on the class path too and wins over the app's
        // application.yaml: undo each of its settings, so the app runs as configured (as CasePageHeapBench does).
        properties.put("spring.main.web-application-type", "servlet");
        properties.put("spring.liquibase.change-log", "classpath:db/changelog/db.changelog-master.yaml");
        properties.put("spring.autoconfigure.exclude", "");
        properties.put("spring.datasource.hikari.maximum-pool-size", "20");
        properties.put("vaadin.productionMode", "true");
        properties.put("vardkedjan.assignments.escalation-cron", "0 */15 * * * *");
        properties.put("server.address", "127.0.0.1");
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.appUsername());
        properties.put("spring.datasource.password", database.appPassword());
        properties.put("spring.liquibase.user", database.ownerUsername());
        properties.put("spring.liquibase.password", database.ownerPassword());
        properties.put("vardkedjan.demo-data.enabled", "false");
        // Development (ADR 0032): the jar on its own is production, which refuses the plain-HTTP issuer and the
        // demo settings the bench runs with. Health and metrics on a free port of their own.
        properties.put("vardkedjan.environment", "development");
        properties.put("management.server.port", "0");
        // The bench's issuer in place of Keycloak: the API chain reads its discovery document and keys from it; the
        // login's client registrations are resolved on first use, which no API call makes.
        properties.put("vardkedjan.identity.issuer-uri", issuer.issuer());
        var arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Class.forName(APPLICATION))
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("benchClassesAreNotScanned",
                                new CasePageHeapBench.BenchClassesAreNotScanned()))
                .registerShutdownHook(false)
                .run(arguments);
    }
}
