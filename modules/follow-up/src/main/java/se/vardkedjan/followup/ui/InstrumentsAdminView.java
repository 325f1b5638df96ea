package se.vardkedjan.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.followup.InstrumentStatus;
import se.vardkedjan.followup.Instruments;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The administrator's list of instruments (ADR 0029): every definition with its version, whether it needs a licence
 * and whether it is on, with the latest licence statement (who, when, the reference). An instrument that needs the
 * authors' licence is switched on by stating the licence's reference, and off again.
 */
@Route("admin/instrument")
@Menu(order = 94, title = "followup.instrument.admin.title", icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.ADMINISTRATOR)
class InstrumentsAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private final Instruments instruments;
    private final Div list = new Div();

    InstrumentsAdminView(Instruments instruments) {
        this.instruments = instruments;
        var heading = new H1(getTranslation("followup.instrument.admin.title"));
        heading.setId("instruments-heading");
        list.setId("instruments-list");
        add(heading, new Paragraph(getTranslation("followup.instrument.admin.explained")), list);
        load();
    }

    private void load() {
        list.removeAll();
        var all = Problems.attempt(this, instruments::overview).orElse(List.of());
        var table = new NativeTable();
        table.setId("instruments-table");
        table.setCaptionText(getTranslation("followup.instrument.admin.caption"));
        var head = table.getHead().addRow();
        for (var key : List.of("followup.instrument.admin.col.name", "followup.instrument.admin.col.version",
                "followup.instrument.admin.col.licence", "followup.instrument.admin.col.status",
                "followup.instrument.admin.col.statement", "followup.instrument.admin.col.actions")) {
            var cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (var status : all) {
            var definition = status.definition();
            var row = table.getBody().addRow();
            row.setId("instrument-" + definition.code() + "-" + definition.version());
            var name = row.addHeaderCell();
            name.setText(definition.name().in(getLocale()) + " (" + definition.code() + ")");
            name.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(Integer.toString(definition.version()));
            row.addDataCell().setText(getTranslation(definition.licenceRequired()
                    ? "followup.instrument.admin.licence.required" : "followup.instrument.admin.licence.free"));
            row.addDataCell().setText(getTranslation(!status.current() ? "followup.instrument.admin.status.old"
                    : status.enabled() ? "followup.instrument.admin.status.on"
                    : "followup.instrument.admin.status.off"));
            row.addDataCell().setText(statement(status));
            var actions = row.addDataCell();
            if (definition.licenceRequired() && status.current()) {
                if (status.enabled()) {
                    var off = new Button(getTranslation("followup.instrument.admin.withdraw"), click -> {
                        if (Problems.attempt(this, () -> instruments.withdrawLicence(definition.code()))) {
                            Notification.show(getTranslation("followup.instrument.admin.withdrawn"));
                            load();
                        }
                    });
                    off.setId("instrument-" + definition.code() + "-withdraw");
                    actions.add(off);
                } else {
                    var on = new Button(getTranslation("followup.instrument.admin.state"),
                            click -> state(status));
                    on.setId("instrument-" + definition.code() + "-state");
                    actions.add(on);
                }
            }
        }
        list.add(table);
    }

    private String statement(InstrumentStatus status) {
        if (status.licenceAt() == null) {
            return "–";
        }
        var when = WHEN.format(status.licenceAt());
        return status.licenceStated()
                ? getTranslation("followup.instrument.admin.statement.stated", status.licenceBy(), when,
                status.licenceReference())
                : getTranslation("followup.instrument.admin.statement.withdrawn", status.licenceBy(), when);
    }

    private void state(InstrumentStatus status) {
        var definition = status.definition();
        var dialog = new Dialog();
        dialog.setId("instrument-licence");
        dialog.setHeaderTitle(getTranslation("followup.instrument.admin.state-title",
                definition.name().in(getLocale())));
        var problems = new FormProblems(dialog, "instrument-licence");
        var reference = problems.required("followup.instrument.admin.reference", new TextField());
        reference.setId("instrument-licence-reference");
        reference.setLabel(getTranslation("followup.instrument.admin.reference"));
        reference.setMaxLength(200);
        var save = new Button(getTranslation("followup.instrument.admin.state-save"), click -> {
            if (problems.attempt(() -> instruments.stateLicence(definition.code(), reference.getValue()))) {
                dialog.close();
                Notification.show(getTranslation("followup.instrument.admin.stated"));
                load();
            }
        });
        save.setId("instrument-licence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("followup.instrument.admin.cancel"), click -> dialog.close());
        cancel.setId("instrument-licence-cancel");
        dialog.add(problems.summary(), new Paragraph(getTranslation("followup.instrument.admin.state-explained")),
                reference);
        dialog.getFooter().add(cancel, save);
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.instrument.admin.title");
    }
}
