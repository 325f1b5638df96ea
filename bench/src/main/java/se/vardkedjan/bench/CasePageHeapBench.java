package se.vardkedjan.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalText;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.RolePasswords;
import se.vardkedjan.sharedkernel.CaseId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The whole application for measuring the retained heap per open case page (docs/performance-heap.md): the real
 * {@code VardkedjanApplication} on {@code 127.0.0.1} only, against an embedded PostgreSQL on a data folder of its own
 * (any free port) filled with the demo municipality, without Keycloak, and with the bench-only
 * {@link CasePageHeapSignIn} that signs every browser session in as the demo caseworker {@code handlaggare}.
 *
 * <pre>bench/run-case-page-heap.sh [--n 50] [--data DIR] [--port 18085]   (builds, starts this, measures, stops)</pre>
 *
 * <p>Once the app is up it prints the measured cases and writes {@code caseId=...}, {@code caseUrl=...},
 * {@code historyCaseUrl=...} (a second case with {@value #HISTORY_ENTRIES} signed journal entries on its timeline)
 * and {@code listUrl=...} to the {@code --ready-file}; it runs until it is stopped (SIGTERM), then stops the app and then
 * PostgreSQL.
 */
public final class CasePageHeapBench {

    /** The app's jar is an executable Spring Boot jar, so the app is on the class path at run time only. */
    private static final String APPLICATION = "se.vardkedjan.VardkedjanApplication";

    private CasePageHeapBench() {
    }

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var data = Path.of(options.getOrDefault("data", ".data/case-page-heap")).toAbsolutePath();
        var port = Integer.parseInt(options.getOrDefault("port", "18085"));
        var readyFile = options.containsKey("ready-file") ? Path.of(options.get("ready-file")) : null;

        var postgres = PostgresServer.start(data, 0);
        ConfigurableApplicationContext app = null;
        try {
            // As the app runs (ADR 0014): the changelog as the owner, the app as the app role.
            var database = postgres.ensureAppDatabase("vardkedjan", "vardkedjan", "vardkedjan_app",
                    RolePasswords.generated());
            Map<String, Object> properties = new LinkedHashMap<>();
            // The facade benchmark's bench/src/main/resources/application.properties is on the class path too and
            // wins over the app's application.yaml: undo each of its settings, so the app runs as configured.
            properties.put("spring.main.web-application-type", "servlet");
            properties.put("spring.liquibase.change-log", "classpath:db/changelog/db.changelog-master.yaml");
            properties.put("spring.autoconfigure.exclude", "");
            properties.put("spring.datasource.hikari.maximum-pool-size", "20");
            // Production mode, as the packaged app runs: the build leaves the pre-built bundle in app/target/classes,
            // but the token that says "production" is written into the jar only.
            properties.put("vaadin.productionMode", "true");
            properties.put("server.address", "127.0.0.1");
            properties.put("server.port", port);
            properties.put("spring.datasource.url", database.jdbcUrl());
            properties.put("spring.datasource.username", database.appUsername());
            properties.put("spring.datasource.password", database.appPassword());
            properties.put("spring.liquibase.user", database.ownerUsername());
            properties.put("spring.liquibase.password", database.ownerPassword());
            properties.put("vardkedjan.demo-data.enabled", "true");
            // Development (ADR 0032): the jar on its own is production, which refuses the plain-HTTP issuer and the
            // demo settings the bench runs with. Health and metrics on a free port of their own.
            properties.put("vardkedjan.environment", "development");
            properties.put("management.server.port", "0");
            // No Keycloak: the client registrations are resolved on first use, which the bench sign-in never makes.
            // Port 9 (discard) on loopback: nothing answers, nothing leaves the machine.
            properties.put("vardkedjan.identity.issuer-uri", "http://127.0.0.1:9/realms/bench-no-keycloak");
            // As command-line arguments: they win over application.yaml (default properties would not).
            var arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                    .toArray(String[]::new);
            app = new SpringApplicationBuilder(Class.forName(APPLICATION), CasePageHeapSignIn.class)
                    .initializers(context -> context.getBeanFactory()
                            .registerSingleton("benchClassesAreNotScanned", new BenchClassesAreNotScanned()))
                    .registerShutdownHook(false)
                    .run(arguments);
            var running = app;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                postgres.close();
            }, "case-page-heap-stop"));
        } catch (RuntimeException | Error e) {
            if (app != null) {
                app.close();
            }
            postgres.close();
            throw e;
        }

        var jdbc = app.getBean(JdbcTemplate.class);
        var caseId = measuredCase(jdbc, 0);
        var historyCaseId = measuredCase(jdbc, 1);
        withJournal(app, historyCaseId, HISTORY_ENTRIES);
        var base = "http://127.0.0.1:" + port + "/";
        var ready = "pid=" + ProcessHandle.current().pid() + "\ncaseId=" + caseId + "\ncaseUrl=" + base + "arenden/"
                + caseId + "\nhistoryCaseId=" + historyCaseId + "\nhistoryCaseUrl=" + base + "arenden/"
                + historyCaseId + "\nlistUrl=" + base + "arenden\n";
        System.out.println("Case page heap bench is up (every session is signed in as " + CasePageHeapSignIn.USERNAME
                + ", on 127.0.0.1 only):\n" + ready);
        if (readyFile != null) {
            Files.writeString(readyFile, ready);
        }
    }

    /**
     * The most the timeline shows of the journal ({@code JournalSection.TIMELINE_ENTRIES}); the demo generator of
     * this version writes cases without a history, so the bench writes these itself.
     */
    static final int HISTORY_ENTRIES = 50;

    /**
     * Gives the case signed journal entries up to {@code count}, through the {@link Journal} facade as the demo
     * caseworker (access checks and access log included), so that its page shows a full timeline.
     */
    static void withJournal(ConfigurableApplicationContext app, UUID caseId, int count) {
        var jdbc = app.getBean(JdbcTemplate.class);
        var existing = jdbc.queryForObject("SELECT count(*) FROM casehandling.journal_entries WHERE case_id = ?",
                Integer.class, caseId);
        var receivedOn = jdbc.queryForObject("SELECT received_on FROM casehandling.cases WHERE id = ?",
                LocalDate.class, caseId);
        var environment = app.getEnvironment();
        SecurityContextHolder.getContext().setAuthentication(CasePageHeapSignIn.caseworker(
                app.getBean(GrantedAuthoritiesMapper.class),
                environment.getRequiredProperty("vardkedjan.identity.staff.client-id"),
                environment.getRequiredProperty("vardkedjan.identity.issuer-uri")));
        try {
            var journal = app.getBean(Journal.class);
            var today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
            for (var i = existing == null ? 0 : existing; i < count; i++) {
                var day = receivedOn.plusDays(3L * i);
                journal.writeSigned(new CaseId(caseId), new JournalText(day.isAfter(today) ? today : day,
                        "Samtal med klienten, uppföljning " + (i + 1),
                        "Klienten berättar om veckan, om kontakten med öppenvården och om boendet. Vi går igenom "
                                + "planen och vad som ska ske till nästa gång. Klienten samtycker till att "
                                + "handläggaren kontaktar beroendemottagningen. Nästa samtal bokas om två veckor."));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A decided, unprotected case of the caseworker's unit for which she is responsible: the page shows the whole
     * timeline from intake to decision and the closed-case parts are not rendered. The oldest such cases (skipping
     * {@code skip}), so that the choice is the same on every run of the same data.
     */
    static UUID measuredCase(JdbcTemplate jdbc, int skip) {
        return jdbc.queryForObject("""
                SELECT c.id FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                WHERE c.unit_code = ? AND c.responsible = ? AND p.protection = 'NONE' AND c.status = 'DECIDED'
                ORDER BY c.received_on, c.id LIMIT 1 OFFSET ?""", UUID.class, CasePageHeapSignIn.UNIT,
                CasePageHeapSignIn.USERNAME, skip);
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (var i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /**
     * The app scans all of {@code se.vardkedjan}, which would take in the bench's own classes (the facade benchmark's
     * application, and this sign-in by accident); they are kept out, and the sign-in is added explicitly.
     */
    static final class BenchClassesAreNotScanned extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getClassMetadata().getClassName().startsWith("se.vardkedjan.bench.");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BenchClassesAreNotScanned;
        }

        @Override
        public int hashCode() {
            return BenchClassesAreNotScanned.class.hashCode();
        }
    }
}
