package se.vardkedjan.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CaseId;
import se.vardkedjan.casehandling.CaseListQuery;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.demo.DemoMunicipality;
import se.vardkedjan.casehandling.demo.DemoScale;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Case handling at national scale: 1 M persons and about 5 M journal entries in a real PostgreSQL, then the staff's
 * everyday reads through the facades (access checks and access-log writes included), timed in-process.
 *
 * <pre>bench/run-case-handling.sh [--persons N] [--samples N] [--data DIR]</pre>
 * The generated database is kept in the data folder and reused by the next run.
 */
public final class CaseHandlingBenchmark {

    public static void main(String[] args) throws IOException {
        var options = options(args);
        var persons = Integer.parseInt(options.getOrDefault("persons", "1000000"));
        var samples = Integer.parseInt(options.getOrDefault("samples", "1000"));
        var data = Path.of(options.getOrDefault("data", ".data/bench-postgres")).toAbsolutePath();

        try (var postgres = PostgresServer.start(data, 0)) {
            postgres.ensureDatabase("bench", "vardkedjan", "vardkedjan");
            var context = new SpringApplicationBuilder(BenchApplication.class)
                    .properties(Map.of("spring.datasource.url", postgres.jdbcUrl("bench"),
                            "spring.datasource.username", "vardkedjan", "spring.datasource.password", "vardkedjan"))
                    .run();
            try (context) {
                var jdbc = context.getBean(JdbcTemplate.class);
                var existing = jdbc.queryForObject("SELECT count(*) FROM casehandling.persons", Long.class);
                if (existing == null || existing == 0) {
                    var scale = new DemoScale(persons >= 100_000 ? 290 : 3, 3, 8, persons, 6);
                    var started = System.nanoTime();
                    context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                            new DemoMunicipality(jdbc, context.getBean(Clock.class), 1).generate(scale));
                    System.out.printf("Generated %d persons in %d s%n", persons,
                            (System.nanoTime() - started) / 1_000_000_000);
                    jdbc.execute("VACUUM ANALYZE");
                }
                var report = new Measurement(context.getBean(PersonRegister.class),
                        context.getBean(CaseHandling.class),
                        context.getBeansOfType(CasePageSection.class).values().stream()
                                .sorted(Comparator.comparingInt(CasePageSection::order)).toList(),
                        jdbc, samples).run();
                System.out.println(report);
                var results = Path.of("bench", "results");
                Files.createDirectories(results);
                var file = results.resolve("case-handling-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
                Files.writeString(file, report);
                System.out.println("Written to " + file);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        var options = new java.util.HashMap<String, String>();
        for (var i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** The timed operations. */
    private record Measurement(PersonRegister register, CaseHandling caseHandling, List<CasePageSection> sections,
                               JdbcTemplate jdbc, int samples) {

        String run() {
            var unit = "nord-beroende";
            var actor = new Actor(UUID.randomUUID().toString(), "bench.handlaggare", "Bänk Handläggare",
                    Set.of(Roles.CASEWORKER), Set.of(new UnitCode(unit)), Set.of());
            BenchActor.signIn(actor);
            var random = new Random(42);
            var numbers = jdbc.queryForList("SELECT identity_number FROM casehandling.persons TABLESAMPLE SYSTEM (1) "
                    + "WHERE identity_kind <> 'RESERVE_NUMBER' LIMIT 5000", String.class);
            var names = jdbc.queryForList("SELECT given_name || ' ' || family_name FROM casehandling.persons "
                    + "TABLESAMPLE SYSTEM (1) LIMIT 5000", String.class);
            var caseIds = jdbc.queryForList("SELECT c.id FROM casehandling.cases c JOIN casehandling.persons p "
                    + "ON p.id = c.person_id WHERE c.unit_code = ? AND p.protection = 'NONE' "
                    + "ORDER BY random() LIMIT 5000", UUID.class, unit);
            var unitCases = jdbc.queryForObject("SELECT count(*) FROM casehandling.cases WHERE unit_code = ?",
                    Long.class, unit);

            var searchNumber = new Timings("Search by personal number (12 digits)", samples);
            var searchName = new Timings("Search by name (given + family name)", samples);
            var searchPartial = new Timings("Search by part of a family name (5 letters)", samples);
            var openCase = new Timings("Open a case page: summary + every section's timeline", samples);
            var listPage = new Timings("Unit's case list: a page of 50 + count, open cases, newest first", samples);
            var listFiltered = new Timings("Unit's case list filtered by a name, page + count", samples);

            for (var round = 0; round < 2; round++) {
                var measured = round == 1;
                var n = measured ? samples : Math.min(200, samples);
                for (var i = 0; i < n; i++) {
                    var number = numbers.get(random.nextInt(numbers.size()));
                    var name = names.get(random.nextInt(names.size()));
                    var family = name.substring(name.indexOf(' ') + 1);
                    var partial = family.substring(0, Math.min(5, family.length()));
                    var caseId = new CaseId(caseIds.get(random.nextInt(caseIds.size())));
                    var offset = random.nextInt(20) * 50;
                    Runnable a = () -> register.search(number);
                    Runnable b = () -> register.search(name);
                    Runnable c = () -> register.search(partial);
                    Runnable d = () -> {
                        caseHandling.summary(caseId);
                        sections.forEach(section -> section.timeline(caseId));
                    };
                    Runnable e = () -> {
                        caseHandling.list(CaseListQuery.units(), offset, 50);
                        caseHandling.count(CaseListQuery.units());
                    };
                    var filter = new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, family,
                            CaseListQuery.Sort.RECEIVED_ON, false);
                    Runnable f = () -> {
                        caseHandling.list(filter, 0, 50);
                        caseHandling.count(filter);
                    };
                    if (measured) {
                        searchNumber.time(a);
                        searchName.time(b);
                        searchPartial.time(c);
                        openCase.time(d);
                        listPage.time(e);
                        listFiltered.time(f);
                    } else {
                        a.run();
                        b.run();
                        c.run();
                        d.run();
                        e.run();
                        f.run();
                    }
                }
            }
            var counts = jdbc.queryForMap("SELECT (SELECT count(*) FROM casehandling.persons) AS persons, "
                    + "(SELECT count(*) FROM casehandling.cases) AS cases, "
                    + "(SELECT count(*) FROM casehandling.access_log) AS log_rows");
            var journal = tableCount("casehandling.journal_entries");
            var lines = new ArrayList<String>();
            lines.add("## Case handling benchmark, " + LocalDateTime.now().withNano(0));
            lines.add("");
            lines.add("Data: " + counts.get("persons") + " persons, " + counts.get("cases") + " cases ("
                    + unitCases + " in the measured unit), " + journal + " journal entries, " + counts.get("log_rows")
                    + " access-log rows. Sections on the case page: " + sections.size() + ". " + samples
                    + " samples per operation after a warm-up; times in ms, in-process (facade, SQL, access log, "
                    + "commit), " + Runtime.getRuntime().availableProcessors() + " cores.");
            lines.add("");
            lines.add("| operation | samples | p50 | p95 | p99 | max | target p95 | |");
            lines.add("|---|---|---|---|---|---|---|---|");
            lines.add(searchNumber.row(50));
            lines.add(searchName.row(50));
            lines.add(searchPartial.row(50));
            lines.add(openCase.row(100));
            lines.add(listPage.row(100));
            lines.add(listFiltered.row(100));
            return String.join("\n", lines) + "\n";
        }

        private String tableCount(String table) {
            try {
                return String.valueOf(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
            } catch (RuntimeException e) {
                return "no";
            }
        }
    }
}
