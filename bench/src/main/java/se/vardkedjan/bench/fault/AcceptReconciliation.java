package se.vardkedjan.bench.fault;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What provider staff saw accepted against what the database holds, by assignment id: lost is an assignment a user saw
 * accepted that the database does not hold as accepted (its status not accepted or later, or no acceptance in its
 * history); duplicated an assignment whose history holds more than one acceptance; unexpected an assignment accepted
 * in the database during the run that no simulated user tried to accept. An acceptance whose answer the user did not
 * see (uncertain) may be in the database once or not at all. The pass is 0 lost, 0 duplicated, 0 unexpected.
 */
record AcceptReconciliation(int seenAccepted, int uncertain, int uncertainFound, Set<String> lost,
                            Set<String> duplicated, Set<String> unexpected) {

    /** An assignment's state in the database: its status and the acceptances its history holds. */
    record Stored(String status, int acceptances) {

        /** Accepted, or on from there (the fault test's users never start or end one, but a later state is no loss). */
        boolean accepted() {
            return acceptances > 0 && Set.of("ACCEPTED", "RUNNING", "ENDED").contains(status);
        }
    }

    static AcceptReconciliation of(List<Ledger.Event> events, Map<String, Stored> inDatabase) {
        var seen = new TreeSet<String>();
        var uncertain = new TreeSet<String>();
        var tried = new HashSet<String>();
        for (var e : events) {
            if (e.action() != Ledger.Action.ACCEPT_ASSIGNMENT || e.marker().isEmpty()) {
                continue;
            }
            tried.add(e.marker());
            switch (e.outcome()) {
                case OK -> seen.add(e.marker());
                case UNCERTAIN -> uncertain.add(e.marker());
                case ERROR -> { }
            }
        }
        var lost = new TreeSet<String>();
        for (var id : seen) {
            var stored = inDatabase.get(id);
            if (stored == null || !stored.accepted()) {
                lost.add(id);
            }
        }
        var duplicated = new TreeSet<String>();
        var unexpected = new TreeSet<String>();
        inDatabase.forEach((id, stored) -> {
            if (stored.acceptances() > 1) {
                duplicated.add(id);
            }
            if (stored.acceptances() > 0 && !tried.contains(id)) {
                unexpected.add(id);
            }
        });
        int uncertainFound = (int) uncertain.stream()
                .filter(id -> inDatabase.containsKey(id) && inDatabase.get(id).acceptances() > 0).count();
        return new AcceptReconciliation(seen.size(), uncertain.size(), uncertainFound, lost, duplicated, unexpected);
    }

    /** Only the assignments the events tried: a fault's window is judged on its own acceptances. */
    static Map<String, Stored> onlyTried(List<Ledger.Event> events, Map<String, Stored> inDatabase) {
        var tried = new HashSet<String>();
        events.stream().filter(e -> e.action() == Ledger.Action.ACCEPT_ASSIGNMENT).forEach(e -> tried.add(e.marker()));
        var only = new java.util.HashMap<String, Stored>();
        inDatabase.forEach((id, stored) -> {
            if (tried.contains(id)) {
                only.put(id, stored);
            }
        });
        return only;
    }

    boolean passes() {
        return lost.isEmpty() && duplicated.isEmpty() && unexpected.isEmpty();
    }

    String summary() {
        return "%d seen accepted, %d lost, %d duplicated, %d unexpected; %d uncertain (%d of them in the database)"
                .formatted(seenAccepted, lost.size(), duplicated.size(), unexpected.size(), uncertain,
                        uncertainFound);
    }
}
