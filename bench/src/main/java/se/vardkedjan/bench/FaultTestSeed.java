package se.vardkedjan.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.dev.demo.DemoMunicipality;
import se.vardkedjan.dev.demo.DemoScale;
import se.vardkedjan.platform.devstack.AppDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;

/**
 * The fault test's data (deploy/fault-test, ADR 0036), test-only and never in the app's jar: the topology's app runs
 * the production jar without demo data, so this writes a small generated municipality (the demo generator,
 * {@link DemoMunicipality}, at {@link DemoScale#tiny}) into the topology's empty database through the benchmark's
 * Spring context (the changelog as the owner, which the app nodes have applied already; the rest as the app role),
 * registers the topology's staff users (staff-users.tsv) as caseworkers of nord-beroende in the organisation register,
 * as an organisation file would, and writes the ids of open cases of that unit whose persons are not protected, one a
 * line, for the simulated caseworkers to work on.
 * <p>
 * Usage: {@code FaultTestSeed JDBC_URL OWNER OWNER_PASSWORD APP_ROLE APP_PASSWORD STAFF_USERS_TSV CASES_OUT [PERSONS]}.
 * Run again on the same database it generates nothing more.
 */
public final class FaultTestSeed {

    static final String UNIT = "nord-beroende";
    /** Cases made ready for a decision (their investigations completed) for the chain's fault. */
    static final int DECISIONS = 4;

    /**
     * Cases of the unit whose investigation is complete and that have no decision yet, completing drafts through the
     * investigation facade (as a caseworker of the unit would) until there are {@code wanted}.
     */
    static java.util.List<String> readyForDecision(org.springframework.context.ApplicationContext context,
                                                    JdbcTemplate jdbc, int wanted) {
        var ready = """
                SELECT c.id::text FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                JOIN casehandling.investigations i ON i.case_id = c.id
                WHERE c.unit_code = ? AND c.status = 'INVESTIGATION' AND p.protection = 'NONE' AND i.status = ?
                  AND NOT EXISTS (SELECT 1 FROM casehandling.decisions d WHERE d.case_id = c.id)
                ORDER BY c.id""";
        var found = jdbc.queryForList(ready, String.class, UNIT, "COMPLETED");
        if (found.size() >= wanted) {
            return found.subList(0, wanted);
        }
        var investigations = context.getBean(se.vardkedjan.casehandling.Investigations.class);
        BenchActor.signIn(new se.vardkedjan.sharedkernel.Actor("fault-test-seed", "fault-test-seed",
                "Feltestets data", java.util.Set.of(se.vardkedjan.sharedkernel.Roles.CASEWORKER),
                java.util.Set.of(new se.vardkedjan.sharedkernel.UnitCode(UNIT)), java.util.Set.of()));
        try {
            for (var id : jdbc.queryForList(ready, String.class, UNIT, "DRAFT").subList(0, wanted - found.size())) {
                var caseId = new se.vardkedjan.sharedkernel.CaseId(java.util.UUID.fromString(id));
                var version = jdbc.queryForObject("SELECT version FROM casehandling.investigations WHERE case_id = ?",
                        Long.class, caseId.value());
                var today = java.time.LocalDate.now(context.getBean(Clock.class));
                var needs = java.util.Arrays.stream(se.vardkedjan.casehandling.LifeArea.values())
                        .map(area -> new se.vardkedjan.casehandling.InvestigationContent.Need(area, 3, null, null))
                        .toList();
                investigations.saveAndComplete(caseId, version, new se.vardkedjan.casehandling.InvestigationContent(
                        today.minusDays(8), "Alkohol", java.util.List.of(
                        new se.vardkedjan.casehandling.InvestigationContent.Source(
                                se.vardkedjan.casehandling.SourceKind.CLIENT, "Samtal", today.minusDays(8))),
                        needs, java.util.List.of(), java.util.List.of(),
                        new se.vardkedjan.casehandling.InvestigationContent.Participation(
                                se.vardkedjan.casehandling.ParticipationMode.MEETING, "Jag vill ha hjälp."),
                        "Behov av stöd.", "Öppenvård.",
                        new se.vardkedjan.casehandling.InvestigationContent.Communication(today,
                                se.vardkedjan.casehandling.CommunicationChannel.MEETING, null),
                        se.vardkedjan.casehandling.ChildrenAnswer.NO_CHILDREN,
                        se.vardkedjan.casehandling.RelativesAnswer.NONE));
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        return jdbc.queryForList(ready, String.class, UNIT, "COMPLETED").subList(0, wanted);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 7) {
            throw new IllegalArgumentException("usage: FaultTestSeed JDBC_URL OWNER OWNER_PASSWORD APP_ROLE "
                    + "APP_PASSWORD STAFF_USERS_TSV CASES_OUT [PERSONS]");
        }
        var database = new AppDatabase(args[0], args[1], args[2], args[3], args[4]);
        int persons = args.length > 7 ? Integer.parseInt(args[7]) : 300;
        try (var context = CaseHandlingBenchmark.start(database)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var transaction = context.getBean(TransactionTemplate.class);
            var existing = jdbc.queryForObject("SELECT count(*) FROM casehandling.persons", Long.class);
            if (existing == null || existing == 0) {
                var result = transaction.execute(status ->
                        new DemoMunicipality(jdbc, context.getBean(Clock.class), 14).generate(DemoScale.tiny(persons)));
                System.out.println("fault test data: " + result);
            } else {
                System.out.println("fault test data: " + existing + " persons already there");
            }
            int number = 0;
            for (var line : Files.readAllLines(Path.of(args[5]), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                number++;
                var username = line.split("\t")[0];
                jdbc.update("""
                        INSERT INTO organisation.staff_members (username, display_name, title)
                        VALUES (?, ?, 'Socialsekreterare') ON CONFLICT DO NOTHING""",
                        username, "Testhandläggare Nummer " + number);
                jdbc.update("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?) "
                        + "ON CONFLICT DO NOTHING", username, UNIT);
            }
            var cases = new ArrayList<String>(jdbc.queryForList("""
                    SELECT c.id::text FROM casehandling.cases c JOIN casehandling.persons p ON p.id = c.person_id
                    WHERE c.unit_code = ? AND c.status = 'DECIDED' AND p.protection = 'NONE'
                    ORDER BY c.id LIMIT 40""", String.class, UNIT));
            if (cases.isEmpty()) {
                throw new IllegalStateException("no decided case of " + UNIT + " to work on");
            }
            Files.write(Path.of(args[6]), cases, StandardCharsets.UTF_8);
            var toDecide = readyForDecision(context, jdbc, DECISIONS);
            Files.write(Path.of(args[6] + ".decide"), toDecide, StandardCharsets.UTF_8);
            System.out.println("fault test data: " + cases.size() + " cases of " + UNIT + " for the simulated users, "
                    + toDecide.size() + " ready for a decision, " + number + " staff users registered");
        }
    }
}
