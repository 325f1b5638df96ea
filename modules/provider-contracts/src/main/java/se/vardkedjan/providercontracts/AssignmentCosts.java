package se.vardkedjan.providercontracts;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.organisation.District;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.organisation.OrganisationUnit;
import se.vardkedjan.providercontracts.access.AssignmentAccess;
import se.vardkedjan.providercontracts.domain.Pricing;
import se.vardkedjan.providercontracts.persistence.CostRows;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cost of what providers reported, priced by the assignments' contracts (ADR 0026): care days × the care-day
 * price, hours × the hour price, a month's price pro rata of the days counted in the calendar month, a fixed price once
 * per assignment (in the month of its first counted day). Money in öre. Read by the case staff for one assignment
 * (logged as a read of the case), by unit managers (their units), analysts and administrators summed by type, method,
 * provider, unit, district or month, and by the provider for its own months; follow-up reads it here. The sums carry no
 * personal data.
 */
@Service
public class AssignmentCosts {

    static final String COST = "ASSIGNMENT_COST";
    /** The longest span one question sums over. */
    static final int MAX_MONTHS = 36;
    static final String FROM = "providercontracts.reports.cost.from";
    static final String TO = "providercontracts.reports.cost.to";

    private final CostRows costs;
    private final AssignmentAccess access;
    private final Organisation organisation;

    public AssignmentCosts(CostRows costs, AssignmentAccess access, Organisation organisation) {
        this.costs = costs;
        this.access = access;
        this.organisation = organisation;
    }

    /** The cost of one assignment, per month and in all. Logged as a read of the case ({@code ASSIGNMENT_COST}). */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public AssignmentCost ofAssignment(AssignmentId id) {
        access.openForCaseStaff(id, AccessKind.READ, COST);
        return cost(id);
    }

    /**
     * The cost of one of the signed-in provider's own assignments, per month and in all: what the provider is paid for
     * it. Refused (and the refusal logged) for an assignment of another provider, as every provider read is; logged as
     * a read of the case ({@code ASSIGNMENT_COST}).
     */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentCost ofOwnAssignment(AssignmentId id) {
        access.openForProvider(id, AccessKind.READ, COST);
        return cost(id);
    }

    private AssignmentCost cost(AssignmentId id) {
        var price = costs.price(id);
        var months = priced(costs.months(CostRows.Filter.assignment(id), YearMonth.of(1900, 1),
                YearMonth.of(2199, 12)));
        var list = months.stream().map(m -> new AssignmentCost.Month(m.row().month(), m.row().days(),
                m.row().hours(), m.costOre())).toList();
        return new AssignmentCost(id, price.map(p -> (PriceUnit) p[0]).orElse(null),
                price.map(p -> (Long) p[1]).orElse(0L), list,
                list.stream().mapToLong(AssignmentCost.Month::costOre).sum());
    }

    /**
     * The cost of one provider's assignments in one calendar month: what the benchmark times ("a month's cost per
     * provider"). A unit manager's sum covers the cases of their units only.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST, Roles.ADMINISTRATOR})
    public ProviderMonthCost providerMonth(ProviderId provider, YearMonth month) {
        var rows = priced(costs.months(new CostRows.Filter(null, provider, unitsSeen()), month, month));
        return new ProviderMonthCost(provider, month, rows.stream().mapToLong(Priced::costOre).sum(),
                rows.stream().mapToLong(p -> p.row().days()).sum(),
                rows.stream().map(p -> p.row().hours()).reduce(BigDecimal.ZERO, BigDecimal::add),
                (int) rows.stream().map(p -> p.row().assignmentId()).distinct().count());
    }

    /**
     * The cost from the first day of {@code from} to the end of {@code to} (at most 36 months), summed by the
     * dimension, largest first (by month: in month order). A unit manager's sums cover the cases of their units only.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST, Roles.ADMINISTRATOR})
    public List<CostSum> costsBy(CostDimension by, YearMonth from, YearMonth to) {
        checkSpan(from, to);
        var rows = priced(costs.months(new CostRows.Filter(null, null, unitsSeen()), from, to));
        Function<Priced, String> key;
        Map<String, String> names = new TreeMap<>();
        switch (by) {
            case INTERVENTION_TYPE -> key = p -> p.row().interventionType();
            case METHOD -> key = p -> p.row().method() == null ? "" : p.row().method();
            case PROVIDER -> {
                key = p -> p.row().provider().value().toString();
                rows.forEach(p -> names.put(p.row().provider().value().toString(), p.row().providerName()));
            }
            case UNIT -> key = p -> p.row().unit() == null ? "" : p.row().unit();
            case DISTRICT -> {
                var districtOf = organisation.units().stream().collect(Collectors.toMap(u -> u.code().value(),
                        OrganisationUnit::districtCode, (a, b) -> a));
                names.putAll(organisation.districts().stream().collect(Collectors.toMap(District::code,
                        District::name, (a, b) -> a)));
                key = p -> p.row().unit() == null ? "" : districtOf.getOrDefault(p.row().unit(), "");
            }
            case MONTH -> key = p -> p.row().month().toString();
            default -> throw new IllegalStateException();
        }
        var sums = sum(rows, key, names);
        if (by != CostDimension.MONTH) {
            sums.sort(Comparator.comparingLong(CostSum::costOre).reversed().thenComparing(CostSum::key));
        }
        return sums;
    }

    /** The signed-in provider's own costs per month (its organisations' assignments), from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public List<CostSum> ownMonthlyCosts(YearMonth from, YearMonth to) {
        checkSpan(from, to);
        var rows = new ArrayList<Priced>();
        for (var code : access.actor().providerOrganisations()) {
            costs.providerWithCode(code.value()).ifPresent(provider -> rows.addAll(priced(costs.months(
                    CostRows.Filter.provider(provider), from, to))));
        }
        return sum(rows, p -> p.row().month().toString(), Map.of());
    }

    // ---- Inside

    private record Priced(CostRows.Month row, long costOre) {
    }

    private List<Priced> priced(List<CostRows.Month> rows) {
        var fixed = rows.stream().filter(r -> r.priceUnit() == PriceUnit.FIXED).map(CostRows.Month::assignmentId)
                .collect(Collectors.toSet());
        var first = costs.firstCountedDays(fixed);
        return rows.stream().map(r -> new Priced(r, Pricing.cost(r.priceUnit(), r.priceOre(), r.month(), r.days(),
                r.hours(), first.containsKey(r.assignmentId())
                        && YearMonth.from(first.get(r.assignmentId())).equals(r.month())))).toList();
    }

    private static List<CostSum> sum(List<Priced> rows, Function<Priced, String> key, Map<String, String> names) {
        var groups = new LinkedHashMap<String, List<Priced>>();
        rows.forEach(p -> groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        var sums = new ArrayList<CostSum>();
        groups.forEach((k, group) -> sums.add(new CostSum(k, names.getOrDefault(k, k),
                group.stream().mapToLong(Priced::costOre).sum(), group.stream().mapToLong(p -> p.row().days()).sum(),
                group.stream().map(p -> p.row().hours()).reduce(BigDecimal.ZERO, BigDecimal::add),
                (int) group.stream().map(p -> p.row().assignmentId()).distinct().count())));
        return sums;
    }

    /** The units whose cases a unit manager's sums cover; null (all) for analysts and administrators. */
    private Set<String> unitsSeen() {
        var actor = access.actor();
        if (actor.hasRole(Roles.ANALYST) || actor.hasRole(Roles.ADMINISTRATOR)) {
            return null;
        }
        var units = new HashSet<String>();
        actor.units().stream().map(UnitCode::value).forEach(units::add);
        return units;
    }

    private static void checkSpan(YearMonth from, YearMonth to) {
        if (from == null) {
            throw RuleViolation.forField(FROM, "providercontracts.error.text-required", FROM);
        }
        if (to == null) {
            throw RuleViolation.forField(TO, "providercontracts.error.text-required", TO);
        }
        if (to.isBefore(from)) {
            throw RuleViolation.forField(TO, "providercontracts.reports.error.period-order");
        }
        if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS || from.getYear() < 1900 || to.getYear() > 2199) {
            throw RuleViolation.forField(TO, "providercontracts.reports.error.span-too-long", MAX_MONTHS);
        }
    }
}
