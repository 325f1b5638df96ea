package se.vardkedjan.bench.fault;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fault test's verdict (deploy/fault-test, ADR 0036): for each fault, the requests users made during it, the
 * errors they saw, the time to recover, and the reconciliation of what they saw committed against what the database
 * holds; then the whole run's reconciliation. Exit 0 only when every fault passes: 0 lost, 0 duplicated, 0 unexpected,
 * health back within the test's bounds, every user served again, users served during the fault, and for an app node's
 * kill no user asked for the password again; when provider staff worked, every assignment a user saw accepted is
 * accepted in the database with exactly one acceptance in its history ({@link AcceptReconciliation}).
 * <p>
 * Usage: {@code FaultReport LEDGER FAULTS RUN_ID JDBC_URL USER PASSWORD}.
 */
public final class FaultReport {

    public static void main(String[] args) throws Exception {
        var events = new java.util.ArrayList<>(Ledger.read(Path.of(args[0])));
        if (args.length > 6 && java.nio.file.Files.exists(Path.of(args[6]))) {
            events.addAll(Ledger.read(Path.of(args[6])));
        }
        events.sort(java.util.Comparator.comparingLong(Ledger.Event::endedAtMillis));
        var faults = FaultWindow.read(Path.of(args[1]));
        var counts = signedInDatabase(args[2], args[3], args[4], args[5]);
        var decided = events.stream().filter(e -> e.action() == Ledger.Action.DECIDE).map(Ledger.Event::marker)
                .distinct().toList();
        var tried = events.stream().filter(e -> e.action() == Ledger.Action.ACCEPT_ASSIGNMENT)
                .map(Ledger.Event::marker).filter(m -> !m.isEmpty()).distinct().toList();
        long runStart = events.isEmpty() ? System.currentTimeMillis() : events.getFirst().startedAtMillis();
        var report = report(events, faults, counts, chainInDatabase(decided, args[3], args[4], args[5]),
                acceptedInDatabase(tried, runStart, args[3], args[4], args[5]));
        System.out.print(report.text());
        System.exit(report.passed() ? 0 : 1);
    }

    record Report(String text, boolean passed) {
    }

    static Map<String, Integer> signedInDatabase(String runId, String url, String user, String password)
            throws java.sql.SQLException {
        var counts = new HashMap<String, Integer>();
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement("""
                     SELECT title, count(*) FROM casehandling.journal_entries
                     WHERE version_number = 1 AND signed_at IS NOT NULL AND title LIKE ? GROUP BY title""")) {
            statement.setString(1, "FT " + runId + " %");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /**
     * The assignments users tried to accept, and any other accepted since the run started: each one's status and the
     * acceptances its history holds.
     */
    static Map<String, AcceptReconciliation.Stored> acceptedInDatabase(List<String> tried, long runStartMillis,
                                                                       String url, String user, String password)
            throws java.sql.SQLException {
        var stored = new HashMap<String, AcceptReconciliation.Stored>();
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement("""
                     SELECT a.id::text, a.status,
                            (SELECT count(*) FROM providercontracts.assignment_history h
                             WHERE h.assignment_id = a.id AND h.event = 'ACCEPTED')
                     FROM providercontracts.assignments a
                     WHERE a.id = ANY (?::uuid[])
                        OR EXISTS (SELECT 1 FROM providercontracts.assignment_history h
                                   WHERE h.assignment_id = a.id AND h.event = 'ACCEPTED' AND h.at >= ?)""")) {
            statement.setArray(1, connection.createArrayOf("text", tried.toArray()));
            statement.setTimestamp(2, new java.sql.Timestamp(runStartMillis));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), new AcceptReconciliation.Stored(rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return stored;
    }

    static Map<String, ChainReconciliation.Counts> chainInDatabase(List<String> caseIds, String url, String user,
                                                                    String password) throws java.sql.SQLException {
        var counts = new HashMap<String, ChainReconciliation.Counts>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement("""
                     SELECT (SELECT count(*) FROM casehandling.decisions WHERE case_id = ?::uuid AND status = 'DECIDED'),
                            (SELECT count(*) FROM providercontracts.assignments WHERE case_id = ?::uuid),
                            (SELECT count(*) FROM followup.scheduled_follow_ups
                             WHERE case_id = ?::uuid AND source_kind = 'INTERVENTION')""")) {
            for (var id : caseIds) {
                statement.setString(1, id);
                statement.setString(2, id);
                statement.setString(3, id);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    counts.put(id, new ChainReconciliation.Counts(rows.getInt(1), rows.getInt(2), rows.getInt(3)));
                }
            }
        }
        return counts;
    }

    static Report report(List<Ledger.Event> events, List<FaultWindow> faults, Map<String, Integer> counts) {
        return report(events, faults, counts, Map.of());
    }

    static Report report(List<Ledger.Event> events, List<FaultWindow> faults, Map<String, Integer> counts,
                         Map<String, ChainReconciliation.Counts> chain) {
        return report(events, faults, counts, chain, Map.of());
    }

    static Report report(List<Ledger.Event> events, List<FaultWindow> faults, Map<String, Integer> counts,
                         Map<String, ChainReconciliation.Counts> chain,
                         Map<String, AcceptReconciliation.Stored> accepted) {
        boolean providerStaff = events.stream().anyMatch(e -> e.action() == Ledger.Action.OPEN_INBOX
                || e.action() == Ledger.Action.ACCEPT_ASSIGNMENT);
        var out = new StringBuilder();
        boolean passed = true;
        for (var fault : faults) {
            var problems = new java.util.ArrayList<String>();
            var during = fault.during(events);
            var errors = fault.errors(events);
            long ok = during.stream().filter(e -> e.outcome() == Ledger.Outcome.OK).count();
            long servedAgain = fault.usersServedAgainAfter(events);
            var signings = fault.signings(events);
            var reconciliation = Reconciliation.of(signings, onlyTried(signings, counts));
            out.append("== ").append(fault.name()).append(" (kill -9 ").append(fault.member()).append(")\n");
            out.append("   requests during the fault: %d (%d ok) in %.1f s, by action: %s%n".formatted(during.size(), ok,
                    (fault.backAt() - fault.killedAt()) / 1000.0, byAction(during)));
            out.append("   errors seen by users: %d%s%n".formatted(errors.size(), errors.isEmpty() ? ""
                    : " " + errors.stream().map(e -> e.action() + " " + e.outcome() + " (" + e.detail() + ")")
                    .distinct().limit(6).collect(Collectors.joining("; "))));
            out.append("   time to recover: health %s, every user served again %s, %s back %.1f s after the kill%n"
                    .formatted(seconds(fault.healthyAt() < 0 ? -1 : fault.healthyAt() - fault.killedAt()),
                            seconds(servedAgain), fault.member(), (fault.backAt() - fault.killedAt()) / 1000.0));
            if (fault.member().startsWith("app")) {
                var moved = fault.usersOn(fault.member(), events);
                var prompts = events.stream().filter(e -> e.action() == Ledger.Action.PASSWORD_PROMPT_UNPLANNED)
                        .filter(e -> e.endedAtMillis() >= fault.killedAt() && e.endedAtMillis() <= fault.backAt())
                        .count();
                var sessionLogins = during.stream().filter(e -> e.action() == Ledger.Action.LOGIN_SESSION)
                        .filter(e -> moved.contains(e.user())).map(Ledger.Event::user).distinct().count();
                out.append("   users on %s when it died: %d; logged in again through Keycloak's session: %d; "
                        .formatted(fault.member(), moved.size(), sessionLogins))
                        .append("asked for the password: %d%n".formatted(prompts));
                if (prompts > 0) {
                    problems.add(prompts + " unplanned password prompts");
                }
                if (sessionLogins < moved.size()) {
                    problems.add((moved.size() - sessionLogins) + " users of the killed node not seen logging in again");
                }
            }
            if (fault.member().startsWith("kc")) {
                var logins = during.stream().filter(e -> e.action() == Ledger.Action.LOGIN_PASSWORD
                        || e.action() == Ledger.Action.LOGIN_SESSION).toList();
                out.append("   logins through Keycloak during the fault: %d (%s)%n".formatted(logins.size(),
                        byAction(logins)));
                if (logins.isEmpty()) {
                    problems.add("no login through Keycloak during the fault");
                }
            }
            if (!fault.note().isEmpty()) {
                out.append("   ").append(fault.note()).append('\n');
            }
            out.append("   reconciliation (signings started during the fault): ").append(reconciliation.summary())
                    .append('\n');
            if (providerStaff) {
                var acceptances = fault.acceptances(events);
                var acceptCheck = AcceptReconciliation.of(acceptances,
                        AcceptReconciliation.onlyTried(acceptances, accepted));
                out.append("   reconciliation (acceptances started during the fault): ").append(acceptCheck.summary())
                        .append('\n');
                if (!acceptCheck.passes()) {
                    problems.add("acceptances lost " + acceptCheck.lost() + ", duplicated " + acceptCheck.duplicated());
                }
            }
            if (fault.name().contains("chain")) {
                var decisions = events.stream().filter(e -> e.action() == Ledger.Action.DECIDE)
                        .filter(e -> e.startedAtMillis() <= fault.backAt()).toList();
                var chainCheck = ChainReconciliation.of(decisions, chain);
                out.append("   reconciliation (the chain): ").append(chainCheck.summary()).append('\n');
                if (!chainCheck.passes()) {
                    problems.add("the chain: " + chainCheck.summary());
                }
            }
            if (!reconciliation.passes()) {
                problems.add("lost " + reconciliation.lost() + ", duplicated " + reconciliation.duplicated());
            }
            if (fault.healthyAt() < 0) {
                problems.add("the topology's health did not come back");
            }
            if (servedAgain < 0) {
                problems.add("a user who saw an error was never served again");
            }
            if (ok == 0) {
                problems.add("no request served during the fault");
            }
            out.append(problems.isEmpty() ? "   PASS\n" : "   FAIL: " + String.join("; ", problems) + "\n");
            passed &= problems.isEmpty();
        }
        var all = Reconciliation.of(events, counts);
        var total = events.stream().filter(e -> e.action() != Ledger.Action.PASSWORD_PROMPT_UNPLANNED).count();
        out.append("== the whole run: %d requests (%s), %d errors seen by users%n".formatted(total, byAction(events),
                events.stream().filter(e -> e.outcome() != Ledger.Outcome.OK).count()));
        out.append("   reconciliation: ").append(all.summary()).append('\n');
        if (!all.lost().isEmpty()) {
            out.append("   lost: ").append(all.lost()).append('\n');
        }
        if (!all.duplicated().isEmpty()) {
            out.append("   duplicated: ").append(all.duplicated()).append('\n');
        }
        if (!all.unexpected().isEmpty()) {
            out.append("   unexpected: ").append(all.unexpected()).append('\n');
        }
        if (all.seenCommitted() == 0) {
            out.append("   no signing was seen committed: the load did not work\n");
        }
        passed &= all.passes() && all.seenCommitted() > 0 && !faults.isEmpty();
        if (providerStaff) {
            var allAccepted = AcceptReconciliation.of(events, accepted);
            out.append("   reconciliation (acceptances): ").append(allAccepted.summary()).append('\n');
            if (!allAccepted.lost().isEmpty()) {
                out.append("   acceptances lost: ").append(allAccepted.lost()).append('\n');
            }
            if (!allAccepted.duplicated().isEmpty()) {
                out.append("   acceptances duplicated: ").append(allAccepted.duplicated()).append('\n');
            }
            if (!allAccepted.unexpected().isEmpty()) {
                out.append("   acceptances unexpected: ").append(allAccepted.unexpected()).append('\n');
            }
            if (allAccepted.seenAccepted() == 0) {
                out.append("   no acceptance was seen: the provider staff's load did not work\n");
            }
            passed &= allAccepted.passes() && allAccepted.seenAccepted() > 0;
        }
        out.append(passed ? "fault test: PASS\n" : "fault test: FAIL\n");
        return new Report(out.toString(), passed);
    }

    private static Map<String, Integer> onlyTried(List<Ledger.Event> signings, Map<String, Integer> counts) {
        var tried = signings.stream().map(Ledger.Event::marker).collect(Collectors.toSet());
        var only = new HashMap<String, Integer>();
        counts.forEach((marker, count) -> {
            if (tried.contains(marker)) {
                only.put(marker, count);
            }
        });
        return only;
    }

    private static String byAction(List<Ledger.Event> events) {
        return events.stream().filter(e -> e.action() != Ledger.Action.PASSWORD_PROMPT_UNPLANNED)
                .collect(Collectors.groupingBy(e -> e.action().name().toLowerCase(java.util.Locale.ROOT),
                        java.util.TreeMap::new, Collectors.counting())).toString();
    }

    private static String seconds(long millis) {
        return millis < 0 ? "never" : "%.1f s".formatted(millis / 1000.0);
    }
}
