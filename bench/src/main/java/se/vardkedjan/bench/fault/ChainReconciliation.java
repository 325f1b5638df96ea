package se.vardkedjan.bench.fault;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chain's fault: for each case a user decided (outpatient care granted) while the app was killed in the middle of
 * the decision → assignment → follow-up chain, what the database holds afterwards. A decision the user saw made must
 * be there once, with exactly one assignment draft and one scheduled follow-up of the granted intervention; a decision
 * whose answer the user did not see may be absent (then with no assignment and no follow-up) or there once (then with
 * exactly one of each).
 */
record ChainReconciliation(int seenDecided, int uncertain, Map<String, String> problems) {

    /** What the database holds for a case: decided decisions, assignments, scheduled intervention follow-ups. */
    record Counts(int decisions, int assignments, int followUps) {
    }

    static ChainReconciliation of(List<Ledger.Event> events, Map<String, Counts> counts) {
        var problems = new TreeMap<String, String>();
        int seen = 0;
        int uncertain = 0;
        for (var e : events) {
            if (e.action() != Ledger.Action.DECIDE || e.outcome() == Ledger.Outcome.ERROR) {
                continue;
            }
            var c = counts.getOrDefault(e.marker(), new Counts(0, 0, 0));
            if (e.outcome() == Ledger.Outcome.OK) {
                seen++;
            } else {
                uncertain++;
            }
            boolean none = c.decisions() == 0 && c.assignments() == 0 && c.followUps() == 0;
            boolean exactlyOne = c.decisions() == 1 && c.assignments() == 1 && c.followUps() == 1;
            if (!(exactlyOne || (none && e.outcome() == Ledger.Outcome.UNCERTAIN))) {
                problems.put(e.marker(), "%d decisions, %d assignments, %d scheduled follow-ups"
                        .formatted(c.decisions(), c.assignments(), c.followUps()));
            }
        }
        return new ChainReconciliation(seen, uncertain, problems);
    }

    boolean passes() {
        return problems.isEmpty() && seenDecided > 0;
    }

    String summary() {
        return "%d decisions seen made, %d uncertain; %d with other than exactly one decision, one assignment and one "
                .formatted(seenDecided, uncertain, problems.size()) + "scheduled follow-up"
                + (problems.isEmpty() ? "" : ": " + problems);
    }
}
