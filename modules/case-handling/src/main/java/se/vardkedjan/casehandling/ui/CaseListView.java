package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CaseListQuery;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.ViewClock;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * "My cases" and the units' cases: a lazy, paged, sortable list filtered by status, deadline and person. "My cases"
 * also shows what needs watching: near or passed investigation deadlines, and cases where the client may demand a
 * decision. The view holds only the filter fields; rows come from the facade page by page.
 */
@Route("arenden")
@Menu(order = 10, title = "casehandling.menu.cases", icon = "vaadin:folder-open")
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
class CaseListView extends VerticalLayout implements HasDynamicTitle {

    private final CaseHandling caseHandling;
    private final CarePlans carePlans;
    private final Decisions decisions;
    private final ViewClock clock;
    private final boolean unitManager;
    private final Tabs scope;
    private final Tab mine;
    private final MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>();
    private final DatePicker deadlineBefore = new DatePicker();
    private final TextField person = new TextField();
    /** The person filter the list uses: the field's last value that the rule accepted. */
    private String personTerm;
    /** The deadline filter the list uses, likewise. */
    private LocalDate deadlineTerm;
    private final Grid<CaseListItem> grid = new Grid<>();
    private final VerticalLayout reminders = new VerticalLayout();

    CaseListView(CaseHandling caseHandling, CarePlans carePlans, Decisions decisions, CurrentActor currentActor,
                 ViewClock clock) {
        this.caseHandling = caseHandling;
        this.carePlans = carePlans;
        this.decisions = decisions;
        this.clock = clock;
        this.unitManager = currentActor.find().map(actor -> actor.hasRole(Roles.UNIT_MANAGER)).orElse(false);
        var heading = new H1(getTranslation("casehandling.cases.title"));
        heading.setId("case-list-heading");

        mine = new Tab(getTranslation("casehandling.staff.list.mine"));
        mine.setId("case-list-mine");
        var units = new Tab(getTranslation("casehandling.staff.list.units"));
        units.setId("case-list-units");
        scope = new Tabs(mine, units);
        scope.setId("case-list-scope");
        scope.addSelectedChangeListener(event -> refresh());

        var newIntake = new RouterLink(getTranslation("casehandling.staff.list.new-intake"), IntakeView.class);
        newIntake.setId("case-list-new-intake");

        reminders.setId("case-reminders");
        reminders.setPadding(false);

        statuses.setLabel(getTranslation("casehandling.staff.list.status-filter"));
        statuses.setId("case-filter-status");
        statuses.setItems(CaseStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation(status.textKey()));
        statuses.setValue(Set.of(CaseStatus.INTAKE, CaseStatus.INVESTIGATION, CaseStatus.DECIDED));
        statuses.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        deadlineBefore.setLabel(getTranslation("casehandling.staff.list.deadline-before"));
        deadlineBefore.setId("case-filter-deadline");
        deadlineBefore.setClearButtonVisible(true);
        deadlineBefore.addValueChangeListener(event -> filterByDeadline());
        person.setLabel(getTranslation("casehandling.staff.list.person-filter"));
        person.setId("case-filter-person");
        person.setClearButtonVisible(true);
        person.setWidth("20em");
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.addValueChangeListener(event -> filterByPerson());
        var filters = new HorizontalLayout(statuses, deadlineBefore, person);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        configureGrid();
        var empty = new Paragraph(getTranslation("casehandling.cases.empty"));
        empty.setId("case-list-empty");
        grid.setEmptyStateComponent(empty);

        add(heading, newIntake, scope, reminders, filters, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("case-list");
        grid.setAriaLabel(getTranslation("casehandling.cases.title"));
        grid.addColumn(new ComponentRenderer<>(this::personCell))
                .setHeader(getTranslation("casehandling.staff.list.col.person")).setKey("person")
                .setSortProperty(CaseListQuery.Sort.PERSON.name()).setAutoWidth(true);
        grid.addColumn(CaseListItem::identityNumber).setHeader(getTranslation("casehandling.staff.list.col.identity"))
                .setKey("identity").setAutoWidth(true);
        grid.addColumn(item -> getTranslation(item.status().textKey()))
                .setHeader(getTranslation("casehandling.staff.list.col.status")).setKey("status")
                .setSortProperty(CaseListQuery.Sort.STATUS.name());
        grid.addColumn(item -> getTranslation(item.intakeKind().textKey()))
                .setHeader(getTranslation("casehandling.staff.list.col.kind")).setKey("kind");
        grid.addColumn(CaseListItem::receivedOn).setHeader(getTranslation("casehandling.staff.list.col.received"))
                .setKey("received").setSortProperty(CaseListQuery.Sort.RECEIVED_ON.name());
        grid.addColumn(new ComponentRenderer<>(this::deadlineCell))
                .setHeader(getTranslation("casehandling.staff.list.col.deadline")).setKey("deadline")
                .setSortProperty(CaseListQuery.Sort.DEADLINE.name());
        grid.addColumn(item -> item.responsible() == null ? "–" : item.responsibleName())
                .setHeader(getTranslation("casehandling.staff.list.col.responsible")).setKey("responsible");
        grid.addColumn(CaseListItem::unitName).setHeader(getTranslation("casehandling.staff.list.col.unit"))
                .setKey("unit");
        grid.setMultiSort(false);
        grid.setItems(
                query -> caseHandling.list(query(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> caseHandling.count(query(query.getSortOrders())));
        grid.addItemClickListener(event -> open(event.getItem().caseId()));
    }

    /** The facade query for the filters, the selected tab and the grid's sort order. */
    CaseListQuery query(java.util.List<QuerySortOrder> sortOrders) {
        var sort = CaseListQuery.Sort.RECEIVED_ON;
        var ascending = false;
        if (!sortOrders.isEmpty()) {
            var first = sortOrders.getFirst();
            sort = Arrays.stream(CaseListQuery.Sort.values()).filter(s -> s.name().equals(first.getSorted()))
                    .findFirst().orElse(sort);
            ascending = first.getDirection() == SortDirection.ASCENDING;
        }
        return new CaseListQuery(scope.getSelectedTab() == mine ? CaseListQuery.Scope.MINE : CaseListQuery.Scope.UNITS,
                statuses.getValue(), deadlineTerm, personTerm, sort, ascending);
    }

    /**
     * Filters by the person field when the facade's rule accepts it (length, words); otherwise the field says why and
     * the list keeps its last accepted filter, so nothing is queried with what was refused.
     */
    private void filterByPerson() {
        try {
            personTerm = CaseListQuery.checkedPersonTerm(person.getValue());
        } catch (RuleViolation refused) {
            person.setErrorMessage(Problems.message(this, refused));
            person.setInvalid(true);
            return;
        }
        person.setInvalid(false);
        person.setErrorMessage(null);
        grid.getDataProvider().refreshAll();
    }

    /** Filters by the deadline when the rule accepts the date (one a case can have), as for the person filter. */
    private void filterByDeadline() {
        try {
            deadlineTerm = CaseListQuery.checkedDeadline(deadlineBefore.getValue());
        } catch (RuleViolation refused) {
            deadlineBefore.setErrorMessage(Problems.message(this, refused));
            deadlineBefore.setInvalid(true);
            return;
        }
        deadlineBefore.setInvalid(false);
        deadlineBefore.setErrorMessage(null);
        grid.getDataProvider().refreshAll();
    }

    private Component personCell(CaseListItem item) {
        var link = new RouterLink(item.personName(), CaseView.class, CaseView.parameters(item.caseId()));
        if (!item.protection().isProtected()) {
            return link;
        }
        var marker = new Span(getTranslation("casehandling.staff.protected"));
        marker.getElement().getThemeList().add("badge error");
        var cell = new HorizontalLayout(marker, link);
        cell.setSpacing(true);
        cell.setPadding(false);
        return cell;
    }

    private Component deadlineCell(CaseListItem item) {
        var deadline = item.investigationDeadline();
        if (deadline == null) {
            return new Span("–");
        }
        if (item.status().isOpen() && deadline.isBefore(clock.today())) {
            var icon = VaadinIcon.WARNING.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            var text = new Span(deadline + " – " + getTranslation("casehandling.staff.list.overdue"));
            text.getElement().getThemeList().add("badge error");
            var cell = new HorizontalLayout(icon, text);
            cell.setPadding(false);
            return cell;
        }
        return new Span(deadline.toString());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        reminders.removeAll();
        if (scope.getSelectedTab() != mine) {
            reminders.setVisible(false);
            return;
        }
        reminders.setVisible(true);
        reminders.add(new H2(getTranslation("casehandling.staff.reminders.title")));
        var found = caseHandling.reminders();
        var today = clock.today();
        if (found.isEmpty()) {
            reminders.add(new Paragraph(getTranslation("casehandling.staff.reminders.none")));
        } else {
            var list = new UnorderedList();
            list.setId("case-reminder-list");
            for (var item : found) {
                var entry = new ListItem();
                entry.add(new RouterLink(getTranslation("casehandling.staff.reminders.person", item.personName(),
                        item.identityNumber()), CaseView.class, CaseView.parameters(item.caseId())));
                var deadline = item.investigationDeadline();
                if (deadline != null && !deadline.isAfter(today.plusDays(CaseHandling.DEADLINE_REMINDER_DAYS))) {
                    entry.add(new Span(" – " + getTranslation(deadline.isBefore(today)
                            ? "casehandling.staff.reminders.deadline-overdue"
                            : "casehandling.staff.reminders.deadline-soon", deadline)));
                }
                var demandable = item.receivedOn().plusMonths(6);
                if (!demandable.isAfter(today)) {
                    entry.add(new Span(" – " + getTranslation("casehandling.staff.reminders.decision-demandable",
                            demandable)));
                }
                list.add(entry);
            }
            reminders.add(list);
        }
        addFollowUpsDue(today);
        if (unitManager) {
            addProposalsToApprove();
        }
    }

    /** Plan goals whose follow-up falls within the reminder period, in the user's cases. */
    private void addFollowUpsDue(LocalDate today) {
        var due = carePlans.dueFollowUps(today.plusDays(CaseHandling.DEADLINE_REMINDER_DAYS), 20);
        if (due.isEmpty()) {
            return;
        }
        var heading = new H3(getTranslation("casehandling.staff.reminders.follow-ups"));
        var list = new UnorderedList();
        list.setId("case-follow-up-list");
        for (var item : due) {
            list.add(new ListItem(new RouterLink(getTranslation(item.followUpOn().isBefore(today)
                            ? "casehandling.staff.reminders.follow-up-overdue"
                            : "casehandling.staff.reminders.follow-up-soon", item.goalText(), item.followUpOn()),
                    CaseView.class, CaseView.parameters(item.caseId()))));
        }
        reminders.add(heading, list);
    }

    /** Decisions above a caseworker's delegation that wait for this unit manager. */
    private void addProposalsToApprove() {
        var waiting = decisions.awaitingApproval();
        if (waiting.isEmpty()) {
            return;
        }
        var heading = new H3(getTranslation("casehandling.staff.reminders.proposals"));
        var list = new UnorderedList();
        list.setId("case-proposal-list");
        for (var proposal : waiting) {
            list.add(new ListItem(new RouterLink(getTranslation("casehandling.staff.reminders.proposal",
                    proposal.proposedByName(), proposal.proposedOn()), CaseView.class,
                    CaseView.parameters(proposal.caseId()))));
        }
        reminders.add(heading, list);
    }

    private void open(CaseId caseId) {
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.cases.title");
    }
}
