package se.vardkedjan.bench.fault;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the users saw signed against what the database holds, by marker (each signing has its own): lost is a marker
 * a user saw signed that the database lacks; duplicated a marker the database holds more than once; unexpected a
 * marker in the database no user ever tried to sign. A signing whose answer the user did not see (uncertain) may be in
 * the database once or not at all. The pass is 0 lost, 0 duplicated, 0 unexpected.
 */
record Reconciliation(int seenCommitted, int uncertain, int uncertainFound, Set<String> lost,
                      Set<String> duplicated, Set<String> unexpected) {

    static Reconciliation of(List<Ledger.Event> signings, Map<String, Integer> countsInDatabase) {
        var committed = new TreeSet<String>();
        var uncertain = new TreeSet<String>();
        var tried = new HashSet<String>();
        for (var e : signings) {
            if (e.action() != Ledger.Action.SIGN_ENTRY || e.marker().isEmpty()) {
                continue;
            }
            tried.add(e.marker());
            switch (e.outcome()) {
                case OK -> committed.add(e.marker());
                case UNCERTAIN -> uncertain.add(e.marker());
                case ERROR -> { }
            }
        }
        var lost = new TreeSet<String>();
        for (var m : committed) {
            if (countsInDatabase.getOrDefault(m, 0) == 0) {
                lost.add(m);
            }
        }
        var duplicated = new TreeSet<String>();
        var unexpected = new TreeSet<String>();
        countsInDatabase.forEach((marker, count) -> {
            if (count > 1) {
                duplicated.add(marker);
            }
            if (count > 0 && !tried.contains(marker)) {
                unexpected.add(marker);
            }
        });
        int uncertainFound = (int) uncertain.stream().filter(m -> countsInDatabase.getOrDefault(m, 0) > 0).count();
        return new Reconciliation(committed.size(), uncertain.size(), uncertainFound, lost, duplicated, unexpected);
    }

    boolean passes() {
        return lost.isEmpty() && duplicated.isEmpty() && unexpected.isEmpty();
    }

    String summary() {
        return "%d seen committed, %d lost, %d duplicated, %d unexpected; %d uncertain (%d of them in the database)"
                .formatted(seenCommitted, lost.size(), duplicated.size(), unexpected.size(), uncertain,
                        uncertainFound);
    }
}
