package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.ProtectedCases;
import se.vardkedjan.casehandling.readmodel.ProtectedCaseStaffing;
import se.vardkedjan.organisation.StaffMember;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;


/**
 * "Skyddade ärenden": the work list of the role that decides who may see a protected person's cases (by default the
 * unit manager). It lists the protected cases of the user's units, those without named staff first, with nothing of
 * the person (no name, number, address or intake text), and lets the decider name staff of the case's unit with a
 * reason, remove them, and read who named whom. The decider is never offered themselves.
 */
@Route("skyddade-arenden")
@Menu(order = 45, title = "casehandling.protected.menu.cases", icon = "vaadin:shield")
@RolesAllowed({Roles.UNIT_MANAGER, Roles.ADMINISTRATOR})
class ProtectedCasesView extends VerticalLayout implements HasDynamicTitle {


    private final ProtectedCases protectedCases;
    /** The most cases the work list shows (far more than a municipality's protected cases). */
    static final int WORK_LIST_MAX = 500;

    private final Grid<ProtectedCaseStaffing> grid = new Grid<>();

    ProtectedCasesView(ProtectedCases protectedCases) {
        this.protectedCases = protectedCases;
        var heading = new H1(getTranslation("casehandling.protected.cases.title"));
        heading.setId("protected-cases-heading");
        add(heading);
        if (!protectedCases.decides()) {
            var notDecider = new Paragraph(getTranslation("casehandling.protected.cases.not-decider"));
            notDecider.setId("protected-cases-not-decider");
            add(notDecider);
            return;
        }
        add(new Paragraph(getTranslation("casehandling.protected.cases.explained")));
        grid.setId("protected-cases");
        grid.setAriaLabel(getTranslation("casehandling.protected.cases.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Every column sorts by what it shows; the work list is short (the protected cases of the decider's units),
        // so it is read whole, up to WORK_LIST_MAX, and sorted where it is shown.
        grid.addColumn(ProtectedCaseStaffing::reference)
                .setHeader(getTranslation("casehandling.protected.cases.col.case")).setKey("case").setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(ProtectedCaseStaffing::unitName)
                .setHeader(getTranslation("casehandling.protected.cases.col.unit")).setKey("unit").setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(row -> getTranslation(row.intakeKind().textKey()))
                .setHeader(getTranslation("casehandling.protected.cases.col.kind")).setKey("kind").setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(row -> SwedishTime.DATE.format(row.receivedOn()))
                .setHeader(getTranslation("casehandling.protected.cases.col.received")).setKey("received")
                .setAutoWidth(true).setFlexGrow(0).setSortable(true).setComparator(ProtectedCaseStaffing::receivedOn);
        grid.addColumn(row -> getTranslation(row.status().textKey()))
                .setHeader(getTranslation("casehandling.protected.cases.col.status")).setKey("status")
                .setFlexGrow(1).setSortable(true);
        grid.addColumn(ProtectedCaseStaffing::registeredByName)
                .setHeader(getTranslation("casehandling.protected.cases.col.registered-by")).setKey("registered-by")
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(new ComponentRenderer<>(this::named))
                .setHeader(getTranslation("casehandling.protected.cases.col.named")).setKey("named")
                .setFlexGrow(2).setSortable(true).setComparator(row -> row.namedStaff().size());
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setHeader(getTranslation("casehandling.protected.cases.col.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        Problems.attempt(this, () -> protectedCases.workList(0, WORK_LIST_MAX)).ifPresent(grid::setItems);
        setSizeFull();
        grid.setMinHeight("20em");
        setFlexGrow(1, grid);
        grid.setEmptyStateText(getTranslation("casehandling.protected.cases.empty"));
        add(grid);
    }

    private Component named(ProtectedCaseStaffing row) {
        if (row.namedStaff().isEmpty()) {
            var none = new Span(getTranslation("casehandling.protected.cases.nobody-named"));
            none.getElement().getThemeList().add("badge error");
            return none;
        }
        var list = new UnorderedList();
        for (var member : row.namedStaff()) {
            list.add(new ListItem(member.signedIn() ? member.name()
                    : getTranslation("casehandling.protected.cases.named-not-signed-in", member.name())));
        }
        return list;
    }

    private Component actions(ProtectedCaseStaffing row) {
        var name = new Button(getTranslation("casehandling.protected.cases.action.name"), click -> nameDialog(row));
        name.setId("protected-name-" + row.reference());
        name.setAriaLabel(getTranslation("casehandling.protected.cases.action.name-for", row.reference()));
        name.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var remove = new Button(getTranslation("casehandling.protected.cases.action.remove"),
                click -> removeDialog(row));
        remove.setId("protected-remove-" + row.reference());
        remove.setAriaLabel(getTranslation("casehandling.protected.cases.action.remove-for", row.reference()));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
        remove.setEnabled(!row.namedStaff().isEmpty());
        var history = new Button(getTranslation("casehandling.protected.cases.action.history"),
                click -> historyDialog(row));
        history.setId("protected-history-" + row.reference());
        history.setAriaLabel(getTranslation("casehandling.protected.cases.action.history-for", row.reference()));
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(name, remove, history);
        actions.setPadding(false);
        actions.setWrap(true);
        return actions;
    }

    private void nameDialog(ProtectedCaseStaffing row) {
        Problems.attempt(this, () -> protectedCases.candidates(row.caseId())).ifPresent(candidates -> {
            var dialog = dialog(getTranslation("casehandling.protected.cases.name.heading", row.reference()),
                    "protected-name-dialog");
            var staff = new ComboBox<StaffMember>(getTranslation("casehandling.protected.cases.name.staff"));
            staff.setId("protected-name-staff");
            staff.setItems(candidates);
            staff.setItemLabelGenerator(member -> getTranslation("casehandling.staff.staff-choice",
                    member.displayName(), member.username()));
            staff.setWidthFull();
            var reason = new TextArea(getTranslation("casehandling.protected.reason"));
            reason.setId("protected-name-reason");
            reason.setWidthFull();
            reason.setHelperText(getTranslation("casehandling.protected.cases.name.reason-help"));
            var save = new Button(getTranslation("casehandling.protected.cases.name.save"), click -> {
                var chosen = staff.getValue() == null ? null : staff.getValue().username();
                if (Problems.attempt(this, () -> protectedCases.nameStaff(row.caseId(), chosen, reason.getValue()))) {
                    dialog.close();
                    saved();
                }
            });
            save.setId("protected-name-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new Paragraph(getTranslation("casehandling.protected.cases.name.explained")), staff, reason);
            dialog.getFooter().add(save);
            dialog.open();
        });
    }

    private void removeDialog(ProtectedCaseStaffing row) {
        var dialog = dialog(getTranslation("casehandling.protected.cases.remove.heading", row.reference()),
                "protected-remove-dialog");
        var staff = new ComboBox<ProtectedCaseStaffing.NamedStaffMember>(
                getTranslation("casehandling.protected.cases.remove.staff"));
        staff.setId("protected-remove-staff");
        staff.setItems(row.namedStaff());
        staff.setItemLabelGenerator(member -> getTranslation("casehandling.staff.staff-choice", member.name(),
                member.username()));
        staff.setWidthFull();
        var reason = new TextArea(getTranslation("casehandling.protected.reason"));
        reason.setId("protected-remove-reason");
        reason.setWidthFull();
        var save = new Button(getTranslation("casehandling.protected.cases.remove.save"), click -> {
            var chosen = staff.getValue() == null ? null : staff.getValue().username();
            if (Problems.attempt(this, () -> protectedCases.removeNamedStaff(row.caseId(), chosen,
                    reason.getValue()))) {
                dialog.close();
                saved();
            }
        });
        save.setId("protected-remove-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(staff, reason);
        dialog.getFooter().add(save);
        dialog.open();
    }

    private void historyDialog(ProtectedCaseStaffing row) {
        Problems.attempt(this, () -> protectedCases.history(row.caseId())).ifPresent(entries -> {
            var dialog = dialog(getTranslation("casehandling.protected.cases.history.heading", row.reference()),
                    "protected-history-dialog");
            if (entries.isEmpty()) {
                dialog.add(new Paragraph(getTranslation("casehandling.protected.cases.history.empty")));
            } else {
                var list = new UnorderedList();
                list.setId("protected-history");
                for (var entry : entries) {
                    var when = SwedishTime.DATE_TIME.format(entry.occurredAt());
                    var line = entry.action() == ProtectedCaseStaffing.HistoryEntry.Action.NAMED
                            ? getTranslation("casehandling.protected.cases.history.named", when, entry.byName(),
                                    entry.name())
                            : getTranslation("casehandling.protected.cases.history.removed", when, entry.byName(),
                                    entry.name());
                    var item = new ListItem(line);
                    if (entry.reason() != null) {
                        item.add(new Div(new Span(getTranslation("casehandling.protected.cases.history.reason",
                                entry.reason()))));
                    }
                    list.add(item);
                }
                dialog.add(list);
            }
            dialog.open();
        });
    }

    private void saved() {
        Notification.show(getTranslation("casehandling.protected.cases.saved"));
        Problems.attempt(this, () -> protectedCases.workList(0, WORK_LIST_MAX)).ifPresent(grid::setItems);
    }

    private Dialog dialog(String title, String id) {
        var dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(40rem, 95vw)");
        var close = new Button(getTranslation("casehandling.protected.cases.close"), click -> dialog.close());
        close.setId(id + "-close");
        dialog.getFooter().add(close);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.protected.cases.title");
    }
}
