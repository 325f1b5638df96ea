package se.vardkedjan.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.RolePasswords;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The server side of the load bench (issue 14, ADR 0037): the real {@code VardkedjanApplication} on {@code 127.0.0.1}
 * only, against the national-scale database of the case-handling benchmark (an embedded PostgreSQL on its data folder,
 * database {@code bench}), without Keycloak: the bench-only {@link CasePageHeapSignIn} signs each HTTP session in as
 * the staff user the load generator names, and {@link LoadBenchProbe} times the requests the generator marks and
 * samples the heap.
 *
 * <pre>bench/run-load.sh   (builds, starts this, runs LoadBench against it, stops it)</pre>
 *
 * <p>Once up it writes the simulated users to {@code --users-file}: {@code caseworker;<username>;<unit>} with open,
 * unprotected cases the caseworker is responsible for, and {@code provider_staff;<username>;<provider>} with
 * assignments of the provider that wait for its answer (sent or received) and others of the provider to read; then the
 * {@code --ready-file}. It runs until it is stopped (SIGTERM), then stops the app and then PostgreSQL cleanly.
 */
public final class LoadBenchServer {

    private static final String APPLICATION = "se.vardkedjan.VardkedjanApplication";

    private LoadBenchServer() {
    }

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var data = Path.of(options.getOrDefault("data", "/work/bench-data")).toAbsolutePath();
        var port = Integer.parseInt(options.getOrDefault("port", "18095"));
        var caseworkers = Integer.parseInt(options.getOrDefault("caseworkers", "250"));
        var providerStaff = Integer.parseInt(options.getOrDefault("provider-staff", "50"));
        var heapEvery = Integer.parseInt(options.getOrDefault("heap-every", "30"));
        var usersFile = Path.of(options.getOrDefault("users-file", "bench/results/load-users.txt"));
        var readyFile = Path.of(options.getOrDefault("ready-file", "bench/results/load.ready"));

        // The national data was generated with these settings (Sampler); the cache matters for the case page's reads.
        var pgSettings = new HashMap<>(Map.of("shared_buffers", "2GB", "max_wal_size", "4GB"));
        if (options.containsKey("pg-log-slower-than-ms")) {
            // To find what the time goes to: PostgreSQL logs every statement slower than this (in its log folder).
            pgSettings.put("log_min_duration_statement", options.get("pg-log-slower-than-ms"));
        }
        if (options.containsKey("pg-settings")) {
            // More server settings for a diagnostic run, "name=value,name=value" (e.g. pg_stat_statements, io timing).
            for (var setting : options.get("pg-settings").split(",")) {
                var pair = setting.split("=", 2);
                pgSettings.put(pair[0].trim(), pair[1].trim());
            }
        }
        var postgres = PostgresServer.start(data, 0, pgSettings);
        ConfigurableApplicationContext app = null;
        try {
            var database = postgres.ensureAppDatabase("bench", "vardkedjan", "vardkedjan_app",
                    RolePasswords.generated());
            var restored = restoreWaiting(database.jdbcUrl());
            System.out.println("Load bench: " + restored + " assignments accepted by earlier runs wait again");
            Map<String, Object> properties = new LinkedHashMap<>();
            // As CasePageHeapBench: undo the facade benchmark's application.properties, so the app runs as configured.
            properties.put("spring.main.web-application-type", "servlet");
            properties.put("spring.liquibase.change-log", "classpath:db/changelog/db.changelog-master.yaml");
            properties.put("spring.autoconfigure.exclude", "");
            properties.put("spring.datasource.hikari.maximum-pool-size", options.getOrDefault("pool-size", "20"));
            properties.put("vaadin.productionMode", "true");
            properties.put("server.address", "127.0.0.1");
            properties.put("server.port", port);
            properties.put("spring.datasource.url", database.jdbcUrl());
            properties.put("spring.datasource.username", database.appUsername());
            properties.put("spring.datasource.password", database.appPassword());
            properties.put("spring.liquibase.user", database.ownerUsername());
            properties.put("spring.liquibase.password", database.ownerPassword());
            // The national data is in place: no demo data, no seeded organisation.
            properties.put("vardkedjan.demo-data.enabled", "false");
            properties.put("vardkedjan.environment", "development");
            properties.put("management.server.port", "0");
            properties.put("vardkedjan.identity.issuer-uri", "http://127.0.0.1:9/realms/bench-no-keycloak");
            // The jobs stay off (as in every benchmark): the hourly rebuild of the summaries alone takes minutes
            // at national scale and would be measured as the staff's wait. The event resubmission job stays on.
            properties.put("vardkedjan.assignments.escalation-cron", "-");
            properties.put("vardkedjan.follow-up.summary-refresh-cron", "-");
            var arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                    .toArray(String[]::new);
            app = new SpringApplicationBuilder(Class.forName(APPLICATION), CasePageHeapSignIn.class,
                    LoadBenchProbe.class)
                    .initializers(context -> context.getBeanFactory().registerSingleton("benchClassesAreNotScanned",
                            new CasePageHeapBench.BenchClassesAreNotScanned()))
                    .registerShutdownHook(false)
                    .run(arguments);
            var running = app;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                postgres.close();
            }, "load-bench-stop"));
        } catch (RuntimeException | Error e) {
            if (app != null) {
                app.close();
            }
            postgres.close();
            throw e;
        }

        var jdbc = app.getBean(JdbcTemplate.class);
        var users = new ArrayList<String>();
        users.addAll(caseworkers(jdbc, caseworkers));
        users.addAll(providerStaff(jdbc, providerStaff));
        Files.createDirectories(usersFile.toAbsolutePath().getParent());
        Files.write(usersFile, users);

        var probe = app.getBean(LoadBenchProbe.class);
        var sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "load-bench-heap");
            thread.setDaemon(true);
            return thread;
        });
        var memory = ManagementFactory.getMemoryMXBean();
        sampler.scheduleAtFixedRate(() -> {
            // A full collection first, so the sample is the live heap and not garbage not yet collected.
            var before = System.nanoTime();
            System.gc();
            probe.heapSample(System.currentTimeMillis(), memory.getHeapMemoryUsage().getUsed(),
                    (System.nanoTime() - before) / 1_000_000);
        }, heapEvery, heapEvery, TimeUnit.SECONDS);

        var ready = "pid=" + ProcessHandle.current().pid() + "\nbase=http://127.0.0.1:" + port + "/\nusers="
                + users.size() + "\n";
        System.out.println("Load bench server is up (sessions signed in as the users the generator names, on "
                + "127.0.0.1 only):\n" + ready);
        Files.writeString(readyFile, ready);
    }

    /**
     * Puts back the assignments earlier runs of this bench accepted (their {@code ACCEPTED} history entry is by one of
     * its provider users, {@code bench.<provider>}), as they were before: sent, or received if the provider had said
     * so. Each run accepts about 500, and the national data has about 1,700 waiting; without this, runs would use them
     * up and later runs would measure fewer acceptances, of other providers. Accepting touches only the assignment's
     * row and its history (no listener acts on the answer), so this is all there is to undo. The history is
     * append-only (a trigger refuses even its owner), so this runs as the embedded server's superuser with the triggers
     * off for its own session only ({@code session_replication_role}), before the app starts; bench data only.
     */
    static int restoreWaiting(String jdbcUrl) {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            return statement.executeUpdate("""
                    WITH accepted AS (
                        DELETE FROM providercontracts.assignment_history
                        WHERE event = 'ACCEPTED' AND actor LIKE 'bench.%'
                        RETURNING assignment_id)
                    UPDATE providercontracts.assignments a
                    SET status = CASE WHEN EXISTS (SELECT 1 FROM providercontracts.assignment_history r
                                                   WHERE r.assignment_id = a.id AND r.event = 'RECEIVED')
                                      THEN 'RECEIVED' ELSE 'SENT' END,
                        accepted_start = NULL, version = a.version + 1, changed_at = now()
                    FROM (SELECT DISTINCT assignment_id FROM accepted) x
                    WHERE a.id = x.assignment_id AND a.status = 'ACCEPTED'""");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not put back the assignments earlier runs accepted", e);
        }
    }

    /**
     * Caseworkers who are responsible for open, unprotected cases (under investigation or decided) of their unit,
     * the most such cases first; each with up to 40 of those cases, in id order. The same choice on every run of the
     * same data.
     */
    static List<String> caseworkers(JdbcTemplate jdbc, int count) {
        return jdbc.query("""
                WITH own AS (
                    SELECT c.responsible, c.unit_code, c.id,
                           row_number() OVER (PARTITION BY c.responsible, c.unit_code ORDER BY c.id) AS r
                    FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                    WHERE p.protection = 'NONE' AND c.status IN ('INVESTIGATION', 'DECIDED')
                      AND c.responsible IS NOT NULL)
                SELECT responsible, unit_code, string_agg(id::text, ',' ORDER BY id) FILTER (WHERE r <= 40)
                FROM own GROUP BY responsible, unit_code ORDER BY count(*) DESC, responsible LIMIT ?""",
                (row, i) -> "caseworker;" + row.getString(1) + ";" + row.getString(2) + ";" + row.getString(3),
                count);
    }

    /**
     * Provider staff of the providers with the most assignments waiting for an answer (sent or received), one user
     * per provider: the waiting assignments, and up to 20 running ones of the provider to read between answers.
     */
    static List<String> providerStaff(JdbcTemplate jdbc, int count) {
        return jdbc.query("""
                WITH chosen AS (
                    SELECT a.provider_id FROM providercontracts.assignments a
                    WHERE a.status IN ('SENT', 'RECEIVED')
                    GROUP BY a.provider_id ORDER BY count(*) DESC, a.provider_id LIMIT ?)
                SELECT p.code,
                       (SELECT string_agg(id::text, ',') FROM (SELECT a.id FROM providercontracts.assignments a
                          WHERE a.provider_id = p.id AND a.status IN ('SENT', 'RECEIVED') ORDER BY a.id) x),
                       (SELECT string_agg(id::text, ',') FROM (SELECT a.id FROM providercontracts.assignments a
                          WHERE a.provider_id = p.id AND a.status = 'RUNNING' ORDER BY a.id LIMIT 20) y)
                FROM chosen ch JOIN providercontracts.providers p ON p.id = ch.provider_id ORDER BY p.code""",
                (row, i) -> "provider_staff;bench." + row.getString(1) + ";" + row.getString(1) + ";"
                        + row.getString(2) + ";" + (row.getString(3) == null ? "" : row.getString(3)),
                count);
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (var i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
