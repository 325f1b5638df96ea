package se.vardkedjan.bench;

import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.casehandling.readmodel.CaseWorkItem;
import se.vardkedjan.casehandling.readmodel.CaseworkerWorkload;
import se.vardkedjan.casehandling.readmodel.PersonSearch;
import se.vardkedjan.sharedkernel.CaseId;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a measured call must have answered. A fast wrong answer (an empty page, a search that found nobody, another
 * case's summary) must not count as a fast answer: the benchmark checks every answer, outside the timing, and stops
 * with the reason when one is wrong.
 */
final class Answers {

    private Answers() {
    }

    /** A search for a number or a name taken from the register finds the person, or says a protected one matched. */
    static PersonSearch search(Object answer, String term) {
        var search = (PersonSearch) Objects.requireNonNull(answer, "search");
        require(!search.hits().isEmpty() || search.protectedPersonMatched(),
                "the search for '" + term + "', a term from the register, found nobody");
        return search;
    }

    /** A case page part: the summary is the case asked for; every other part answers something. */
    static void casePart(String part, Object answer, CaseId caseId) {
        require(answer != null, part + " answered nothing for case " + caseId.value());
        if (answer instanceof CaseSummary summary) {
            require(summary.caseId().equals(caseId), part + " answered case " + summary.caseId().value()
                    + " for case " + caseId.value());
        }
    }

    /** A page of a list that has at least one page. */
    static List<?> page(String what, Object answer) {
        var page = (List<?>) Objects.requireNonNull(answer, what);
        require(!page.isEmpty(), what + " answered an empty page");
        require(page.size() <= 50, what + " answered more than a page: " + page.size());
        return page;
    }

    /** A list filtered by a client's name: not empty, and every named row carries each word of the name. */
    static void filtered(String what, Object answer, String name) {
        for (var item : page(what, answer)) {
            var row = (CaseListItem) item;
            if (row.personName() == null) {
                continue;
            }
            for (var word : name.split("\\s+")) {
                require(plain(row.personName()).contains(plain(word)),
                        what + " answered a row without '" + word + "' in its name");
            }
        }
    }

    /** "My cases": not empty, and every row the user's own. */
    static void mine(String what, Object answer, String username) {
        for (var item : page(what, answer)) {
            require(username.equals(((CaseListItem) item).responsible()),
                    what + " answered a case of " + ((CaseListItem) item).responsible());
        }
    }

    /** A start page's items are about cases. */
    static void workItems(String what, Object answer) {
        var items = (List<?>) Objects.requireNonNull(answer, what);
        for (var item : items) {
            require(item instanceof CaseWorkItem work && work.caseId() != null,
                    what + " answered an item without a case");
        }
    }

    /** The unit manager's workload names the unit's caseworkers. */
    static void workload(String what, List<CaseworkerWorkload> workload) {
        require(!workload.isEmpty(), what + " answered no caseworker");
        require(workload.stream().allMatch(row -> row.username() != null && row.openCases() >= 0),
                what + " answered a row without a caseworker");
    }

    /** The Uppdrag tab: the case's assignments (the measured cases have some), none of another case. */
    static void caseAssignments(List<se.vardkedjan.providercontracts.AssignmentView> answer, CaseId caseId) {
        require(answer != null && !answer.isEmpty(), "the Uppdrag tab of case " + caseId.value()
                + ", which has assignments, answered none");
        require(answer.stream().allMatch(view -> view.caseId().equals(caseId)),
                "the Uppdrag tab of case " + caseId.value() + " answered another case's assignment");
    }

    /** A provider's read of one assignment: the one asked for, addressed to the provider. */
    static void providerAssignment(ProviderContractsBenchmark.ProviderSample sample, Object answer) {
        var view = (se.vardkedjan.providercontracts.AssignmentView) Objects.requireNonNull(answer, "assignment");
        require(view.id().equals(sample.assignment()), "the provider asked for assignment "
                + sample.assignment().value() + " and got " + view.id().value());
        require(sample.provider().equals(view.providerId()), "the provider got an assignment of another provider");
    }

    /** A provider's start page items: each about an assignment, never naming a client. */
    static void providerWorkItems(ProviderContractsBenchmark.ProviderSample sample, Object answer) {
        var items = (List<?>) Objects.requireNonNull(answer, "work items");
        for (var item : items) {
            require(item instanceof se.vardkedjan.providercontracts.AssignmentWorkItem work
                            && work.assignmentId() != null && work.clientName() == null && work.caseId() == null,
                    "the provider's start page answered an item without an assignment, or naming a case");
        }
    }

    /**
     * The provider's inbox page: at most a page, newest sent first, every row in the tab's states and naming no client
     * (the item has no field for one), and the tab's total as counted in plain SQL before the run.
     */
    static void providerInbox(ProviderContractsBenchmark.ProviderSample sample,
                              se.vardkedjan.providercontracts.ProviderAssignmentGroup group, Object answer) {
        var page = (se.vardkedjan.providercontracts.ProviderAssignmentPage) Objects.requireNonNull(answer, "inbox");
        require(page.total() == sample.groupTotals().get(group), "the inbox tab " + group + " said " + page.total()
                + " assignments, the database holds " + sample.groupTotals().get(group));
        require(page.items().size() == Math.min(25, page.total()), "the inbox tab " + group + " showed "
                + page.items().size() + " rows of " + page.total());
        java.time.Instant previous = null;
        for (var item : page.items()) {
            require(group.states().contains(item.status()), "the inbox tab " + group + " showed a " + item.status());
            require(previous == null || !item.sentAt().isAfter(previous), "the inbox is not newest sent first");
            previous = item.sentAt();
        }
    }

    /**
     * A month's cost per provider: the provider and month asked for, every assignment with counted days in the month
     * (counted in plain SQL with no condition on the assignment's dates), and a cost when there are days.
     */
    static void providerCost(ProviderContractsBenchmark.ProviderSample sample, Object answer) {
        var cost = (se.vardkedjan.providercontracts.ProviderMonthCost) Objects.requireNonNull(answer, "cost");
        require(cost.provider().equals(sample.provider()) && cost.month().equals(sample.month()),
                "the cost answered for another provider or month");
        require(cost.assignments() == sample.costedAssignments(), "the month's cost counted " + cost.assignments()
                + " assignments, " + sample.costedAssignments() + " have counted days in " + sample.month());
        require(cost.assignments() == 0 || cost.days() > 0, "the month's cost has assignments but no days");
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static void require(boolean holds, String wrong) {
        if (!holds) {
            throw new IllegalStateException("A measured call answered wrongly: " + wrong);
        }
    }
}
