package se.vardkedjan.bench;

import org.junit.jupiter.api.Test;
import se.vardkedjan.dev.demo.DemoScale;
import se.vardkedjan.dev.demo.ProviderScale;
import se.vardkedjan.platform.devstack.PostgresServer;
import se.vardkedjan.platform.devstack.RolePasswords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up benchmark cannot break unnoticed: its context and preparation as {@code bench/run-follow-up.sh} runs
 * them (follow-up's generated history, the summaries' first build) on a tiny municipality in a real embedded
 * PostgreSQL, then every view in every scope through the facade and by the hand-written SQL, whose figures must be
 * the facade's (a difference stops the measurement). It says nothing about speed; the national run does.
 */
class FollowUpBenchmarkSmokeTests {

    private static final int SAMPLES = 2;

    @Test
    void everyViewRunsThroughTheFacadeAndByHandWithTheSameFiguresOnATinyMunicipality() throws IOException {
        Files.createDirectories(Path.of("target"));
        var data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-smoke-follow-up-");
        try (var postgres = PostgresServer.start(data, 0)) {
            var database = postgres.ensureAppDatabase("bench", "vardkedjan", "vardkedjan_app",
                    RolePasswords.generated());
            try (var context = CaseHandlingBenchmark.start(database)) {
                CaseHandlingBenchmark.prepare(context, database, DemoScale.tiny(600), ProviderScale.tiny(10));
                var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
                // The generator made follow-up's history: measurements of every kind, follow-ups done and overdue.
                assertThat(jdbc.queryForList("SELECT DISTINCT instrument_code || '/' || occasion "
                        + "FROM followup.measurements WHERE source_key LIKE 'demo:%'", String.class))
                        .contains("ASI/BASELINE", "GOAL/FOLLOW_UP", "AUDIT/BASELINE", "AUDIT/FOLLOW_UP")
                        .containsAnyOf("DUDIT/BASELINE", "DUDIT/FOLLOW_UP");
                assertThat(jdbc.queryForList("SELECT DISTINCT status FROM followup.scheduled_follow_ups",
                        String.class)).contains("DONE", "DUE");
                // A second preparation adds no measurement.
                var measurements = jdbc.queryForObject("SELECT count(*) FROM followup.measurements", Long.class);
                FollowUpBenchmark.prepare(context);
                new se.vardkedjan.dev.demo.GeneratedFollowUpHistory(jdbc, context.getBean(java.time.Clock.class)).generate();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM followup.measurements", Long.class))
                        .isEqualTo(measurements);

                // Three AUDIT follow-ups of the period, those furthest from their baseline (so that leaving them out
                // moves the means), and one goal attainment "reached" withdrawn, and the summaries rebuilt: the
                // hand-written SQL must leave them out as the summaries do.
                var clock = context.getBean(java.time.Clock.class);
                var today = java.time.LocalDate.now(clock);
                var period = new Object[] {java.sql.Date.valueOf(today.minusDays(300)), java.sql.Date.valueOf(today)};
                assertThat(jdbc.update("""
                        INSERT INTO followup.measurement_withdrawals (measurement_id, reason, withdrawn_by, withdrawn_at)
                        SELECT f.id, 'Registrerad i fel akt', 'bench', now()
                        FROM followup.measurements f
                        WHERE f.instrument_code = 'AUDIT' AND f.occasion = 'FOLLOW_UP' AND f.measured_on BETWEEN ? AND ?
                        ORDER BY (SELECT max(abs(f.total - b.total)) FROM followup.measurements b
                                  WHERE b.case_id = f.case_id AND b.instrument_code = 'AUDIT'
                                    AND b.occasion = 'BASELINE') DESC NULLS LAST, f.id
                        LIMIT 3""", period)).isEqualTo(3);
                assertThat(jdbc.update("""
                        INSERT INTO followup.measurement_withdrawals (measurement_id, reason, withdrawn_by, withdrawn_at)
                        SELECT m.id, 'Registrerad i fel akt', 'bench', now()
                        FROM followup.measurements m
                        WHERE m.instrument_code = 'GOAL' AND m.total = 2 AND m.measured_on BETWEEN ? AND ?
                        ORDER BY m.id LIMIT 1""", period)).isEqualTo(1);
                context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                        .executeWithoutResult(status -> context.getBean(
                                se.vardkedjan.followup.group.persistence.GroupRows.class).refresh(clock.instant()));

                var report = FollowUpBenchmark.measure(context, SAMPLES, 1);
                System.out.println(report.text());

                var rows = FollowUpBenchmark.views(context).size() * 3;
                assertThat(report.facade()).hasSize(rows)
                        .allSatisfy(t -> assertThat(t.count()).as(t.operation()).isEqualTo(SAMPLES));
                assertThat(report.hand()).hasSize(rows)
                        .allSatisfy(t -> assertThat(t.count()).as(t.operation()).isEqualTo(SAMPLES));
                // Figures were compared in every view and scope (cells the facade shows).
                assertThat(report.checkedCells()).hasSize(rows).allSatisfy((view, cells) ->
                        assertThat(cells).as(view).isPositive());
                // Utfall was compared too: goals reached and AUDIT change, each in the three scopes, with figures
                // shown (neither suppressed nor empty).
                assertThat(report.checkedCells().entrySet().stream().filter(e -> e.getKey().startsWith("Utfall:")))
                        .hasSize(6).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isPositive());
                assertThat(report.refreshMillis()).isPositive();
            }
        }
    }
}
