package se.vardkedjan.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CaseListQuery;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalOrder;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.Workday;
import se.vardkedjan.dev.demo.DemoMunicipality;
import se.vardkedjan.dev.demo.DemoProviders;
import se.vardkedjan.dev.demo.ProviderScale;
import se.vardkedjan.dev.demo.DemoScale;
import se.vardkedjan.platform.devstack.AppDatabase;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Case handling at national scale: 1 M persons and about 5 M journal entries in a real PostgreSQL, then the staff's
 * everyday reads through the facades (access checks and access-log writes included), timed in-process.
 *
 * <pre>bench/run-case-handling.sh [--persons N] [--samples N] [--data DIR]</pre>
 * The generated database is kept in the data folder and reused by the next run.
 */
public final class CaseHandlingBenchmark {

    public static void main(String[] args) throws IOException {
        Sampler.runOnNationalData(args, "case-handling",
                (context, samples, warmUp) -> measure(context, samples, warmUp).text());
    }

    /**
     * The benchmark's Spring context on the database: the changelog applied as the owner, the facades as the app role
     * (the smoke test starts it the same way).
     */
    static ConfigurableApplicationContext start(AppDatabase database) {
        return new SpringApplicationBuilder(BenchApplication.class)
                .properties(Map.of("spring.datasource.url", database.jdbcUrl(),
                        "spring.datasource.username", database.appUsername(),
                        "spring.datasource.password", database.appPassword(),
                        "spring.liquibase.user", database.ownerUsername(),
                        "spring.liquibase.password", database.ownerPassword(),
                        "spring.liquibase.parameters.app-role", database.appUsername()))
                .run();
    }

    /** The caseworker whose start page is measured, and how many open cases they hold (issue 15's target). */
    static final String START_PAGE_CASEWORKER = "bench.startsida";
    static final int START_PAGE_CASES = 80;
    /** The caseworker whose "my cases" list is measured. */
    static final String MY_CASES_OWNER = "handlaggare";

    /**
     * Generates the data when the database is empty, and provider contracts' data ({@link DemoProviders}) when there is
     * no assignment yet (also on data generated before provider contracts existed: it reads the granted interventions
     * from the database); follow-up's history ({@link FollowUpBenchmark#prepare}: scheduled follow-ups, measurements,
     * the group summaries' first build) when there is none yet; gives the start page's caseworker their {@value #START_PAGE_CASES} open cases, then brings
     * statistics and visibility up to date.
     */
    static void prepare(ConfigurableApplicationContext context, AppDatabase database, DemoScale scale,
                        ProviderScale providers) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var existing = jdbc.queryForObject("SELECT count(*) FROM casehandling.persons", Long.class);
        if (existing == null || existing == 0) {
            var started = System.nanoTime();
            context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                    new DemoMunicipality(jdbc, context.getBean(Clock.class), 1).generate(scale));
            System.out.printf("Generated %d persons in %d s%n", scale.persons(),
                    (System.nanoTime() - started) / 1_000_000_000);
        }
        if (Boolean.FALSE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM providercontracts.assignments)",
                Boolean.class))) {
            var load = Sampler.loadAverage();
            var started = System.nanoTime();
            var made = context.getBean(TransactionTemplate.class).execute(status ->
                    new DemoProviders(jdbc, context.getBean(Clock.class), 1).generate(providers));
            System.out.printf("Generated provider contracts' data in %d s (load average %s before, %s after): %s%n",
                    (System.nanoTime() - started) / 1_000_000_000, load, Sampler.loadAverage(), made);
        }
        assignStartPageCases(jdbc);
        FollowUpBenchmark.prepare(context);
        // Statistics and visibility as autovacuum keeps them (also for indexes a newer schema just added); only the
        // owner of the tables may vacuum them.
        new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.ownerUsername(),
                database.ownerPassword())).execute("VACUUM ANALYZE");
    }

    /**
     * The generated data has no caseworker with exactly {@value #START_PAGE_CASES} open cases, so the benchmark makes
     * one: {@value #START_PAGE_CASEWORKER} becomes responsible for that many open cases of nord-beroende, taken in
     * id order (a random mix of stages, each with its generated history) but never from {@value #MY_CASES_OWNER},
     * whose own list is measured too; once: a later run finds them in place.
     */
    static void assignStartPageCases(JdbcTemplate jdbc) {
        var held = jdbc.queryForObject("SELECT count(*) FROM casehandling.cases WHERE responsible = ? "
                + "AND status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')", Long.class, START_PAGE_CASEWORKER);
        if (held != null && held >= START_PAGE_CASES) {
            return;
        }
        jdbc.update("""
                UPDATE casehandling.cases SET responsible = ? WHERE id IN (
                    SELECT c.id FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                    WHERE c.unit_code = 'nord-beroende' AND p.protection = 'NONE'
                      AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')
                      AND c.responsible IS DISTINCT FROM ? AND c.responsible IS DISTINCT FROM ?
                    ORDER BY c.id LIMIT ?)""", START_PAGE_CASEWORKER, START_PAGE_CASEWORKER, MY_CASES_OWNER,
                START_PAGE_CASES - held);
    }

    /** Times every operation: {@code warmUp} rounds first, then {@code samples} measured ones. */
    static Report measure(ConfigurableApplicationContext context, int samples, int warmUp) {
        return new Measurement(context,
                context.getBeansOfType(CasePageSection.class).values().stream()
                        .sorted(Comparator.comparingInt(CasePageSection::order)).toList(),
                context.getBean(JdbcTemplate.class), samples, warmUp).run();
    }

    /** What a run measured: the Markdown report, and the timings of the operations with a target (not the parts). */
    record Report(String text, List<Timings> operations, List<Timings> parts) {
    }

    /** The timed operations. */
    private record Measurement(ConfigurableApplicationContext context, List<CasePageSection> sections,
                               JdbcTemplate jdbc, int samples, int warmUp) {

        /** The page size of the journal tab (JournalPanel.PAGE_SIZE). */
        private static final int JOURNAL_PAGE = 20;

        Report run() {
            var register = context.getBean(PersonRegister.class);
            var caseHandling = context.getBean(CaseHandling.class);
            var journal = context.getBean(Journal.class);
            var investigations = context.getBean(Investigations.class);
            var decisions = context.getBean(Decisions.class);
            var carePlans = context.getBean(CarePlans.class);
            var coordinatedPlans = context.getBean(CoordinatedPlans.class);
            var loadBefore = Sampler.loadAverage();
            var unit = "nord-beroende";
            var actor = new Actor(UUID.randomUUID().toString(), "bench.handlaggare", "Bänk Handläggare",
                    Set.of(Roles.CASEWORKER), Set.of(new UnitCode(unit)), Set.of());
            var owner = new Actor(UUID.randomUUID().toString(), MY_CASES_OWNER, "Anna Lindqvist",
                    Set.of(Roles.CASEWORKER), Set.of(new UnitCode(unit)), Set.of());
            BenchActor.signIn(actor);
            var random = new Random(42);
            // What is searched for: numbers and names from a sample of the register's pages (all of them when the
            // register is small, as in the smoke test), and for the list filters the names of the unit's own
            // clients, so that every filter finds cases.
            var numbers = sample("SELECT identity_number FROM casehandling.persons %s "
                    + "WHERE identity_kind <> 'RESERVE_NUMBER' LIMIT 5000");
            var names = sample("SELECT given_name || ' ' || family_name FROM casehandling.persons %s LIMIT 5000");
            var caseIds = jdbc.queryForList("SELECT c.id FROM casehandling.cases c JOIN casehandling.persons p "
                    + "ON p.id = c.person_id WHERE c.unit_code = ? AND p.protection = 'NONE' "
                    + "ORDER BY random() LIMIT 5000", UUID.class, unit);
            var unitNames = jdbc.queryForList("SELECT p.given_name || ' ' || p.family_name FROM casehandling.cases c "
                    + "JOIN casehandling.persons p ON p.id = c.person_id WHERE c.unit_code = ? "
                    + "AND p.protection = 'NONE' ORDER BY random() LIMIT 5000", String.class, unit);
            var unitCases = jdbc.queryForObject("SELECT count(*) FROM casehandling.cases WHERE unit_code = ?",
                    Long.class, unit);
            // The pages of 50 of the unit's open cases that are measured (the first 20, or as many as there are),
            // and the deepest of them.
            var openPages = (int) Math.min(20, Math.max(1, (visibleOpenCases(unit) + 49) / 50));
            var deepOffset = (openPages - 1) * 50;
            var ownCases = jdbc.queryForObject("SELECT count(*) FROM casehandling.cases WHERE responsible = ?",
                    Long.class, owner.username());
            var workday = context.getBean(Workday.class);
            var startCaseworker = new Actor(UUID.randomUUID().toString(), START_PAGE_CASEWORKER, "Bänk Startsida",
                    Set.of(Roles.CASEWORKER), Set.of(new UnitCode(unit)), Set.of());
            var manager = new Actor(UUID.randomUUID().toString(), "bench.enhetschef", "Bänk Enhetschef",
                    Set.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), Set.of(new UnitCode(unit)), Set.of());
            var startCases = jdbc.queryForObject("SELECT count(*) FROM casehandling.cases WHERE responsible = ? "
                    + "AND status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')", Long.class, START_PAGE_CASEWORKER);

            // What the case page reads: the head and every section's timeline when it opens, and the first read of
            // each tab (built when the tab is selected), named so that the slow part shows.
            var parts = new LinkedHashMap<String, Function<CaseId, Object>>();
            parts.put("CaseHandling.summary", caseHandling::summary);
            for (var section : sections) {
                parts.put("timeline: " + section.getClass().getSimpleName().replaceAll("\\$\\$.*", ""),
                        section::timeline);
            }
            var onOpen = parts.size();
            parts.put("tab: Investigations.find", investigations::find);
            parts.put("tab: Decisions.ofCase", decisions::ofCase);
            parts.put("tab: CarePlans.plans", carePlans::plans);
            parts.put("tab: Journal.entries (first page of " + JOURNAL_PAGE + ")",
                    id -> journal.entries(id, JournalOrder.NEWEST_FIRST, 0, JOURNAL_PAGE));
            parts.put("tab: CoordinatedPlans.ofCase", coordinatedPlans::ofCase);
            parts.put("tab: Assignments.ofCase (Uppdrag)", context.getBean(Assignments.class)::ofCase);
            var partTimings = new LinkedHashMap<String, Timings>();
            parts.keySet().forEach(name -> partTimings.put(name, new Timings("&nbsp;&nbsp;" + name, samples)));

            var searchNumber = new Timings("Search by personal number (12 digits)", samples);
            var searchName = new Timings("Search by name (given + family name)", samples);
            var searchPartial = new Timings("Search by part of a family name (5 letters)", samples);
            var openCase = new Timings("Open a case page: summary + every section's timeline", samples);
            var openAll = new Timings("Open a case page and every tab's first read (total of the parts below)",
                    samples);
            var listPage = new Timings("Unit's case list: a page of 50 + count, open cases, newest first", samples);
            var listDeep = new Timings("Unit's case list: page " + openPages + " (offset " + deepOffset
                    + ") + count", samples);
            var listFiltered = new Timings("Unit's case list filtered by a family name, page + count", samples);
            var listFilteredFull = new Timings("Unit's case list filtered by given + family name, page + count",
                    samples);
            var listMine = new Timings("My cases (" + ownCases + " cases): a page of 50 + count", samples);
            var startPage = new Timings("Caseworker's start page (" + startCases
                    + " open cases): Workday.workItems, incl. the access log", samples);
            var managerSamples = Math.max(1, Math.min(samples, 100));
            var managerPage = new Timings("Unit manager's start page (" + unit
                    + "): Workday.workItems + Workday.workload", managerSamples);

            Sampler.rounds(samples, warmUp, (i, measured) -> {
                var number = numbers.get(random.nextInt(numbers.size()));
                var name = names.get(random.nextInt(names.size()));
                var family = name.substring(name.indexOf(' ') + 1);
                var partial = family.substring(0, Math.min(5, family.length()));
                var caseId = new CaseId(caseIds.get(random.nextInt(caseIds.size())));
                var offset = random.nextInt(openPages) * 50;
                var clientName = unitNames.get(random.nextInt(unitNames.size()));
                var clientFamily = clientName.substring(clientName.indexOf(' ') + 1);
                var filter = new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, clientFamily,
                        CaseListQuery.Sort.RECEIVED_ON, false);
                var fullFilter = new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, clientName,
                        CaseListQuery.Sort.RECEIVED_ON, false);
                Answers.search(Sampler.time(measured, searchNumber, () -> register.search(number)), number);
                Answers.search(Sampler.time(measured, searchName, () -> register.search(name)), name);
                Answers.search(Sampler.time(measured, searchPartial, () -> register.search(partial)), partial);
                var total = 0L;
                var page = 0L;
                var totalRows = 0L;
                var pageRows = 0L;
                var index = 0;
                for (var part : parts.entrySet()) {
                    var started = System.nanoTime();
                    var read = part.getValue().apply(caseId);
                    var took = System.nanoTime() - started;
                    Answers.casePart(part.getKey(), read, caseId);
                    var rows = Timings.rows(read);
                    if (measured) {
                        partTimings.get(part.getKey()).record(took, rows);
                    }
                    total += took;
                    totalRows += rows;
                    if (index++ < onOpen) {
                        page += took;
                        pageRows += rows;
                    }
                }
                if (measured) {
                    openCase.record(page, pageRows);
                    openAll.record(total, totalRows);
                }
                Answers.page("the unit's list", Sampler.time(measured, listPage,
                        () -> pageAndCount(caseHandling, CaseListQuery.units(), offset)));
                Answers.page("the unit's deep page", Sampler.time(measured, listDeep,
                        () -> pageAndCount(caseHandling, CaseListQuery.units(), deepOffset)));
                Answers.filtered("the list filtered by " + clientFamily, Sampler.time(measured, listFiltered,
                        () -> pageAndCount(caseHandling, filter, 0)), clientFamily);
                Answers.filtered("the list filtered by " + clientName, Sampler.time(measured, listFilteredFull,
                        () -> pageAndCount(caseHandling, fullFilter, 0)), clientName);
                BenchActor.signIn(owner);
                Answers.mine("my cases", Sampler.time(measured, listMine,
                        () -> pageAndCount(caseHandling, CaseListQuery.mine(), 0)), owner.username());
                BenchActor.signIn(startCaseworker);
                Answers.workItems("the start page", Sampler.time(measured, startPage, workday::workItems));
                if (i < managerSamples) {
                    BenchActor.signIn(manager);
                    var workload = new ArrayList<se.vardkedjan.casehandling.readmodel.CaseworkerWorkload>();
                    Sampler.time(measured, managerPage, () -> {
                        var items = new ArrayList<Object>(workday.workItems());
                        workload.addAll(workday.workload());
                        items.addAll(workload);
                        return items;
                    });
                    Answers.workload("the unit manager's workload", workload);
                }
                BenchActor.signIn(actor);
            });
            var loadAfter = Sampler.loadAverage();
            var counts = jdbc.queryForMap("""
                    SELECT (SELECT count(*) FROM casehandling.persons) AS persons,
                           (SELECT count(*) FROM casehandling.cases) AS cases,
                           (SELECT count(*) FROM casehandling.investigations) AS investigations,
                           (SELECT count(*) FROM casehandling.decisions) AS decisions,
                           (SELECT count(*) FROM casehandling.decided_interventions) AS interventions,
                           (SELECT count(*) FROM casehandling.care_plans) AS care_plans,
                           (SELECT count(*) FROM casehandling.care_plan_goals) AS goals,
                           (SELECT count(*) FROM casehandling.journal_entries) AS journal,
                           (SELECT count(*) FROM casehandling.coordinated_plans) AS sips,
                           (SELECT count(*) FROM accesslog.access_log) AS log_rows,
                           pg_size_pretty(pg_database_size(current_database())) AS size""");
            var lines = Sampler.reportHead("Case handling benchmark", "Data: " + counts.get("persons") + " persons, "
                    + counts.get("cases") + " cases (" + unitCases + " in the measured unit " + unit + "), "
                    + counts.get("investigations")
                    + " investigations, " + counts.get("decisions") + " decisions with " + counts.get("interventions")
                    + " interventions, " + counts.get("care_plans") + " care plans with " + counts.get("goals")
                    + " goals, " + counts.get("journal") + " journal entries, " + counts.get("sips") + " SIPs, "
                    + counts.get("log_rows") + " access-log rows; database " + counts.get("size") + ".",
                    "Sections on the case page: " + sections.size() + ". " + samples
                            + " samples per operation after a warm-up", loadBefore, loadAfter);
            lines.add(searchNumber.row(50));
            lines.add(searchName.row(50));
            lines.add(searchPartial.row(50));
            lines.add(openCase.row(100));
            lines.add(openAll.row(100));
            partTimings.values().forEach(t -> lines.add(t.row()));
            lines.add(listPage.row(100));
            lines.add(listDeep.row(100));
            lines.add(listFiltered.row(100));
            lines.add(listFilteredFull.row(100));
            lines.add(listMine.row(100));
            lines.add(startPage.row(150));
            lines.add(managerPage.row());
            return new Report(String.join("\n", lines) + "\n",
                    List.of(searchNumber, searchName, searchPartial, openCase, openAll, listPage, listDeep,
                            listFiltered, listFilteredFull, listMine, startPage, managerPage),
                    List.copyOf(partTimings.values()));
        }

        /** A list page and the count, as the lazy grid asks for them; the page is what it returns. */
        private static List<?> pageAndCount(CaseHandling caseHandling, CaseListQuery query, int offset) {
            var page = caseHandling.list(query, offset, 50);
            caseHandling.count(query);
            return page;
        }

        /** How many open cases the unit's list shows the measured caseworker (named on no protected case). */
        private long visibleOpenCases(String unit) {
            return jdbc.queryForObject("SELECT count(*) FROM casehandling.cases c JOIN casehandling.persons p "
                    + "ON p.id = c.person_id WHERE c.unit_code = ? AND p.protection = 'NONE' "
                    + "AND c.status IN ('INTAKE', 'INVESTIGATION', 'DECIDED')", Long.class, unit);
        }

        /**
         * The rows of a query over the persons (with {@code %s} where the sample clause goes) on 1 % of the pages,
         * or on all of them when that finds too few (a small register).
         */
        private List<String> sample(String sql) {
            var found = jdbc.queryForList(sql.formatted("TABLESAMPLE SYSTEM (1)"), String.class);
            return found.size() >= 100 ? found : jdbc.queryForList(sql.formatted(""), String.class);
        }
    }
}
