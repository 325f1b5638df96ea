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
 * line, for the simulated caseworkers to work on. For the simulated provider staff it sends a supply of assignments
 * to the provider organisation {@value #PROVIDER} (registered by the app from its provider file on its first start;
 * the topology's realm makes the provider staff users its staff): for granted interventions without an assignment, a
 * first draft as the grant's listener writes it, then written and sent through the provider contracts' facade as a
 * caseworker of the case's unit would, on the provider's own-run contract (which counts no places).
 * <p>
 * Usage: {@code FaultTestSeed JDBC_URL OWNER OWNER_PASSWORD APP_ROLE APP_PASSWORD STAFF_USERS_TSV CASES_OUT [PERSONS]
 * [ASSIGNMENTS]}. Run again on the same database it generates no more persons, and sends assignments only until
 * {@code ASSIGNMENTS} (default {@value #ASSIGNMENTS}) new ones wait for the provider.
 */
public final class FaultTestSeed {

    static final String UNIT = "nord-beroende";
    /** Cases made ready for a decision (their investigations completed) for the chain's fault. */
    static final int DECISIONS = 4;
    /** The provider organisation the simulated provider staff work for (deploy/lib/make-realm.py's group). */
    static final String PROVIDER = "kompassen-oppenvard";
    /** Its contract's method every test assignment is sent with (covers outpatient and residential care). */
    static final String METHOD = "RELAPSE_PREVENTION";
    /** New assignments waiting for the provider that the seed makes sure of. */
    static final int ASSIGNMENTS = 150;

    /**
     * Sends assignments to {@link #PROVIDER} until {@code wanted} wait for it unanswered (sent or received): for
     * granted, open interventions of decided cases without any assignment, whose persons are not protected. Returns
     * how many wait, and prints why the first refused one was refused.
     */
    static long sendToProvider(org.springframework.context.ApplicationContext context, JdbcTemplate jdbc, int wanted) {
        var waiting = """
                SELECT count(*) FROM providercontracts.assignments a
                JOIN providercontracts.providers p ON p.id = a.provider_id
                WHERE p.code = ? AND a.status IN ('SENT', 'RECEIVED')""";
        long already = jdbc.queryForObject(waiting, Long.class, PROVIDER);
        if (already >= wanted) {
            return already;
        }
        var contract = jdbc.queryForMap("""
                SELECT p.id AS provider, c.id AS contract FROM providercontracts.contracts c
                JOIN providercontracts.providers p ON p.id = c.provider_id
                WHERE p.code = ? AND c.form = 'OWN_RUN' ORDER BY c.valid_from DESC LIMIT 1""", PROVIDER);
        var provider = new se.vardkedjan.providercontracts.ProviderId((java.util.UUID) contract.get("provider"));
        var contractId = new se.vardkedjan.providercontracts.ContractId((java.util.UUID) contract.get("contract"));
        var granted = jdbc.queryForList("""
                SELECT di.id, di.decision_id, d.case_id, c.unit_code, di.intervention_type, di.starts_on
                FROM casehandling.decided_interventions di
                JOIN casehandling.decisions d ON d.id = di.decision_id
                JOIN casehandling.cases c ON c.id = d.case_id
                JOIN casehandling.persons p ON p.id = c.person_id
                WHERE d.status = 'DECIDED' AND di.outcome IN ('GRANTED', 'PARTLY_GRANTED') AND di.starts_on IS NOT NULL
                  AND di.closed_on IS NULL AND c.status = 'DECIDED' AND p.protection = 'NONE'
                  AND di.intervention_type IN ('OUTPATIENT', 'RESIDENTIAL')
                  AND NOT EXISTS (SELECT 1 FROM providercontracts.assignments a WHERE a.intervention_id = di.id)
                ORDER BY di.id LIMIT ?""", (int) (wanted - already) * 2);
        var rows = context.getBean(se.vardkedjan.providercontracts.persistence.AssignmentRows.class);
        var assignments = context.getBean(se.vardkedjan.providercontracts.Assignments.class);
        var clock = context.getBean(Clock.class);
        var units = granted.stream().map(g -> new se.vardkedjan.sharedkernel.UnitCode((String) g.get("unit_code")))
                .collect(java.util.stream.Collectors.toSet());
        BenchActor.signIn(new se.vardkedjan.sharedkernel.Actor("fault-test-seed", "fault-test-seed",
                "Feltestets data", java.util.Set.of(se.vardkedjan.sharedkernel.Roles.CASEWORKER), units,
                java.util.Set.of()));
        long sent = already;
        int refused = 0;
        try {
            var startsOn = java.time.LocalDate.now(clock).plusDays(7);
            for (var g : granted) {
                if (sent >= wanted) {
                    break;
                }
                var id = se.vardkedjan.providercontracts.AssignmentId.random();
                var draft = se.vardkedjan.providercontracts.domain.Assignment.draft(id,
                        new se.vardkedjan.sharedkernel.CaseId((java.util.UUID) g.get("case_id")),
                        new se.vardkedjan.casehandling.DecisionId((java.util.UUID) g.get("decision_id")),
                        new se.vardkedjan.casehandling.InterventionId((java.util.UUID) g.get("id")),
                        se.vardkedjan.casehandling.InterventionType.valueOf((String) g.get("intervention_type")),
                        ((java.sql.Date) g.get("starts_on")).toLocalDate(),
                        se.vardkedjan.providercontracts.domain.HistoryEntry.SYSTEM, clock.instant());
                if (!rows.insertFirstDraft(draft, new se.vardkedjan.sharedkernel.UnitCode((String) g.get("unit_code")),
                        se.vardkedjan.providercontracts.persistence.AssignmentRows.By.SYSTEM)) {
                    continue;
                }
                try {
                    var written = assignments.saveDraft(id, 0, new se.vardkedjan.providercontracts.AssignmentDraft(
                            new se.vardkedjan.providercontracts.MethodCode(METHOD), provider, contractId, false,
                            startsOn, "Sex månader", "Rapport varje månad.", "Uppföljning efter tre månader.",
                            "Socialsekreteraren på enheten.", false, false, false));
                    assignments.send(id, written.version());
                    sent++;
                } catch (RuntimeException e) {
                    if (refused++ == 0) {
                        System.out.println("fault test data: an assignment was not sent: " + e);
                    }
                }
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        return jdbc.queryForObject(waiting, Long.class, PROVIDER);
    }

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
            var waiting = sendToProvider(context, jdbc, args.length > 8 ? Integer.parseInt(args[8]) : ASSIGNMENTS);
            System.out.println("fault test data: " + cases.size() + " cases of " + UNIT + " for the simulated users, "
                    + toDecide.size() + " ready for a decision, " + number + " staff users registered, "
                    + waiting + " assignments sent to " + PROVIDER + " waiting for its staff");
        }
    }
}
