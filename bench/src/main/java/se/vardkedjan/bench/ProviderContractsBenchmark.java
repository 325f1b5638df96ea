package se.vardkedjan.bench;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.providercontracts.AssignmentCosts;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ProviderAssignmentGroup;
import se.vardkedjan.providercontracts.ProviderAssignmentPage;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Provider contracts at national scale: the case page with its Uppdrag tab as case staff open it, and a provider's
 * reads through the facades as provider staff make them (access checks, SQL, access-log rows and commit inside the
 * time), on the national data of {@link CaseHandlingBenchmark} with provider contracts' data added
 * ({@code DemoProviders}: 400 providers, about 2,000 contracts, an assignment for every granted intervention and
 * about 15 M reported days).
 *
 * <pre>bench/run-provider-contracts.sh [--persons N] [--samples N] [--data DIR]</pre>
 *
 * A provider's reads are rows of {@link #providerReads}: adding a facade method to the measurement is one line there
 * (the provider's inbox page, a month's cost per provider).
 */
public final class ProviderContractsBenchmark {

    private ProviderContractsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Sampler.runOnNationalData(args, "provider-contracts",
                (context, samples, warmUp) -> measure(context, samples, warmUp).text());
    }

    /**
     * What one sample of a provider's reads is about: the measured provider (the one with the most assignments, so
     * the largest inbox), one of its assignments drawn at random, the month whose cost is read (the last whole
     * month, which every running assignment has reported), and what the answers must hold, counted in plain SQL
     * before the run: how many assignments each inbox group holds, and how many of the provider's assignments have
     * counted days in the month.
     */
    record ProviderSample(ProviderId provider, String providerCode, AssignmentId assignment, YearMonth month,
                          Map<ProviderAssignmentGroup, Long> groupTotals, long costedAssignments) {
    }

    /**
     * A timed read: the row's name, its target p95 in ms (0 for none), the call, and the check of its answer (outside
     * the timing; a wrong answer stops the run). Provider staff call it, unless {@code municipal} (a month's cost is
     * the municipality's read: an analyst calls it).
     */
    record ProviderRead(String name, double targetMillis, Function<ProviderSample, Object> call,
                        BiConsumer<ProviderSample, Object> check, boolean municipal) {

        ProviderRead(String name, double targetMillis, Function<ProviderSample, Object> call,
                     BiConsumer<ProviderSample, Object> check) {
            this(name, targetMillis, call, check, false);
        }
    }

    /** The provider's reads that are measured, in the report's order. */
    static List<ProviderRead> providerReads(ConfigurableApplicationContext context) {
        var assignments = context.getBean(Assignments.class);
        var reads = new ArrayList<ProviderRead>();
        reads.add(new ProviderRead("Provider staff: one assignment (Assignments.forProvider), incl. the access log",
                100, sample -> assignments.forProvider(sample.assignment()), Answers::providerAssignment));
        reads.add(new ProviderRead("Provider staff: start page items (Assignments.workItems)", 100,
                sample -> assignments.workItems(), Answers::providerWorkItems));
        for (var group : List.of(ProviderAssignmentGroup.NEW, ProviderAssignmentGroup.ENDED)) {
            reads.add(new ProviderRead("Provider's inbox page, tab " + group.name().toLowerCase()
                    + ": first page of 25 + total (Assignments.addressedToProvider, as ProviderInboxView)", 100,
                    sample -> assignments.addressedToProvider(group, ProviderAssignmentPage.Order.NEWEST_SENT_FIRST,
                            0, 25), (sample, answer) -> Answers.providerInbox(sample, group, answer)));
        }
        var costs = context.getBean(AssignmentCosts.class);
        reads.add(new ProviderRead("A month's cost per provider (AssignmentCosts.providerMonth, as an analyst)", 500,
                sample -> costs.providerMonth(sample.provider(), sample.month()), Answers::providerCost, true));
        return reads;
    }

    /** What a run measured: the Markdown report and the timed operations. */
    record Report(String text, List<Timings> operations) {
    }

    /** Times every operation: {@code warmUp} rounds first, then {@code samples} measured ones. */
    static Report measure(ConfigurableApplicationContext context, int samples, int warmUp) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var caseHandling = context.getBean(CaseHandling.class);
        var assignments = context.getBean(Assignments.class);
        var sections = context.getBeansOfType(CasePageSection.class).values().stream()
                .sorted(Comparator.comparingInt(CasePageSection::order)).toList();
        var loadBefore = Sampler.loadAverage();
        var unit = "nord-beroende";
        var caseworker = new Actor(UUID.randomUUID().toString(), "bench.handlaggare", "Bänk Handläggare",
                Set.of(Roles.CASEWORKER), Set.of(new UnitCode(unit)), Set.of());
        // Cases of the unit that have assignments, of persons without protected identity.
        var caseIds = jdbc.queryForList("""
                SELECT DISTINCT a.case_id FROM providercontracts.assignments a
                JOIN casehandling.cases c ON c.id = a.case_id JOIN casehandling.persons p ON p.id = c.person_id
                WHERE a.case_unit = ? AND p.protection = 'NONE' LIMIT 5000""", UUID.class, unit);
        var provider = jdbc.queryForMap("""
                SELECT p.id, p.code, count(*) AS n FROM providercontracts.assignments a
                JOIN providercontracts.providers p ON p.id = a.provider_id
                WHERE a.status NOT IN ('DRAFT', 'WITHDRAWN') GROUP BY p.id, p.code ORDER BY n DESC, p.code LIMIT 1""");
        var providerId = new ProviderId((UUID) provider.get("id"));
        var providerCode = (String) provider.get("code");
        var providerAssignments = jdbc.queryForList("""
                SELECT id FROM providercontracts.assignments WHERE provider_id = ?
                  AND status NOT IN ('DRAFT', 'WITHDRAWN') ORDER BY random() LIMIT 5000""", UUID.class,
                providerId.value());
        var waiting = jdbc.queryForObject("SELECT count(*) FROM providercontracts.assignments WHERE provider_id = ? "
                + "AND status IN ('SENT', 'RECEIVED')", Long.class, providerId.value());
        var providerStaff = new Actor(UUID.randomUUID().toString(), "bench.utforare", "Bänk Utförare",
                Set.of(Roles.PROVIDER_STAFF), Set.of(), Set.of(new ProviderOrganisationCode(providerCode)));
        var month = YearMonth.now(ZoneId.of("Europe/Stockholm")).minusMonths(1);
        var groupTotals = new java.util.EnumMap<ProviderAssignmentGroup, Long>(ProviderAssignmentGroup.class);
        for (var group : ProviderAssignmentGroup.values()) {
            groupTotals.put(group, jdbc.queryForObject("SELECT count(*) FROM providercontracts.assignments "
                    + "WHERE provider_id = ? AND status = ANY(?) AND sent_at IS NOT NULL", Long.class,
                    providerId.value(), group.states().stream().map(Enum::name).toArray(String[]::new)));
        }
        // Every assignment with a counted day in the month, with no condition on its dates: the cost must find them.
        var costedAssignments = jdbc.queryForObject("""
                SELECT count(DISTINCT d.assignment_id) FROM providercontracts.attendance_days d
                JOIN providercontracts.assignments a ON a.id = d.assignment_id
                LEFT JOIN providercontracts.attendance_corrected_days x
                    ON x.assignment_id = d.assignment_id AND x.day = d.day
                WHERE a.provider_id = ? AND d.day >= ? AND d.day < ? AND (x.day IS NULL OR x.hours IS NOT NULL)""",
                Long.class, providerId.value(), java.sql.Date.valueOf(month.atDay(1)),
                java.sql.Date.valueOf(month.plusMonths(1).atDay(1)));
        var analyst = new Actor(UUID.randomUUID().toString(), "bench.analytiker", "Bänk Analytiker",
                Set.of(Roles.ANALYST), Set.of(), Set.of());

        var casePage = new Timings("Open a case page with the Uppdrag tab: summary + every section's timeline "
                + "(" + sections.size() + " sections) + Assignments.ofCase", samples);
        var uppdragTab = new Timings("&nbsp;&nbsp;tab: Assignments.ofCase", samples);
        var reads = providerReads(context);
        var readTimings = new ArrayList<Timings>();
        for (var read : reads) {
            readTimings.add(new Timings(read.name() + " (" + providerCode + ", " + providerAssignments.size()
                    + "+ assignments, " + waiting + " awaiting an answer)", samples));
        }
        var random = new Random(43);
        Sampler.rounds(samples, warmUp, (i, measured) -> {
            BenchActor.signIn(caseworker);
            var caseId = new CaseId(caseIds.get(random.nextInt(caseIds.size())));
            var started = System.nanoTime();
            var rows = 0L;
            var summary = caseHandling.summary(caseId);
            Answers.casePart("CaseHandling.summary", summary, caseId);
            rows += Timings.rows(summary);
            for (var section : sections) {
                var timeline = section.timeline(caseId);
                Answers.casePart("timeline", timeline, caseId);
                rows += Timings.rows(timeline);
            }
            var tabStarted = System.nanoTime();
            var ofCase = assignments.ofCase(caseId);
            var ended = System.nanoTime();
            Answers.caseAssignments(ofCase, caseId);
            if (measured) {
                casePage.record(ended - started, rows + ofCase.size());
                uppdragTab.record(ended - tabStarted, ofCase.size());
            }
            BenchActor.signIn(providerStaff);
            var sample = new ProviderSample(providerId, providerCode,
                    new AssignmentId(providerAssignments.get(random.nextInt(providerAssignments.size()))), month,
                    groupTotals, costedAssignments);
            for (var r = 0; r < reads.size(); r++) {
                var read = reads.get(r);
                BenchActor.signIn(read.municipal() ? analyst : providerStaff);
                var answer = Sampler.time(measured, readTimings.get(r), () -> read.call().apply(sample));
                read.check().accept(sample, answer);
            }
        });
        BenchActor.signIn(caseworker);
        var loadAfter = Sampler.loadAverage();
        var counts = jdbc.queryForMap("""
                SELECT (SELECT count(*) FROM providercontracts.providers) AS providers,
                       (SELECT count(*) FROM providercontracts.contracts) AS contracts,
                       (SELECT count(*) FROM providercontracts.assignments) AS assignments,
                       (SELECT count(*) FROM providercontracts.assignment_history) AS history,
                       (SELECT count(*) FROM providercontracts.attendance_reports) AS reports,
                       (SELECT count(*) FROM providercontracts.attendance_days) AS days,
                       (SELECT count(*) FROM casehandling.cases) AS cases,
                       pg_size_pretty(pg_database_size(current_database())) AS size""");
        var lines = Sampler.reportHead("Provider contracts benchmark", "Data: " + counts.get("cases") + " cases; "
                + counts.get("providers") + " providers, " + counts.get("contracts") + " contracts, "
                + counts.get("assignments") + " assignments with "
                + counts.get("history") + " history rows, " + counts.get("reports") + " attendance reports with "
                + counts.get("days") + " days; database " + counts.get("size") + ". Case pages of " + caseIds.size()
                + " cases with assignments in " + unit + "; the provider " + providerCode + " (most assignments).",
                samples + " samples per operation after a warm-up of " + warmUp, loadBefore, loadAfter);
        lines.add(casePage.row(100));
        lines.add(uppdragTab.row());
        for (var r = 0; r < reads.size(); r++) {
            var target = reads.get(r).targetMillis();
            lines.add(target > 0 ? readTimings.get(r).row(target) : readTimings.get(r).row());
        }
        var operations = new ArrayList<Timings>();
        operations.add(casePage);
        operations.addAll(readTimings);
        return new Report(String.join("\n", lines) + "\n", operations);
    }
}
