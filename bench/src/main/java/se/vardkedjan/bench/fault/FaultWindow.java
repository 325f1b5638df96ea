package se.vardkedjan.bench.fault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One fault as deploy/fault-test ran it (a line of its faults file: name, member killed, when it was killed, when the
 * topology's health said healthy again, when the killed member was back, and a note of the test's) and what the
 * ledger says of it. A fault whose name says "chain" is the decision → assignment → follow-up chain's.
 */
record FaultWindow(String name, String member, long killedAt, long healthyAt, long backAt, String note) {

    FaultWindow(String name, String member, long killedAt, long healthyAt, long backAt) {
        this(name, member, killedAt, healthyAt, backAt, "");
    }


    static List<FaultWindow> read(Path file) throws java.io.IOException {
        var faults = new ArrayList<FaultWindow>();
        for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var f = line.split("\t");
            faults.add(new FaultWindow(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                    f.length > 5 ? f[5] : ""));
        }
        return faults;
    }

    /** The actions users started between the kill and the member's return. */
    List<Ledger.Event> during(List<Ledger.Event> events) {
        return events.stream().filter(e -> e.startedAtMillis() >= killedAt && e.startedAtMillis() <= backAt)
                .filter(e -> e.action() != Ledger.Action.PASSWORD_PROMPT_UNPLANNED).toList();
    }

    /** What users saw go wrong between the kill and the member's return. */
    List<Ledger.Event> errors(List<Ledger.Event> events) {
        return events.stream().filter(e -> e.endedAtMillis() >= killedAt && e.startedAtMillis() <= backAt)
                .filter(e -> e.outcome() != Ledger.Outcome.OK).toList();
    }

    /**
     * Milliseconds from the kill until every user who saw an error in the window had an action succeed again after
     * their last error (0 when no user saw one); -1 when some user never did.
     */
    long usersServedAgainAfter(List<Ledger.Event> events) {
        var errors = errors(events);
        long recovered = killedAt;
        for (var user : errors.stream().map(Ledger.Event::user).collect(Collectors.toCollection(LinkedHashSet::new))) {
            long lastError = errors.stream().filter(e -> e.user().equals(user))
                    .mapToLong(Ledger.Event::endedAtMillis).max().orElse(killedAt);
            var nextOk = events.stream().filter(e -> e.user().equals(user) && e.outcome() == Ledger.Outcome.OK)
                    .filter(e -> e.endedAtMillis() > lastError).min(Comparator.comparingLong(Ledger.Event::endedAtMillis));
            if (nextOk.isEmpty()) {
                return -1;
            }
            recovered = Math.max(recovered, nextOk.get().endedAtMillis());
        }
        return recovered - killedAt;
    }

    /**
     * The users whose last action before the kill was answered by the killed member (app nodes only) and who went on
     * working after it (a user whose work was done before the kill, such as the chain's decider, has no reason to log
     * in again).
     */
    Set<String> usersOn(String node, List<Ledger.Event> events) {
        var users = new LinkedHashSet<String>();
        for (var user : events.stream().filter(e -> e.endedAtMillis() > killedAt).map(Ledger.Event::user)
                .collect(Collectors.toCollection(LinkedHashSet::new))) {
            events.stream().filter(e -> e.user().equals(user) && e.endedAtMillis() < killedAt && !e.node().isEmpty())
                    .max(Comparator.comparingLong(Ledger.Event::endedAtMillis))
                    .filter(e -> e.node().equals(node)).ifPresent(e -> users.add(user));
        }
        return users;
    }

    /** The signings users started in the window. */
    List<Ledger.Event> signings(List<Ledger.Event> events) {
        return during(events).stream().filter(e -> e.action() == Ledger.Action.SIGN_ENTRY).toList();
    }

    /** The acceptances provider staff started in the window. */
    List<Ledger.Event> acceptances(List<Ledger.Event> events) {
        return during(events).stream().filter(e -> e.action() == Ledger.Action.ACCEPT_ASSIGNMENT).toList();
    }
}
