package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
import se.vardkedjan.uikit.LabelledValue;
import se.vardkedjan.uikit.Problems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The staff case page: who and where, the timeline from intake to closure, and one tab per part of the case (the
 * overview here, then every {@link CasePageSection} bean in order). Holds only the case's id and the version it last
 * read; every save passes that version, and a concurrent change reloads the page instead of overwriting. The address
 * takes only a UUID as the case's id; anything else is an address that leads nowhere (404).
 */
@Route("arenden/:caseId([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_ID = "caseId";

    private final CaseHandling caseHandling;
    private final Organisation organisation;
    private final ObjectProvider<CasePageSection> sections;
    private final CurrentActor currentActor;
    private final Clock clock;
    private CaseId caseId;
    private long version;
    private String title = "";

    CaseView(CaseHandling caseHandling, Organisation organisation, ObjectProvider<CasePageSection> sections,
             CurrentActor currentActor, Clock clock) {
        this.caseHandling = caseHandling;
        this.organisation = organisation;
        this.sections = sections;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    static RouteParameters parameters(CaseId caseId) {
        return new RouteParameters(CASE_ID, caseId.value().toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().get(CASE_ID).map(UUID::fromString).map(CaseId::new).orElse(null);
        reload();
    }

    /** Reads the case again and rebuilds the page; shows a clear state when the case cannot be shown. */
    void reload() {
        removeAll();
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
        var person = summary.person();
        var isProtected = person.protection().isProtected();
        title = getTranslation("casehandling.staff.case.title");
        var heading = new H1(person.fullName());
        heading.setId("case-heading");
        add(heading);
        var facts = new Div();
        facts.setId("case-facts");
        if (isProtected) {
            var marker = new Span(getTranslation("casehandling.staff.protected") + " – "
                    + getTranslation(person.protection().textKey()));
            marker.setId("case-protected");
            marker.getElement().getThemeList().add("badge error");
            add(marker);
        }
        facts.add(new Paragraph(getTranslation("casehandling.staff.case.identity", person.identityNumber())));
        var status = new Paragraph(getTranslation("casehandling.staff.case.status",
                getTranslation(summary.status().textKey())));
        status.setId("case-status");
        facts.add(status);
        var unit = new Paragraph(getTranslation("casehandling.staff.case.unit", summary.staffing().unitName()));
        unit.setId("case-unit");
        facts.add(unit);
        var responsible = new Paragraph(getTranslation("casehandling.staff.case.responsible",
                summary.staffing().responsible() == null ? "–" : summary.staffing().responsibleName()));
        responsible.setId("case-responsible");
        facts.add(responsible);
        add(facts);

        var ordered = sections.orderedStream().sorted(Comparator.comparingInt(CasePageSection::order)).toList();
        add(timeline(summary, ordered));

        var tabs = new TabSheet();
        tabs.setId("case-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("casehandling.staff.overview.tab"), overview(summary));
        for (var section : ordered) {
            var holder = new Div();
            var tab = tabs.add(getTranslation(section.titleKey()), holder);
            tab.setId("case-tab-" + section.getClass().getSimpleName());
            tabs.addSelectedChangeListener(event -> {
                if (event.getSelectedTab() == tab && holder.getChildren().findAny().isEmpty()) {
                    try {
                        holder.add(section.create(caseId));
                    } catch (AccessDenied | RuleViolation | ConcurrentChange problem) {
                        holder.add(new Paragraph(Problems.message(this, problem)));
                    }
                }
            });
        }
        add(tabs);
    }

    private Component timeline(CaseSummary summary, List<CasePageSection> ordered) {
        var entries = new ArrayList<TimelineEntry>();
        entries.add(new TimelineEntry(summary.intake().receivedOn(), "casehandling.staff.timeline.intake",
                getTranslation(summary.intake().kind().textKey()), false));
        if (summary.assessment() != null) {
            entries.add(new TimelineEntry(summary.assessment().assessedOn(), "casehandling.staff.timeline.assessment",
                    getTranslation(summary.assessment().outcome().textKey()), false));
        }
        var undecided = summary.status() == CaseStatus.INTAKE || summary.status() == CaseStatus.INVESTIGATION;
        if (summary.investigationDeadline() != null) {
            entries.add(new TimelineEntry(summary.investigationDeadline(), "casehandling.staff.timeline.deadline", null,
                    undecided));
        }
        if (undecided) {
            entries.add(new TimelineEntry(summary.decisionDemandableOn(),
                    "casehandling.staff.timeline.decision-demandable", null, true));
        }
        for (var section : ordered) {
            try {
                entries.addAll(section.timeline(caseId));
            } catch (AccessDenied denied) {
                // A part the user may not read adds nothing to the timeline.
            }
        }
        if (summary.closure() != null) {
            entries.add(new TimelineEntry(summary.closure().closedOn(), "casehandling.staff.timeline.closure",
                    getTranslation(summary.closure().reason().textKey()), false));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date));
        var box = new Div();
        box.setId("case-timeline");
        box.add(new H2(getTranslation("casehandling.staff.timeline.heading")));
        var list = new OrderedList();
        for (var entry : entries) {
            var detail = entry.detailKey() != null ? getTranslation(entry.detailKey()) : entry.detail();
            var text = detail == null
                    ? getTranslation("casehandling.staff.timeline.entry", entry.date(), getTranslation(entry.titleKey()))
                    : getTranslation("casehandling.staff.timeline.entry-with-detail", entry.date(),
                            getTranslation(entry.titleKey()), detail);
            var item = new ListItem();
            if (entry.due()) {
                var due = new Span(getTranslation("casehandling.staff.timeline.due"));
                due.getElement().getThemeList().add(entry.date().isBefore(LocalDate.now(clock)) ? "badge error" : "badge");
                item.add(due, new Span(" " + text));
            } else {
                item.add(new Span(text));
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

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
        if (summary.status() == CaseStatus.INVESTIGATION) {
            overview.add(deadlineForm(summary.investigationDeadline()));
        }
        if (summary.status().isOpen()) {
            overview.add(assignForm(summary));
            overview.add(closeForm());
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
        var outcome = new RadioButtonGroup<PreliminaryOutcome>(getTranslation("casehandling.staff.assessment.outcome"));
        outcome.setId("assessment-outcome");
        outcome.setItems(PreliminaryOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        var reasons = new TextArea(getTranslation("casehandling.assessment.reasons"));
        reasons.setId("assessment-reasons");
        reasons.setWidthFull();
        var assessedOn = new DatePicker(getTranslation("casehandling.assessment.assessed-on"), LocalDate.now(clock));
        assessedOn.setId("assessment-date");
        var deadline = new DatePicker(getTranslation("casehandling.assessment.deadline"));
        deadline.setId("assessment-deadline");
        outcome.addValueChangeListener(event ->
                deadline.setVisible(event.getValue() != PreliminaryOutcome.NO_INVESTIGATION));
        var save = new Button(getTranslation("casehandling.staff.assessment.save"), click -> save(() ->
                caseHandling.assess(caseId, version, outcome.getValue(), reasons.getValue(), assessedOn.getValue(),
                        outcome.getValue() == PreliminaryOutcome.NO_INVESTIGATION ? null : deadline.getValue())));
        save.setId("assessment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return form("assessment-form", null, outcome, reasons, assessedOn, deadline, save);
    }

    private Component deadlineForm(LocalDate current) {
        var deadline = new DatePicker(getTranslation("casehandling.assessment.deadline"), current);
        deadline.setId("deadline-date");
        var save = new Button(getTranslation("casehandling.staff.deadline.save"),
                click -> save(() -> caseHandling.extendDeadline(caseId, version, deadline.getValue())));
        save.setId("deadline-save");
        return form("deadline-form", "casehandling.staff.deadline.heading", deadline, save);
    }

    private Component assignForm(CaseSummary summary) {
        var actor = currentActor.require();
        var takeIt = new Button(getTranslation("casehandling.staff.assign.me"),
                click -> save(() -> caseHandling.assign(caseId, version, actor.username())));
        takeIt.setId("assign-me");
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            return form("assign-form", "casehandling.staff.assign.heading", takeIt);
        }
        var staff = staffPicker("assign-staff", "casehandling.staff.assign.staff", summary);
        var assign = new Button(getTranslation("casehandling.staff.assign.save"),
                click -> save(() -> caseHandling.assign(caseId, version, chosen(staff))));
        assign.setId("assign-save");
        return form("assign-form", "casehandling.staff.assign.heading", takeIt, staff, assign);
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

    private Component closeForm() {
        var reason = new ComboBox<ClosureReason>(getTranslation("casehandling.staff.close.reason"));
        reason.setId("close-reason");
        reason.setItems(ClosureReason.values());
        reason.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        var outcome = new TextArea(getTranslation("casehandling.closure.outcome"));
        outcome.setId("close-outcome");
        outcome.setWidthFull();
        var closedOn = new DatePicker(getTranslation("casehandling.closure.closed-on"), LocalDate.now(clock));
        closedOn.setId("close-date");
        var close = new Button(getTranslation("casehandling.staff.close.save"),
                click -> save(() -> caseHandling.close(caseId, version, reason.getValue(), outcome.getValue(),
                        closedOn.getValue())));
        close.setId("close-save");
        return form("close-form", "casehandling.staff.close.heading", reason, outcome, closedOn, close);
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
     * Saves through the facade with the version read. On success, and on a concurrent change (shown, never
     * overwritten), the page reads the case again; on another refusal the form keeps what the user typed.
     */
    private void save(Runnable call) {
        if (Problems.save(this, call, this::reload)) {
            Notification.show(getTranslation("casehandling.staff.case.saved"));
            reload();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
