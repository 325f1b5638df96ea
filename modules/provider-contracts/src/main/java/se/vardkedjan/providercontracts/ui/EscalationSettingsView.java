package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.EscalationSettings;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;

/**
 * The administrator's deadlines for unanswered assignments (ADR 0024): days until the provider is reminded, then days
 * until the caseworker and the unit manager are told. A change names the version read; a concurrent one is shown.
 */
@Route("admin/uppdrag")
@Menu(order = 92, title = "providercontracts.escalation.title", icon = "vaadin:alarm")
@RolesAllowed(Roles.ADMINISTRATOR)
class EscalationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final Assignments assignments;
    private final FormProblems problems = new FormProblems(this, "escalation");
    private final IntegerField reminderDays = new IntegerField();
    private final IntegerField escalationDays = new IntegerField();
    private EscalationSettings read;

    EscalationSettingsView(Assignments assignments) {
        this.assignments = assignments;
        var heading = new H1(getTranslation("providercontracts.escalation.title"));
        heading.setId("escalation-heading");
        reminderDays.setId("escalation-reminder-days");
        reminderDays.setLabel(getTranslation("providercontracts.escalation.reminder-days"));
        escalationDays.setId("escalation-escalation-days");
        escalationDays.setLabel(getTranslation("providercontracts.escalation.escalation-days"));
        problems.required("providercontracts.escalation.reminder-days", reminderDays);
        problems.required("providercontracts.escalation.escalation-days", escalationDays);
        var save = new Button(getTranslation("providercontracts.escalation.save"), click -> save());
        save.setId("escalation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, new Paragraph(getTranslation("providercontracts.escalation.explained")), problems.summary(),
                new FieldRow(reminderDays, escalationDays), save);
        load();
    }

    private void load() {
        Problems.attempt(this, assignments::escalationSettings).ifPresent(settings -> {
            read = settings;
            reminderDays.setValue(settings.reminderDays());
            escalationDays.setValue(settings.escalationDays());
        });
    }

    private void save() {
        if (!problems.check() || read == null) {
            return;
        }
        try {
            read = assignments.changeEscalationDeadlines(reminderDays.getValue(), escalationDays.getValue(),
                    read.version());
            Notification.show(getTranslation("providercontracts.escalation.saved"));
        } catch (RuleViolation rule) {
            problems.show(rule);
        } catch (ConcurrentChange changed) {
            // Someone else changed the deadlines: show theirs, never overwrite them.
            Problems.show(this, changed);
            load();
        } catch (AccessDenied refused) {
            Problems.show(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("providercontracts.escalation.title");
    }
}
