package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CaseListQuery;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.ViewClock;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "My cases" and the units' cases: a lazy, paged list that fills the page, sortable by every column (in SQL), filtered
 * by status, deadline and person, and by the saved filters offered as chips. What needs doing today is on the start
 * page (ADR 0022), which links here with the filters in the address: {@code ?ansvarig=<username>} (the units' cases
 * of one caseworker) and {@code ?filter=forsenade|utredningstid-vecka|utan-ansvarig|uppfoljning|utkast}, so a link
 * and a reload keep the filter. The view holds only the filter fields; rows come from the facade page by page.
 */
@Route("arenden")
@Menu(order = 10, title = "casehandling.menu.cases", icon = "vaadin:folder-open")
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
class CaseListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The address parameter of one caseworker's cases (their username). */
    static final String PARAM_RESPONSIBLE = "ansvarig";
    /** The address parameter of a saved filter. */
    static final String PARAM_FILTER = "filter";
    static final String FILTER_OVERDUE = "forsenade";
    static final String FILTER_DEADLINE_THIS_WEEK = "utredningstid-vecka";
    static final String FILTER_UNASSIGNED = "utan-ansvarig";
    static final String FILTER_FOLLOW_UPS = "uppfoljning";
    static final String FILTER_DRAFTS = "utkast";

    /** The saved filters by their address value. */
    private static final Map<String, CaseListQuery.Filter> FILTERS = Map.of(
            FILTER_OVERDUE, CaseListQuery.Filter.OVERDUE,
            FILTER_DEADLINE_THIS_WEEK, CaseListQuery.Filter.DEADLINE_THIS_WEEK,
            FILTER_UNASSIGNED, CaseListQuery.Filter.UNASSIGNED,
            FILTER_FOLLOW_UPS, CaseListQuery.Filter.FOLLOW_UPS_DUE,
            FILTER_DRAFTS, CaseListQuery.Filter.DRAFTS);

    private final CaseHandling caseHandling;
    private final Organisation organisation;
    private final ViewClock clock;
    private final Tabs scope;
    private final Tab mine;
    private final Tab units;
    private final HorizontalLayout chips = new HorizontalLayout();
    private final Span responsibleFilter = new Span();
    /** The caseworker and the saved filter from the address (null: none). */
    private String responsibleTerm;
    private String filterTerm;
    /** While the address is applied to the fields, their listeners do not write it back. */
    private boolean applyingAddress;
    private final MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>();
    private final DatePicker deadlineBefore = new DateField();
    private final TextField person = new TextField();
    /** The person filter the list uses: the field's last value that the rule accepted. */
    private String personTerm;
    /** The deadline filter the list uses, likewise. */
    private LocalDate deadlineTerm;
    private final Grid<CaseListItem> grid = new Grid<>();

    CaseListView(CaseHandling caseHandling, Organisation organisation, ViewClock clock) {
        this.caseHandling = caseHandling;
        this.organisation = organisation;
        this.clock = clock;
        setSizeFull();
        var heading = new H1(getTranslation("casehandling.cases.title"));
        heading.setId("case-list-heading");

        mine = new Tab(getTranslation("casehandling.staff.list.mine"));
        mine.setId("case-list-mine");
        units = new Tab(getTranslation("casehandling.staff.list.units"));
        units.setId("case-list-units");
        scope = new Tabs(mine, units);
        scope.setId("case-list-scope");
        scope.addSelectedChangeListener(event -> {
            if (!applyingAddress) {
                if (event.getSelectedTab() == mine) {
                    responsibleTerm = null;
                }
                writeAddress();
            }
        });

        var newIntake = new RouterLink(getTranslation("casehandling.staff.list.new-intake"), IntakeView.class);
        newIntake.setId("case-list-new-intake");

        chips.setId("case-list-chips");
        chips.setWrap(true);
        chips.add(chip(FILTER_DEADLINE_THIS_WEEK, "casehandling.work.chip.deadline-this-week"),
                chip(FILTER_OVERDUE, "casehandling.work.chip.overdue"),
                chip(FILTER_UNASSIGNED, "casehandling.work.chip.unassigned"));
        responsibleFilter.setId("case-list-responsible-filter");
        responsibleFilter.getElement().getThemeList().add("badge contrast");
        responsibleFilter.setVisible(false);

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

        add(heading, newIntake, scope, chips, responsibleFilter, filters, grid);
        setFlexGrow(1, grid);
        grid.setHeightFull();
    }

    /**
     * A saved filter as a chip: pressed shows it in the address (and so in a reload or a link), pressed again clears.
     * The unassigned cases are the units' (nobody's own), so that chip shows the units' tab.
     */
    private Button chip(String value, String textKey) {
        var chip = new Button(getTranslation(textKey));
        chip.setId("case-chip-" + value);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        chip.getElement().setAttribute("aria-pressed", "false");
        chip.addClickListener(event -> {
            filterTerm = value.equals(filterTerm) ? null : value;
            if (FILTER_UNASSIGNED.equals(filterTerm)) {
                applyingAddress = true;
                scope.setSelectedTab(units);
                applyingAddress = false;
            }
            writeAddress();
        });
        return chip;
    }

    /** The list's filters from the address: the caseworker and the saved filter (unknown values are ignored). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var responsible = parameters.getSingleParameter(PARAM_RESPONSIBLE).orElse(null);
        try {
            responsibleTerm = new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, null, null, false,
                    responsible, null).responsible();
        } catch (RuleViolation refused) {
            responsibleTerm = null;
        }
        filterTerm = parameters.getSingleParameter(PARAM_FILTER).filter(FILTERS::containsKey).orElse(null);
        applyingAddress = true;
        scope.setSelectedTab(responsibleTerm != null || FILTER_UNASSIGNED.equals(filterTerm) ? units
                : scope.getSelectedTab());
        applyingAddress = false;
        showAddressFilters();
        grid.getDataProvider().refreshAll();
    }

    private void showAddressFilters() {
        chips.getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(chip -> {
            var pressed = chip.getId().orElse("").equals("case-chip-" + filterTerm);
            chip.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
            chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
            chip.addThemeVariants(pressed ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        });
        responsibleFilter.setVisible(responsibleTerm != null);
        if (responsibleTerm != null) {
            // The register's name, as the list's column shows it (the username only when the register has none).
            responsibleFilter.setText(getTranslation("casehandling.work.list.responsible-filter",
                    organisation.staffNames(List.of(responsibleTerm)).of(responsibleTerm)));
        }
    }

    /** Puts the tab's caseworker and the saved filter into the address; navigation then applies them. */
    private void writeAddress() {
        var parameters = new LinkedHashMap<String, String>();
        if (responsibleTerm != null && scope.getSelectedTab() == units) {
            parameters.put(PARAM_RESPONSIBLE, responsibleTerm);
        }
        if (filterTerm != null) {
            parameters.put(PARAM_FILTER, filterTerm);
        }
        getUI().ifPresent(ui -> ui.navigate(CaseListView.class, QueryParameters.simple(parameters)));
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        grid.setId("case-list");
        grid.setAriaLabel(getTranslation("casehandling.cases.title"));
        grid.addColumn(new ComponentRenderer<>(this::personCell))
                .setHeader(getTranslation("casehandling.staff.list.col.person")).setKey("person")
                .setSortProperty(CaseListQuery.Sort.PERSON.name()).setAutoWidth(true);
        grid.addColumn(CaseListItem::identityNumber).setHeader(getTranslation("casehandling.staff.list.col.identity"))
                .setKey("identity").setAutoWidth(true).setSortProperty(CaseListQuery.Sort.IDENTITY.name());
        grid.addColumn(item -> getTranslation(item.status().textKey()))
                .setHeader(getTranslation("casehandling.staff.list.col.status")).setKey("status")
                .setSortProperty(CaseListQuery.Sort.STATUS.name());
        grid.addColumn(item -> getTranslation(item.intakeKind().textKey()))
                .setHeader(getTranslation("casehandling.staff.list.col.kind")).setKey("kind")
                .setSortProperty(CaseListQuery.Sort.KIND.name());
        grid.addColumn(CaseListItem::receivedOn).setHeader(getTranslation("casehandling.staff.list.col.received"))
                .setKey("received").setSortProperty(CaseListQuery.Sort.RECEIVED_ON.name());
        grid.addColumn(new ComponentRenderer<>(this::deadlineCell))
                .setHeader(getTranslation("casehandling.staff.list.col.deadline")).setKey("deadline")
                .setSortProperty(CaseListQuery.Sort.DEADLINE.name());
        grid.addColumn(item -> item.responsible() == null ? "–" : item.responsibleName())
                .setHeader(getTranslation("casehandling.staff.list.col.responsible")).setKey("responsible")
                .setSortProperty(CaseListQuery.Sort.RESPONSIBLE.name());
        grid.addColumn(CaseListItem::unitName).setHeader(getTranslation("casehandling.staff.list.col.unit"))
                .setKey("unit").setSortProperty(CaseListQuery.Sort.UNIT.name());
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
        var inUnits = scope.getSelectedTab() != mine;
        return new CaseListQuery(inUnits ? CaseListQuery.Scope.UNITS : CaseListQuery.Scope.MINE,
                statuses.getValue(), deadlineTerm, personTerm, sort, ascending, inUnits ? responsibleTerm : null,
                filterTerm == null ? null : FILTERS.get(filterTerm));
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
        if (item.investigationOverdue(clock.today())) {
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

    private void open(CaseId caseId) {
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.cases.title");
    }
}
