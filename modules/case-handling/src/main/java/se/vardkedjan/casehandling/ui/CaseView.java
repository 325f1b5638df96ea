package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CasePageSection.TimelineEntry;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.readmodel.CaseSummary;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.organisation.StaffMember;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.LabelledValue;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.TabbedPage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The staff case page: a compact head that stays on top (who, the case's real stage, who has it, the next deadline,
 * the next step and the final actions under "Fler åtgärder"), the timeline (the latest entries and what is coming,
 * each a link to its tab), and one tab per part of the case (the overview here, then every {@link CasePageSection}
 * bean in order). Each tab has its own address: {@code arenden/<id>} is the overview, {@code arenden/<id>/<path>} a
 * section's tab; choosing a tab shows it in place and puts its address in the browser's history (so Back, a reload
 * or a link lands on it) without reading the head and the timeline again: only the tab's own content is read, the
 * first time it is shown. Entering the page by its address (a link, Back, a reload, another case) builds it anew. An
 * unknown path is an address that leads nowhere (404). Holds only the case's id and the version it last read; every
 * save passes that version, and a concurrent change reloads the page instead of overwriting. The address takes only a
 * UUID as the case's id.
 */
@Route("arenden/:caseId([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/:section?([a-z]+)")
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, TabbedPage {

    static final String CASE_ID = "caseId";
    static final String SECTION = TabbedPage.TAB_PARAMETER;
    /** How many past entries the collapsed timeline shows (besides everything coming). */
    static final int TIMELINE_LATEST = 3;
    private static final String ALL = "*";
    private static final String COMING = "!";
    /** Evaluated in the browser on a link's click: a plain click is kept from the browser and opens the tab here. */
    private static final String PLAIN_CLICK = "!(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey "
            + "|| event.button !== 0) && (event.preventDefault(), true)";

    private final CaseHandling caseHandling;
    private final Organisation organisation;
    private final ObjectProvider<CasePageSection> sections;
    private final CurrentActor currentActor;
    private final Clock clock;
    private CaseId caseId;
    private long version;
    private String title = "";
    /** The open tab's path ({@code ""} for the overview). */
    private String path = "";
    private TabSheet tabs;
    private final Map<String, Tab> tabsByPath = new LinkedHashMap<>();
    private boolean selectingFromAddress;
    private List<TimelineEntry> timelineEntries = List.of();
    private boolean timelineExpanded;
    private String timelineFilter = ALL;
    private OrderedList timelineList;

    CaseView(CaseHandling caseHandling, Organisation organisation, ObjectProvider<CasePageSection> sections,
             CurrentActor currentActor, Clock clock) {
        this.caseHandling = caseHandling;
        this.organisation = organisation;
        this.sections = sections;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * The address of a tab of the case page as text ({@code arenden/<id>} or {@code arenden/<id>/<path>}), for links
     * from parts that do not know the route (a section's panel).
     */
    static String address(CaseId caseId, String path) {
        return "arenden/" + caseId.value() + (path == null || path.isEmpty() ? "" : "/" + path);
    }

    static RouteParameters parameters(CaseId caseId) {
        return new RouteParameters(CASE_ID, caseId.value().toString());
    }

    /** The address of one tab of the case page: the overview for {@code ""}, else a section's {@link CasePageSection#path()}. */
    static RouteParameters parameters(CaseId caseId, String path) {
        return path == null || path.isEmpty() ? parameters(caseId)
                : new RouteParameters(Map.of(CASE_ID, caseId.value().toString(), SECTION, path));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(CASE_ID).map(UUID::fromString).map(CaseId::new).orElse(null);
        var wanted = event.getRouteParameters().get(SECTION).orElse("");
        if (!wanted.isEmpty() && ordered().stream().noneMatch(section -> section.path().equals(wanted))) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        path = wanted;
        if (id != null && id.equals(caseId) && tabs != null && tabsByPath.containsKey(path)) {
            // The same case, another tab (a tab chosen, a timeline link, Back): no need to read the case again.
            select(path);
            return;
        }
        caseId = id;
        reload();
    }

    private List<CasePageSection> ordered() {
        var actor = currentActor.require();
        return sections.orderedStream().filter(section -> section.shownTo(actor))
                .sorted(Comparator.comparingInt(CasePageSection::order)).toList();
    }

    /** Reads the case again and rebuilds the page; shows a clear state when the case cannot be shown. */
    void reload() {
        removeAll();
        tabs = null;
        tabsByPath.clear();
        CaseSummary summary;
        try {
            summary = caseHandling.summary(caseId);
        } catch (AccessDenied denied) {
            title = getTranslation("casehandling.staff.case.not-found-title");
            var heading = new H1(title);
            heading.setId("case-not-found");
            add(heading, new Paragraph(getTranslation("casehandling.staff.case.not-found")));
            return;
        }
        version = summary.version();
        render(summary);
    }

    private void render(CaseSummary summary) {
        title = getTranslation("casehandling.staff.case.title");
        var ordered = ordered();
        timelineEntries = timelineEntries(summary, ordered);
        add(head(summary));
        add(timeline(ordered));
        add(tabs(summary, ordered));
    }

    // ---- The head

    /**
     * One or two lines that stay on top while the page scrolls: name (with the protection marker), personal number,
     * the stage, the responsible caseworker, the unit, the next deadline; the next step and "Fler åtgärder".
     */
    private Component head(CaseSummary summary) {
        var person = summary.person();
        var head = new Div();
        head.setId("case-head");
        head.getStyle().set("position", "sticky").set("top", "0").set("z-index", "2")
                .set("background", "var(--lumo-base-color)").set("width", "100%")
                .set("padding", "var(--lumo-space-xs) 0").set("box-sizing", "border-box")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        var who = line();
        var heading = new H1(person.fullName());
        heading.setId("case-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        who.add(heading);
        if (person.protection().isProtected()) {
            var marker = new Span(getTranslation("casehandling.casepage.protected-marker",
                    getTranslation(person.protection().textKey())));
            marker.setId("case-protected");
            marker.getElement().getThemeList().add("badge error");
            who.add(marker);
        }
        var identity = new Span(getTranslation("casehandling.staff.case.identity", person.identityNumber()));
        identity.setId("case-identity");
        var status = new Span(getTranslation(summary.stage().textKey()));
        status.setId("case-status");
        status.getElement().getThemeList().add(summary.stage().isOpen() ? "badge" : "badge contrast");
        status.getElement().setAttribute("title", getTranslation("casehandling.casepage.stage-label"));
        who.add(identity, status);

        var facts = line();
        var responsible = new Span(getTranslation("casehandling.staff.case.responsible",
                summary.staffing().responsible() == null ? "–" : summary.staffing().responsibleName()));
        responsible.setId("case-responsible");
        var unit = new Span(getTranslation("casehandling.staff.case.unit", summary.staffing().unitName()));
        unit.setId("case-unit");
        facts.add(responsible, unit, nextDeadline());
        var actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("margin-inline-start", "auto")
                .set("align-items", "center");
        var actor = currentActor.require();
        var unitManager = actor.hasRole(Roles.UNIT_MANAGER);
        summary.stage().nextStep(unitManager).ifPresent(step -> {
            var next = new Button(getTranslation(step.textKey()), click -> open(step.path()));
            next.setId("case-next-step");
            // Not primary: each tab keeps its own single primary action; this one only leads there.
            next.addThemeVariants(ButtonVariant.LUMO_SMALL);
            next.getElement().setAttribute("aria-label", getTranslation("casehandling.casepage.next.label",
                    getTranslation(step.textKey())));
            actions.add(next);
        });
        moreActions(summary).ifPresent(actions::add);
        who.add(actions);
        head.add(who, facts);
        return head;
    }

    private static Div line() {
        var line = new Div();
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        return line;
    }

    /** The earliest coming date on the timeline that still applies, marked when it has passed. */
    private Component nextDeadline() {
        var next = timelineEntries.stream().filter(TimelineEntry::due).findFirst();
        var deadline = new Span();
        deadline.setId("case-next-deadline");
        if (next.isEmpty()) {
            deadline.setText(getTranslation("casehandling.casepage.next-deadline.none"));
            return deadline;
        }
        var entry = next.get();
        deadline.setText(getTranslation("casehandling.casepage.next-deadline", entry.date(),
                getTranslation(entry.titleKey())));
        if (entry.date().isBefore(LocalDate.now(clock))) {
            var overdue = new Span(getTranslation("casehandling.casepage.overdue"));
            overdue.setId("case-next-deadline-overdue");
            overdue.getElement().getThemeList().add("badge error");
            deadline.add(new Span(" "), overdue);
        }
        return deadline;
    }

    /**
     * "Fler åtgärder": the final actions the stage allows, each behind a dialog: closing the case (while it is open),
     * a new decision and closing an intervention (once decided; both done on the decision tab).
     */
    private Optional<Component> moreActions(CaseSummary summary) {
        if (!summary.stage().isOpen()) {
            return Optional.empty();
        }
        var menu = new MenuBar();
        menu.setId("case-more");
        menu.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        var more = menu.addItem(getTranslation("casehandling.casepage.more"));
        var items = more.getSubMenu();
        if (summary.status() == CaseStatus.DECIDED) {
            var decide = items.addItem(getTranslation("casehandling.casepage.more.new-decision"),
                    click -> open("beslut"));
            decide.setId("case-more-new-decision");
            var closeIntervention = items.addItem(getTranslation("casehandling.casepage.more.close-intervention"),
                    click -> open("beslut"));
            closeIntervention.setId("case-more-close-intervention");
        }
        var close = items.addItem(getTranslation("casehandling.casepage.more.close-case"),
                click -> closeDialog().open());
        close.setId("case-more-close");
        return Optional.of(menu);
    }

    // ---- Tabs

    private Component tabs(CaseSummary summary, List<CasePageSection> ordered) {
        tabs = new TabSheet();
        tabs.setId("case-tabs");
        tabs.setWidthFull();
        var overviewTab = tabs.add(getTranslation("casehandling.staff.overview.tab"), overview(summary));
        overviewTab.setId("case-tab-overview");
        tabsByPath.put("", overviewTab);
        var unitManager = currentActor.require().hasRole(Roles.UNIT_MANAGER);
        var holders = new LinkedHashMap<Tab, Runnable>();
        for (var section : ordered) {
            var holder = new Div();
            var tab = tabs.add(getTranslation(section.titleKey()), holder);
            tab.setId("case-tab-" + section.getClass().getSimpleName());
            badge(section, summary, unitManager).ifPresent(badge -> {
                badge.setId("case-badge-" + section.path());
                tab.add(badge);
            });
            tabsByPath.put(section.path(), tab);
            holders.put(tab, () -> {
                if (holder.getChildren().findAny().isEmpty()) {
                    try {
                        holder.add(section.create(caseId));
                    } catch (AccessDenied | RuleViolation | ConcurrentChange problem) {
                        holder.add(new Paragraph(Problems.message(this, problem)));
                    }
                }
            });
        }
        tabs.addSelectedChangeListener(event -> {
            Optional.ofNullable(holders.get(event.getSelectedTab())).ifPresent(Runnable::run);
            if (!selectingFromAddress) {
                tabsByPath.entrySet().stream().filter(entry -> entry.getValue() == event.getSelectedTab())
                        .findFirst().ifPresent(entry -> open(entry.getKey()));
            }
        });
        select(path);
        Optional.ofNullable(holders.get(tabs.getSelectedTab())).ifPresent(Runnable::run);
        return tabs;
    }

    /** The section's badge, if something waits there; a part the user may not read shows none. */
    private Optional<Span> badge(CasePageSection section, CaseSummary summary, boolean unitManager) {
        try {
            return section.badgeKey(summary, unitManager).map(key -> {
                var badge = new Span(getTranslation(key));
                badge.getElement().getThemeList().add("badge small pill");
                badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
                return badge;
            });
        } catch (AccessDenied denied) {
            return Optional.empty();
        }
    }

    /** Shows the tab of the path without changing the address (the address already names it). */
    private void select(String wanted) {
        var tab = tabsByPath.get(wanted);
        if (tab == null || tabs == null || tabs.getSelectedTab() == tab) {
            return;
        }
        selectingFromAddress = true;
        try {
            tabs.setSelectedTab(tab);
        } finally {
            selectingFromAddress = false;
        }
    }

    /**
     * Goes to a tab of this page: shows it (its content is read the first time, as a tab is) and puts its address in
     * the browser's history, so that Back, a reload or a copied link lands there too. It does not navigate: the head,
     * the timeline and the other tabs stay as they are, and the case's summary is not read again.
     */
    private void open(String wanted) {
        if (tabs == null || !tabsByPath.containsKey(wanted)) {
            return;
        }
        if (!wanted.equals(path)) {
            path = wanted;
            getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null, address(caseId, wanted)));
        }
        select(wanted);
    }

    /**
     * A link to a tab of this page that, clicked plainly (or with Enter), opens the tab in place as choosing the tab
     * does; with a modifier key or another button the browser follows its address (a new tab or window). The router
     * ignores it, and the page's click handler stops the browser only for a plain click.
     */
    private RouterLink inPage(RouterLink link, String tabPath) {
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().addEventListener("click", event -> {
            if (event.getEventData().path(PLAIN_CLICK).asBoolean(false)) {
                open(tabPath);
            }
        }).addEventData(PLAIN_CLICK);
        return link;
    }

    /** The address of the tab shown, as the browser has it ({@code arenden/<id>} or {@code arenden/<id>/<path>}). */
    String address() {
        return address(caseId, path);
    }

    // ---- The timeline

    /**
     * The case's own dates and every section's entries, each on its tab, oldest first. Deadlines are entries only
     * while they still apply: the investigation's while it is written, the client's right to a decision until one is
     * in force.
     */
    private List<TimelineEntry> timelineEntries(CaseSummary summary, List<CasePageSection> ordered) {
        var entries = new ArrayList<TimelineEntry>();
        entries.add(new TimelineEntry(summary.intake().receivedOn(), "casehandling.staff.timeline.intake",
                getTranslation(summary.intake().kind().textKey()), null, false, ""));
        if (summary.assessment() != null) {
            entries.add(new TimelineEntry(summary.assessment().assessedOn(), "casehandling.staff.timeline.assessment",
                    getTranslation(summary.assessment().outcome().textKey()), null, false, ""));
        }
        if (summary.applicableInvestigationDeadline() != null) {
            entries.add(new TimelineEntry(summary.applicableInvestigationDeadline(),
                    "casehandling.staff.timeline.deadline", null, null, true, "utredning"));
        }
        if (summary.awaitsFirstDecision()) {
            entries.add(new TimelineEntry(summary.decisionDemandableOn(),
                    "casehandling.staff.timeline.decision-demandable", null, null, true, "beslut"));
        }
        for (var section : ordered) {
            try {
                section.timeline(caseId).forEach(entry -> entries.add(entry.onTab(section.path())));
            } catch (AccessDenied denied) {
                // A part the user may not read adds nothing to the timeline.
            }
        }
        if (summary.closure() != null) {
            entries.add(new TimelineEntry(summary.closure().closedOn(), "casehandling.staff.timeline.closure",
                    getTranslation(summary.closure().reason().textKey()), null, false, ""));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date));
        return entries;
    }

    private Component timeline(List<CasePageSection> ordered) {
        var box = new Div();
        box.setId("case-timeline");
        var heading = new H2(getTranslation("casehandling.staff.timeline.heading"));
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        var filter = new Select<String>();
        filter.setId("case-timeline-filter");
        filter.setLabel(getTranslation("casehandling.casepage.timeline.filter"));
        var kinds = new ArrayList<String>(List.of(ALL, COMING));
        timelineEntries.stream().map(TimelineEntry::path).distinct().forEach(kinds::add);
        filter.setItems(kinds);
        filter.setItemLabelGenerator(kind -> switch (kind) {
            case ALL -> getTranslation("casehandling.casepage.timeline.filter.all");
            case COMING -> getTranslation("casehandling.casepage.timeline.filter.coming");
            default -> tabTitle(kind, ordered);
        });
        filter.setValue(timelineFilter);
        filter.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
        filter.addValueChangeListener(event -> {
            timelineFilter = event.getValue() == null ? ALL : event.getValue();
            showTimeline();
        });
        var toggle = new Button();
        toggle.setId("case-timeline-all");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(click -> {
            timelineExpanded = !timelineExpanded;
            showTimeline();
            toggle.setText(toggleText());
        });
        toggle.setText(toggleText());
        var bar = line();
        bar.add(heading, filter, toggle);
        timelineList = new OrderedList();
        timelineList.setId("case-timeline-entries");
        timelineList.getStyle().set("margin", "var(--lumo-space-xs) 0");
        box.add(bar, timelineList);
        showTimeline();
        return box;
    }

    private String toggleText() {
        return timelineExpanded ? getTranslation("casehandling.casepage.timeline.fewer")
                : getTranslation("casehandling.casepage.timeline.all", timelineEntries.size());
    }

    private String tabTitle(String tabPath, List<CasePageSection> ordered) {
        if (tabPath == null || tabPath.isEmpty()) {
            return getTranslation("casehandling.staff.overview.tab");
        }
        return ordered.stream().filter(section -> section.path().equals(tabPath)).findFirst()
                .map(section -> getTranslation(section.titleKey())).orElse(tabPath);
    }

    /**
     * The entries the filter chooses: all of them when expanded, else the latest {@value #TIMELINE_LATEST} that have
     * happened and everything coming.
     */
    private void showTimeline() {
        timelineList.removeAll();
        var chosen = timelineEntries.stream().filter(entry -> switch (timelineFilter) {
            case ALL -> true;
            case COMING -> entry.due();
            default -> timelineFilter.equals(entry.path());
        }).toList();
        if (!timelineExpanded) {
            var past = chosen.stream().filter(entry -> !entry.due()).toList();
            var shownPast = past.subList(Math.max(0, past.size() - TIMELINE_LATEST), past.size());
            chosen = chosen.stream().filter(entry -> entry.due() || shownPast.contains(entry)).toList();
        }
        var today = LocalDate.now(clock);
        for (var entry : chosen) {
            var detail = entry.detailKey() != null ? getTranslation(entry.detailKey()) : entry.detail();
            var text = detail == null
                    ? getTranslation("casehandling.staff.timeline.entry", entry.date(), getTranslation(entry.titleKey()))
                    : getTranslation("casehandling.staff.timeline.entry-with-detail", entry.date(),
                            getTranslation(entry.titleKey()), detail);
            var item = new ListItem();
            if (entry.due()) {
                var overdue = entry.date().isBefore(today);
                var due = new Span(getTranslation(overdue ? "casehandling.casepage.overdue"
                        : "casehandling.staff.timeline.due"));
                due.getElement().getThemeList().add(overdue ? "badge error" : "badge");
                item.add(due, new Span(" "));
            }
            item.add(inPage(new RouterLink(text, CaseView.class, parameters(caseId, entry.path())), entry.path()));
            timelineList.add(item);
        }
        if (chosen.isEmpty()) {
            timelineList.add(new ListItem(getTranslation("casehandling.casepage.timeline.none")));
        }
    }

    // ---- The overview

    private Component overview(CaseSummary summary) {
        var overview = new VerticalLayout();
        overview.setId("case-overview");
        overview.setPadding(false);
        overview.add(new H2(getTranslation("casehandling.staff.overview.intake-heading")));
        overview.add(new LabelledValue(getTranslation("casehandling.staff.overview.kind"),
                getTranslation(summary.intake().kind().textKey())));
        overview.add(new LabelledValue(getTranslation("casehandling.intake.received-on"),
                summary.intake().receivedOn().toString()));
        overview.add(new LabelledValue(getTranslation("casehandling.intake.description"),
                summary.intake().description()));
        if (summary.intake().reporterName() != null) {
            overview.add(new LabelledValue(getTranslation("casehandling.intake.reporter-name"),
                    summary.intake().reporterName()));
        }
        if (summary.intake().reporterOrganisation() != null) {
            overview.add(new LabelledValue(getTranslation("casehandling.intake.reporter-organisation"),
                    summary.intake().reporterOrganisation()));
        }
        if (summary.intake().reportingAuthority() != null) {
            overview.add(new LabelledValue(getTranslation("casehandling.staff.intake.reporting-authority"),
                    getTranslation(summary.intake().reportingAuthority().textKey())));
        }
        if (summary.intake().lvmReport()) {
            overview.add(new Paragraph(getTranslation("casehandling.staff.intake.lvm")));
        }
        if (summary.intake().immediateRisks() != null) {
            overview.add(new LabelledValue(getTranslation("casehandling.intake.immediate-risks"),
                    summary.intake().immediateRisks()));
        }
        overview.add(new H2(getTranslation("casehandling.staff.assessment.heading")));
        if (summary.assessment() != null) {
            overview.add(new LabelledValue(getTranslation("casehandling.staff.assessment.outcome"),
                    getTranslation(summary.assessment().outcome().textKey())));
            overview.add(new LabelledValue(getTranslation("casehandling.assessment.reasons"),
                    summary.assessment().reasons()));
            overview.add(new LabelledValue(getTranslation("casehandling.assessment.assessed-on"),
                    getTranslation("casehandling.staff.case.assessed-on-by", summary.assessment().assessedOn(),
                            summary.assessment().assessedByName())));
        } else if (summary.status() == CaseStatus.INTAKE) {
            overview.add(assessmentForm());
        }
        if (summary.stage().investigationDeadlineApplies()) {
            overview.add(deadlineForm(summary.investigationDeadline()));
        }
        if (summary.status().isOpen()) {
            assignForm(summary).ifPresent(overview::add);
        } else if (summary.closure() != null) {
            overview.add(new H2(getTranslation("casehandling.staff.close.heading")));
            overview.add(new LabelledValue(getTranslation("casehandling.closure.closed-on"),
                    summary.closure().closedOn().toString()));
            overview.add(new LabelledValue(getTranslation("casehandling.staff.close.reason"),
                    getTranslation(summary.closure().reason().textKey())));
            overview.add(new LabelledValue(getTranslation("casehandling.closure.outcome"),
                    summary.closure().outcome()));
        }
        if (summary.person().protection().isProtected()) {
            overview.add(namedStaff(summary));
        }
        return overview;
    }

    private Component assessmentForm() {
        var problems = new FormProblems(this, "assessment");
        var outcome = problems.required("casehandling.staff.assessment.outcome",
                new RadioButtonGroup<PreliminaryOutcome>(getTranslation("casehandling.staff.assessment.outcome")));
        outcome.setId("assessment-outcome");
        outcome.setItems(PreliminaryOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        var reasons = problems.required("casehandling.assessment.reasons",
                new TextArea(getTranslation("casehandling.assessment.reasons")));
        reasons.setId("assessment-reasons");
        reasons.setWidthFull();
        var assessedOn = problems.required("casehandling.assessment.assessed-on",
                new DateField(getTranslation("casehandling.assessment.assessed-on"), LocalDate.now(clock)));
        assessedOn.setId("assessment-date");
        // The usual time for an investigation is proposed, and follows the assessment's date until the caseworker
        // chooses another deadline themselves.
        var deadline = problems.required("casehandling.assessment.deadline",
                new DateField(getTranslation("casehandling.assessment.deadline"),
                        caseHandling.proposedInvestigationDeadline(assessedOn.getValue())));
        deadline.setId("assessment-deadline");
        assessedOn.addValueChangeListener(event -> {
            if (Objects.equals(deadline.getValue(), caseHandling.proposedInvestigationDeadline(event.getOldValue()))) {
                deadline.setValue(caseHandling.proposedInvestigationDeadline(event.getValue()));
            }
        });
        outcome.addValueChangeListener(event ->
                deadline.setVisible(event.getValue() != PreliminaryOutcome.NO_INVESTIGATION));
        var save = new Button(getTranslation("casehandling.staff.assessment.save"), click -> save(problems, () ->
                caseHandling.assess(caseId, version, outcome.getValue(), reasons.getValue(), assessedOn.getValue(),
                        outcome.getValue() == PreliminaryOutcome.NO_INVESTIGATION ? null : deadline.getValue())));
        save.setId("assessment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return form("assessment-form", null, problems.summary(), outcome, reasons, assessedOn, deadline, save);
    }

    private Component deadlineForm(LocalDate current) {
        var problems = new FormProblems(this, "deadline");
        var deadline = problems.required("casehandling.assessment.deadline",
                new DateField(getTranslation("casehandling.assessment.deadline"), current));
        deadline.setId("deadline-date");
        var save = new Button(getTranslation("casehandling.staff.deadline.save"),
                click -> save(problems, () -> caseHandling.extendDeadline(caseId, version, deadline.getValue())));
        save.setId("deadline-save");
        return form("deadline-form", "casehandling.staff.deadline.heading", problems.summary(), deadline, save);
    }

    /**
     * Who is responsible: "Ta ansvar för ärendet" for a caseworker who does not already hold the case, and for a unit
     * manager also the choice of the unit's staff. Nothing for the caseworker who holds it.
     */
    private Optional<Component> assignForm(CaseSummary summary) {
        var actor = currentActor.require();
        var problems = new FormProblems(this, "assign");
        var parts = new ArrayList<Component>();
        parts.add(problems.summary());
        if (!actor.username().equals(summary.staffing().responsible())) {
            // Taking the case asks nothing of the form's fields: only the rules decide.
            var takeIt = new Button(getTranslation("casehandling.staff.assign.me"),
                    click -> saveByRules(problems, () -> caseHandling.assign(caseId, version, actor.username())));
            takeIt.setId("assign-me");
            parts.add(takeIt);
        }
        if (actor.hasRole(Roles.UNIT_MANAGER)) {
            var staff = problems.required("casehandling.staff.assign.staff",
                    staffPicker("assign-staff", "casehandling.staff.assign.staff", summary));
            var assign = new Button(getTranslation("casehandling.staff.assign.save"),
                    click -> save(problems, () -> caseHandling.assign(caseId, version, chosen(staff))));
            assign.setId("assign-save");
            parts.add(staff);
            parts.add(assign);
        }
        return parts.size() == 1 ? Optional.empty() : Optional.of(
                form("assign-form", "casehandling.staff.assign.heading", parts.toArray(Component[]::new)));
    }

    /**
     * The staff of the case's unit by name (and account, since two people may share a name); on a protected case only
     * those named on it, since only they may be made responsible.
     */
    private ComboBox<StaffMember> staffPicker(String id, String labelKey, CaseSummary summary) {
        var staff = new ComboBox<StaffMember>(getTranslation(labelKey));
        staff.setId(id);
        var isProtected = summary.person().protection().isProtected();
        staff.setItems(organisation.staffOfUnit(summary.staffing().unit()).stream()
                .filter(member -> !isProtected || summary.staffing().namedStaff().contains(member.username()))
                .toList());
        staff.setItemLabelGenerator(member -> getTranslation("casehandling.staff.staff-choice",
                member.displayName(), member.username()));
        staff.setWidth("22em");
        return staff;
    }

    /** The chosen account; none chosen is refused by the facade with its own message. */
    private static String chosen(ComboBox<StaffMember> staff) {
        return staff.getValue() == null ? null : staff.getValue().username();
    }

    /**
     * Closing the case, from "Fler åtgärder": a dialog with the reason, the outcome and the date, that says what it
     * does before anything is saved; cancelling changes nothing. A refusal keeps the dialog open with what was typed.
     */
    private Dialog closeDialog() {
        var dialog = new Dialog();
        dialog.setId("close-dialog");
        dialog.setHeaderTitle(getTranslation("casehandling.staff.close.heading"));
        // What closing does is worth a look, not an error: the kit's warning style, never error red.
        var warning = FormProblems.asWarning(new Paragraph(getTranslation("casehandling.casepage.close.confirm")));
        warning.setId("close-confirm-text");
        var problems = new FormProblems(this, "close");
        var reason = problems.required("casehandling.staff.close.reason",
                new ComboBox<ClosureReason>(getTranslation("casehandling.staff.close.reason")));
        reason.setId("close-reason");
        reason.setItems(ClosureReason.values());
        reason.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        reason.setWidthFull();
        var outcome = problems.required("casehandling.closure.outcome",
                new TextArea(getTranslation("casehandling.closure.outcome")));
        outcome.setId("close-outcome");
        outcome.setWidthFull();
        var closedOn = problems.required("casehandling.closure.closed-on",
                new DateField(getTranslation("casehandling.closure.closed-on"), LocalDate.now(clock)));
        closedOn.setId("close-date");
        // The summary at the dialog's top; a refusal keeps the dialog open with what was typed.
        dialog.add(form("close-form", null, problems.summary(), warning, reason, outcome, closedOn));
        var close = new Button(getTranslation("casehandling.staff.close.save"), click -> {
            if (saved(problems, true, () -> caseHandling.close(caseId, version, reason.getValue(),
                    outcome.getValue(), closedOn.getValue()), () -> {
                dialog.close();
                reload();
            })) {
                dialog.close();
                Notification.show(getTranslation("casehandling.staff.case.saved"));
                reload();
            }
        });
        close.setId("close-save");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("casehandling.casepage.cancel"), click -> dialog.close());
        cancel.setId("close-cancel");
        dialog.getFooter().add(cancel, close);
        return dialog;
    }

    /**
     * Who may see this protected case. Naming and removing is done in the work list "Skyddade ärenden" by the deciding
     * role, never here: a manager who reads this page was named by someone else.
     */
    private Component namedStaff(CaseSummary summary) {
        var box = new Div();
        var current = new Paragraph(getTranslation("casehandling.staff.named.current",
                String.join(", ", summary.staffing().namedStaffNames())));
        current.setId("named-current");
        box.add(current);
        var actor = currentActor.require();
        if (actor.hasRole(Roles.UNIT_MANAGER) || actor.hasRole(Roles.ADMINISTRATOR)) {
            var link = new RouterLink(getTranslation("casehandling.protected.case.work-list-link"),
                    ProtectedCasesView.class);
            link.setId("named-work-list");
            box.add(new Paragraph(link));
        }
        return form("named-form", "casehandling.staff.named.heading", box);
    }

    private VerticalLayout form(String id, String headingKey, Component... parts) {
        var form = new VerticalLayout();
        form.setId(id);
        form.setPadding(false);
        if (headingKey != null) {
            form.add(new H3(getTranslation(headingKey)));
        }
        form.add(parts);
        return form;
    }

    /**
     * Saves a form through the facade with the version read, its refusals at their fields ({@link FormProblems}): on
     * success the page reads the case again; on a concurrent change (a notification, never overwritten) too; on a rule
     * the form keeps what the user typed.
     */
    private void save(FormProblems problems, Runnable call) {
        if (saved(problems, true, call, this::reload)) {
            Notification.show(getTranslation("casehandling.staff.case.saved"));
            reload();
        }
    }

    /** As {@link #save(FormProblems, Runnable)} without the form's obvious checks (an action that asks no field). */
    private void saveByRules(FormProblems problems, Runnable call) {
        if (saved(problems, false, call, this::reload)) {
            Notification.show(getTranslation("casehandling.staff.case.saved"));
            reload();
        }
    }

    private boolean saved(FormProblems problems, boolean checkFirst, Runnable call, Runnable onConcurrentChange) {
        var changedMeanwhile = new boolean[1];
        Supplier<Boolean> saving = () -> {
            try {
                call.run();
                return Boolean.TRUE;
            } catch (ConcurrentChange change) {
                changedMeanwhile[0] = true;
                throw change;
            }
        };
        var done = (checkFirst ? problems.attempt(saving) : problems.attemptRules(saving)).isPresent();
        if (changedMeanwhile[0]) {
            onConcurrentChange.run();
        }
        return done;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
