package se.vardkedjan.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.accesslog.Refusals;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.followup.group.AgeGroup;
import se.vardkedjan.followup.group.Choice;
import se.vardkedjan.followup.group.Dimension;
import se.vardkedjan.followup.group.GroupFilter;
import se.vardkedjan.followup.group.GroupTable;
import se.vardkedjan.followup.group.Measure;
import se.vardkedjan.followup.group.Sex;
import se.vardkedjan.followup.group.domain.SmallCellSuppression;
import se.vardkedjan.followup.group.persistence.GroupRows;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.UnitCode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Group follow-up for unit managers and analysts (issue 13, ADR 0031): tables of figures from the summaries, filtered,
 * small cells suppressed. An analyst sees every unit, in aggregate only; a unit manager sees their own units, and
 * also per caseworker and the cases behind a missing documentation flag (through case handling's door, logged).
 */
@Service
public class GroupFollowUp {

    /** The access-log code of the drill-down to the cases that lack a documentation flag. */
    public static final String DRILL_DOWN = "GROUP_FOLLOW_UP_CASES";

    /** The documentation flags, in the views' order (IVO's checklist as the register knows it). */
    public static final List<String> FLAGS = GroupRows.FLAGS;

    /** The most cases {@link #casesLacking} lists at once, the oldest first. */
    public static final int DRILL_DOWN_LIMIT = GroupRows.DRILL_DOWN_LIMIT;

    /** The key of the documentation table's column of cases. */
    public static final String CASES = "cases";

    private final GroupRows rows;
    private final CurrentActor currentActor;
    private final Refusals refusals;
    private final CaseDoor door;
    private final Clock clock;

    GroupFollowUp(GroupRows rows, CurrentActor currentActor, Refusals refusals, CaseDoor door, Clock clock) {
        this.rows = rows;
        this.currentActor = currentActor;
        this.refusals = refusals;
        this.door = door;
        this.clock = clock;
    }

    /**
     * A case behind a missing flag, as the unit manager's drill-down lists it: its id (to open the case page), the
     * client's name ({@code null} for a person with protected identity, whose name is never listed), the day it was
     * received and its responsible caseworker ({@code null} if none).
     */
    public record LackingCase(CaseId caseId, String clientName, java.time.LocalDate receivedOn, String responsible) {
    }

    /**
     * A measure's table by a row and a column dimension (NONE for one column), with totals, small cells suppressed.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied for figures per caseworker asked by someone who is not a unit
     *                                                 manager (recorded)
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST})
    public GroupTable table(Measure measure, Dimension rowDimension, Dimension columnDimension, GroupFilter filter) {
        var actor = currentActor.require();
        if (rowDimension == Dimension.NONE) {
            throw new RuleViolation("followup.group.error.dimension");
        }
        if (!GroupRows.splits(measure, rowDimension) || !GroupRows.splits(measure, columnDimension)
                || rowDimension == columnDimension) {
            throw new RuleViolation("followup.group.error.dimension");
        }
        var units = scope(actor, rowDimension == Dimension.CASEWORKER || columnDimension == Dimension.CASEWORKER);
        var settings = rows.settings();
        var figures = rows.figures(measure, rowDimension, columnDimension, filter, units, settings);
        var table = tabulate(measure.name(), rowDimension, columnDimension, figures, settings.minimumPersons());
        if (measure.needsReliableChangeThreshold() && !rows.hasReliableChangeThreshold(measure.instrument())) {
            // no published threshold: no one can be called reliably improved, so there is no share to show, not 0 %
            return notAvailable(table);
        }
        return table;
    }

    private static GroupTable notAvailable(GroupTable table) {
        var tableRows = table.rows().stream().map(row -> new GroupTable.Row(row.key(),
                row.cells().stream().map(cell -> GroupTable.Cell.NOT_AVAILABLE).toList())).toList();
        return new GroupTable(table.measure(), table.rowDimension(), table.columnDimension(), table.columns(),
                tableRows, table.rowTotal(), table.columnTotal(), table.minimum());
    }

    /**
     * The documentation flags of the cases with a granted intervention open in the period, by unit or (for a unit
     * manager's own units) by caseworker: each flag's share in per cent, with the cases; small rows suppressed.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST})
    public GroupTable documentation(Dimension rowDimension, GroupFilter filter) {
        var actor = currentActor.require();
        if (rowDimension != Dimension.UNIT && rowDimension != Dimension.CASEWORKER
                && rowDimension != Dimension.DISTRICT) {
            throw new RuleViolation("followup.group.error.dimension");
        }
        var units = scope(actor, rowDimension == Dimension.CASEWORKER);
        var figures = rows.quality(rowDimension, filter, units);
        int minimum = rows.settings().minimumPersons();
        var body = figures.stream().filter(f -> !f.total()).sorted((a, b) -> a.row().compareTo(b.row())).toList();
        var total = figures.stream().filter(GroupRows.QualityFigure::total).findFirst();
        var persons = new long[body.size() + 1][1];
        for (int i = 0; i < body.size(); i++) {
            persons[i][0] = body.get(i).persons();
        }
        persons[body.size()][0] = total.map(GroupRows.QualityFigure::persons).orElse(0L);
        var hidden = new SmallCellSuppression(minimum).suppress(persons, false, true);
        var columns = new ArrayList<String>();
        columns.add(CASES);
        columns.addAll(FLAGS);
        var tableRows = new ArrayList<GroupTable.Row>();
        for (int i = 0; i <= body.size(); i++) {
            var figure = i < body.size() ? Optional.of(body.get(i)) : total;
            var cells = new ArrayList<GroupTable.Cell>();
            boolean suppressed = hidden[i][0];
            cells.add(suppressed ? GroupTable.Cell.SUPPRESSED
                    : GroupTable.Cell.of(BigDecimal.valueOf(figure.map(GroupRows.QualityFigure::cases).orElse(0L))));
            for (int f = 0; f < FLAGS.size(); f++) {
                int flag = f;
                cells.add(suppressed ? GroupTable.Cell.SUPPRESSED
                        : GroupTable.Cell.of(figure.map(q -> q.shares().get(flag)).orElse(BigDecimal.ZERO)));
            }
            tableRows.add(new GroupTable.Row(i < body.size() ? body.get(i).row() : GroupTable.TOTAL, cells));
        }
        return new GroupTable("DOCUMENTATION", rowDimension, Dimension.NONE, columns, tableRows, true, false,
                minimum);
    }

    /**
     * The cases of one of the unit manager's own units that lack a documentation flag (the drill-down): only those
     * case handling's rule lets them see, each read logged. Analysts get no cases; another unit is refused; both
     * refusals are recorded.
     */
    @Transactional
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST})
    public List<LackingCase> casesLacking(UnitCode unit, String flag, GroupFilter filter) {
        var actor = currentActor.require();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw refusals.refuse(AccessKind.READ, DRILL_DOWN, Target.of("UNIT", unit.value()).in(unit),
                    Reason.ROLE);
        }
        if (!actor.belongsTo(unit)) {
            throw refusals.refuse(AccessKind.READ, DRILL_DOWN, Target.of("UNIT", unit.value()).in(unit),
                    Reason.OUTSIDE_UNITS);
        }
        if (!FLAGS.contains(flag)) {
            throw new RuleViolation("followup.group.error.unknown-code");
        }
        var found = rows.casesLacking(unit.value(), flag, filter);
        var facts = door.visibleTo(actor, found.stream().map(r -> new CaseId(r.caseId())).toList());
        var names = door.logReadsAndNames(actor, facts, DRILL_DOWN, Purpose.SUPERVISION);
        var visible = new java.util.HashSet<CaseId>();
        facts.forEach(f -> visible.add(f.caseId()));
        return found.stream().filter(r -> visible.contains(new CaseId(r.caseId())))
                .map(r -> new LackingCase(new CaseId(r.caseId()), names.get(new CaseId(r.caseId())), r.receivedOn(),
                        r.responsible()))
                .toList();
    }

    /** When the summaries were last built; empty before the first time. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST, Roles.ADMINISTRATOR})
    public Optional<Instant> lastRefresh() {
        return rows.lastRefresh();
    }

    /**
     * The year's cost per district and in total against the budget an administrator set for the municipality or the
     * district ({@code interventionType} '' for every type), with the share used; cost resting on too few persons
     * suppressed. For the districts of the group view's district filter (none: the whole municipality against its
     * budget): only their cost, and the total against the sum of their own budgets (none unless each of them has
     * one), not the municipality's budget.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST})
    public GroupTable budget(int year, String interventionType, Set<String> districts) {
        var actor = currentActor.require();
        if (year < 2000 || year > 2100 || interventionType == null
                || !(interventionType.isEmpty() || interventionType.matches("[A-Z][A-Z_]{1,31}"))
                || districts == null || !districts.stream().allMatch(d -> d != null
                && d.matches("[a-z0-9][a-z0-9-]{0,63}"))) {
            throw new RuleViolation("followup.group.error.unknown-code");
        }
        var units = scope(actor, false);
        var figures = rows.budgetAgainstCost(year, interventionType, units, districts);
        int minimum = rows.settings().minimumPersons();
        var body = figures.stream().filter(f -> !f.total()).toList();
        var total = figures.stream().filter(GroupRows.BudgetFigure::total).findFirst();
        var persons = new long[body.size() + 1][1];
        for (int i = 0; i < body.size(); i++) {
            persons[i][0] = body.get(i).persons();
        }
        persons[body.size()][0] = total.map(GroupRows.BudgetFigure::persons).orElse(0L);
        var hidden = new SmallCellSuppression(minimum).suppress(persons, false, true);
        var tableRows = new ArrayList<GroupTable.Row>();
        for (int i = 0; i <= body.size(); i++) {
            var figure = i < body.size() ? Optional.of(body.get(i)) : total;
            var budget = figure.map(GroupRows.BudgetFigure::budget).map(BigDecimal::valueOf).orElse(null);
            var cost = figure.map(GroupRows.BudgetFigure::cost).orElse(BigDecimal.ZERO);
            var cells = new ArrayList<GroupTable.Cell>();
            cells.add(budget == null ? new GroupTable.Cell(null, false) : GroupTable.Cell.of(budget));
            cells.add(hidden[i][0] ? GroupTable.Cell.SUPPRESSED : GroupTable.Cell.of(cost));
            cells.add(hidden[i][0] || budget == null || budget.signum() == 0 ? (hidden[i][0]
                    ? GroupTable.Cell.SUPPRESSED : new GroupTable.Cell(null, false))
                    : GroupTable.Cell.of(cost.multiply(BigDecimal.valueOf(100))
                    .divide(budget, 1, java.math.RoundingMode.HALF_UP)));
            tableRows.add(new GroupTable.Row(i < body.size() ? body.get(i).district() : GroupTable.TOTAL, cells));
        }
        return new GroupTable("BUDGET", Dimension.DISTRICT, Dimension.NONE, List.of("budget", "cost", "used"),
                tableRows, true, false, minimum);
    }

    /** Sets the budget of a year, for the municipality ('' district) or a district, every type ('') or one. */
    @Transactional
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void setBudget(int year, String district, String interventionType, long amountKr) {
        var actor = currentActor.require();
        if (year < 2000 || year > 2100) {
            throw RuleViolation.forField("followup.group.budget.year", "followup.group.error.year");
        }
        if (amountKr < 0) {
            throw RuleViolation.forField("followup.group.budget.amount", "followup.group.error.amount");
        }
        if (district == null || !(district.isEmpty() || district.matches("[a-z0-9][a-z0-9-]{0,63}"))
                || interventionType == null
                || !(interventionType.isEmpty() || interventionType.matches("[A-Z][A-Z_]{1,31}"))) {
            throw new RuleViolation("followup.group.error.unknown-code");
        }
        rows.setBudget(year, district, interventionType, amountKr, actor.username(), clock.instant());
    }

    /** The providers and methods the filters offer (from the summaries). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST})
    public Map<String, List<Choice>> choices(boolean swedish) {
        return Map.of("providers", choices(rows.providers()), "methods", choices(rows.methods(swedish)));
    }

    private static List<Choice> choices(List<GroupRows.Choice> found) {
        return found.stream().map(c -> new Choice(c.code(), c.name())).toList();
    }

    /** Whether a dimension can split a measure. */
    public static boolean splits(Measure measure, Dimension dimension) {
        return GroupRows.splits(measure, dimension);
    }

    /**
     * The units whose figures the actor sees: every unit for an analyst (null), a unit manager's own units otherwise.
     * Figures per caseworker are staff data of the unit manager's own units only: an analyst is refused them.
     */
    private Collection<String> scope(Actor actor, boolean perCaseworker) {
        if (perCaseworker) {
            if (!actor.hasRole(Roles.UNIT_MANAGER)) {
                throw refusals.refuse(AccessKind.READ, "GROUP_FOLLOW_UP_CASEWORKERS", null, Reason.ROLE);
            }
            return actor.units().stream().map(UnitCode::value).collect(Collectors.toSet());
        }
        if (actor.hasRole(Roles.ANALYST)) {
            return null;
        }
        return actor.units().stream().map(UnitCode::value).collect(Collectors.toSet());
    }

    /** Lays the figures out as a table: rows and columns by key (every sex and age group), totals, suppression. */
    private static GroupTable tabulate(String measure, Dimension rowDimension, Dimension columnDimension,
                               List<GroupRows.Figure> figures, int minimum) {
        var rowKeys = new TreeSet<String>();
        var columnKeys = new LinkedHashSet<String>(fixedKeys(columnDimension));
        var columnSeen = new TreeSet<String>();
        Map<String, GroupRows.Figure> byCell = new HashMap<>();
        for (var figure : figures) {
            if (!figure.rowTotal()) {
                rowKeys.add(figure.row());
            }
            if (!figure.columnTotal()) {
                columnSeen.add(figure.column());
            }
            String row = figure.rowTotal() ? GroupTable.TOTAL : figure.row();
            String column = figure.columnTotal() ? GroupTable.TOTAL : figure.column();
            byCell.put(row + "\u0000" + column, figure);
        }
        if (columnDimension == Dimension.NONE) {
            columnKeys.clear();
            columnKeys.add("ALL");
        } else {
            columnKeys.addAll(columnSeen);
        }
        var columns = new ArrayList<>(columnKeys);
        boolean withColumnTotal = columnDimension != Dimension.NONE;
        if (withColumnTotal) {
            columns.add(GroupTable.TOTAL);
        }
        var rowList = new ArrayList<>(rowKeys);
        rowList.add(GroupTable.TOTAL);
        var persons = new long[rowList.size()][columns.size()];
        for (int r = 0; r < rowList.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                var figure = byCell.get(rowList.get(r) + "\u0000" + columns.get(c));
                persons[r][c] = figure == null ? 0 : figure.persons();
            }
        }
        var hidden = new SmallCellSuppression(minimum).suppress(persons, withColumnTotal, true);
        var kind = Measure.valueOf(measure);
        boolean zeroWhenEmpty = kind.kind() != Measure.Kind.CHANGE && kind != Measure.COST_PER_IMPROVED;
        var tableRows = new ArrayList<GroupTable.Row>();
        for (int r = 0; r < rowList.size(); r++) {
            var cells = new ArrayList<GroupTable.Cell>();
            for (int c = 0; c < columns.size(); c++) {
                var figure = byCell.get(rowList.get(r) + "\u0000" + columns.get(c));
                // a mean or a cost per client improved over no one is no figure, not zero
                boolean undefined = (figure == null || figure.value() == null) && !zeroWhenEmpty;
                cells.add(hidden[r][c] ? GroupTable.Cell.SUPPRESSED : undefined ? new GroupTable.Cell(null, false)
                        : GroupTable.Cell.of(figure == null || figure.value() == null ? BigDecimal.ZERO
                        : figure.value()));
            }
            tableRows.add(new GroupTable.Row(rowList.get(r), cells));
        }
        return new GroupTable(measure, rowDimension, columnDimension, columns, tableRows, true, withColumnTotal,
                minimum);
    }

    private static List<String> fixedKeys(Dimension dimension) {
        return switch (dimension) {
            case SEX -> Arrays.stream(Sex.values()).filter(s -> s != Sex.UNKNOWN).map(Sex::name).toList();
            case AGE_GROUP -> Arrays.stream(AgeGroup.values()).map(AgeGroup::code).toList();
            default -> List.of();
        };
    }
}
