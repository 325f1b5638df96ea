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
 * The case-handling benchmark cannot break unnoticed (it once failed to start after a module change, and nothing ran
 * it): its Spring context starts as {@code bench/run-case-handling.sh} starts it, on a real embedded PostgreSQL (data
 * under target/, as the module tests keep theirs) with a tiny generated municipality, and every measured operation
 * runs a few times and returns rows. It says nothing about speed; the real run does (bench/README.md).
 */
class CaseHandlingBenchmarkSmokeTests {

    private static final int SAMPLES = 3;

    @Test
    void everyMeasuredOperationRunsOnATinyMunicipalityAndReturnsRows() throws IOException {
        Files.createDirectories(Path.of("target"));
        var data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-smoke-postgres-");
        try (var postgres = PostgresServer.start(data, 0)) {
            var database = postgres.ensureAppDatabase("bench", "vardkedjan", "vardkedjan_app",
                    RolePasswords.generated());
            try (var context = CaseHandlingBenchmark.start(database)) {
                CaseHandlingBenchmark.prepare(context, database, DemoScale.tiny(300), ProviderScale.tiny(10));

                var report = CaseHandlingBenchmark.measure(context, SAMPLES, 1);
                System.out.println(report.text());

                assertThat(report.operations()).hasSize(12).allSatisfy(operation -> {
                    assertThat(operation.count()).as(operation.operation()).isEqualTo(SAMPLES);
                    assertThat(operation.rows()).as("rows returned by " + operation.operation()).isPositive();
                });
                // The case page's parts: the summary, every section's timeline (six sections) and the six tabs.
                assertThat(report.parts()).hasSizeGreaterThanOrEqualTo(13)
                        .allSatisfy(part -> assertThat(part.count()).as(part.operation()).isEqualTo(SAMPLES));
                assertThat(report.text()).contains("| Unit's case list filtered by given + family name, page + count | "
                        + SAMPLES + " |");

                // Provider contracts' benchmark on the same data: the case page with its Uppdrag tab and every
                // provider read (ProviderContractsBenchmark.providerReads), each run and checked by Answers.
                var providers = ProviderContractsBenchmark.measure(context, SAMPLES, 1);
                System.out.println(providers.text());
                assertThat(providers.operations())
                        .hasSize(1 + ProviderContractsBenchmark.providerReads(context).size())
                        .allSatisfy(operation -> assertThat(operation.count()).as(operation.operation())
                                .isEqualTo(SAMPLES))
                        // The provider's start page may be empty on so little data (nothing sent in the last days).
                        .filteredOn(operation -> !operation.operation().contains("workItems"))
                        .allSatisfy(operation -> assertThat(operation.rows()).as("rows returned by "
                                + operation.operation()).isPositive());

                // The portal's load on the same data: a few clients, no think time, every page opened and checked
                // (the start page must find each client's own case through the door).
                var portal = PortalBenchmark.measure(context, new PortalBenchmark.Load(4, 40, 0, 2, 0, 80, 30));
                System.out.println(portal.text());
                assertThat(portal.pages()).hasSize(PortalBenchmark.pages().size())
                        .allSatisfy(page -> assertThat(page.count()).as(page.operation()).isPositive());
            }
        }
    }
}
