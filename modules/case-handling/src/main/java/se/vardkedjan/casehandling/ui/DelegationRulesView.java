package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.DelegationAndLegalReferences;
import se.vardkedjan.casehandling.DelegationRule;
import se.vardkedjan.casehandling.DelegationRuleChange;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.domain.Delegation;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The administrator's delegation order (delegationsordning): for each intervention type, the lowest role that may
 * decide it, who changed it last and when; a form to change a rule as the committee decided, and the history of
 * changes. A change made by someone else meanwhile is shown and never overwritten.
 */
@Route("admin/delegation")
@Menu(order = 91, title = "casehandling.decision.delegation-rules.title", icon = "vaadin:gavel")
@RolesAllowed(Roles.ADMINISTRATOR)
class DelegationRulesView extends VerticalLayout implements HasDynamicTitle {


    private final DelegationAndLegalReferences administration;
    private final Grid<DelegationRule> rules = new Grid<>();
    private final Grid<DelegationRuleChange> history = new Grid<>();
    private final Paragraph noHistory = new Paragraph();
    private final Select<InterventionType> type = new Select<>();
    private final Select<String> level = new Select<>();
    private final TextField basis = new TextField();
    /** The rule as it was read when chosen in the form; its version goes with the change. */
    private DelegationRule chosen;

    DelegationRulesView(DelegationAndLegalReferences administration) {
        this.administration = administration;

        rules.setId("delegation-rules");
        rules.addColumn(rule -> typeName(rule.type())).setKey("type")
                .setHeader(getTranslation("casehandling.decision.delegation-rules.type"));
        rules.addColumn(rule -> levelName(rule.lowestRole())).setKey("level")
                .setHeader(getTranslation("casehandling.decision.delegation-rules.level"));
        rules.addColumn(rule -> rule.lastChangedAt() == null
                        ? getTranslation("casehandling.decision.delegation-rules.as-installed")
                        : getTranslation("casehandling.decision.delegation-rules.last-changed-value",
                                when(rule.lastChangedAt()), rule.lastChangedBy()))
                .setKey("last-changed")
                        .setHeader(getTranslation("casehandling.decision.delegation-rules.last-changed"));
        rules.setAllRowsVisible(true);
        rules.addItemClickListener(click -> choose(click.getItem()));

        type.setId("delegation-rule-type");
        type.setLabel(getTranslation("casehandling.decision.delegation-rules.type"));
        type.setItemLabelGenerator(this::typeName);
        type.addValueChangeListener(change -> choose(change.getValue() == null ? null
                : rule(change.getValue()).orElse(null)));
        level.setId("delegation-rule-level");
        level.setLabel(getTranslation("casehandling.decision.delegation-rules.level"));
        level.setItems(Roles.CASEWORKER, Roles.UNIT_MANAGER);
        level.setItemLabelGenerator(this::levelName);
        basis.setId("delegation-rule-basis");
        basis.setLabel(getTranslation("casehandling.decision.delegation-rules.basis"));
        basis.setHelperText(getTranslation("casehandling.decision.delegation-rules.basis-help"));
        basis.setMaxLength(200);
        basis.setWidth("24em");
        var save = new Button(getTranslation("casehandling.decision.delegation-rules.change"), click -> save());
        save.setId("delegation-rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        history.setId("delegation-rule-changes");
        history.addColumn(change -> when(change.changedAt())).setKey("changed-at").setHeader(
                getTranslation("casehandling.decision.delegation-rules.history.changed-at"));
        history.addColumn(change -> typeName(change.type())).setKey("type")
                .setHeader(getTranslation("casehandling.decision.delegation-rules.type"));
        history.addColumn(change -> levelName(change.previousRole())).setKey("from").setHeader(
                getTranslation("casehandling.decision.delegation-rules.history.from"));
        history.addColumn(change -> levelName(change.newRole())).setKey("to")
                .setHeader(getTranslation("casehandling.decision.delegation-rules.history.to"));
        history.addColumn(DelegationRuleChange::basis).setKey("basis")
                .setHeader(getTranslation("casehandling.decision.delegation-rules.basis"));
        history.addColumn(DelegationRuleChange::changedBy).setKey("changed-by").setHeader(
                getTranslation("casehandling.decision.delegation-rules.history.changed-by"));
        history.setAllRowsVisible(true);
        noHistory.setId("delegation-rule-changes-none");
        noHistory.setText(getTranslation("casehandling.decision.delegation-rules.history.none"));

        var heading = new H1(getTranslation("casehandling.decision.delegation-rules.title"));
        heading.setId("delegation-heading");
        add(heading, new Paragraph(getTranslation("casehandling.decision.delegation-rules.explained")), rules,
                new H2(getTranslation("casehandling.decision.delegation-rules.change-heading")), new FieldRow(type,
                        level, basis), save,
                new H2(getTranslation("casehandling.decision.delegation-rules.history.heading")), noHistory, history);
        refresh();
    }

    /** Changes the chosen rule with the version read; on a concurrent change, shows the other change instead. */
    private void save() {
        var rule = chosen;
        try {
            // Without a chosen rule the facade refuses with its own message (choose the intervention).
            administration.changeDelegationRule(rule == null ? null : rule.type(), rule == null ? 0 : rule.version(),
                    level.getValue(), basis.getValue());
        } catch (ConcurrentChange changed) {
            // Only a chosen rule can have been changed meanwhile: show what it is now, and put that in the form.
            refresh();
            var now = rule(rule.type());
            Problems.show(this,
                    now.<RuntimeException>map(fresh -> new RuleViolation(
                            "casehandling.decision.delegation-rules.error.changed-meanwhile",
                            rule.type().textKey(), Delegation.levelTextKey(fresh.lowestRole())))
                    .orElse(changed));
            choose(now.orElse(null));
            return;
        } catch (RuleViolation | AccessDenied refused) {
            Problems.show(this, refused);
            return;
        }
        var done = Notification.show(getTranslation("casehandling.decision.delegation-rules.changed",
                typeName(rule.type()),
                levelName(level.getValue())));
        done.setId("delegation-rule-changed");
        basis.clear();
        refresh();
        choose(rule(rule.type()).orElse(null));
    }

    private void refresh() {
        var all = administration.delegationRules();
        rules.setItems(all);
        var chosenType = type.getValue();
        type.setItems(all.stream().map(DelegationRule::type).toList());
        if (chosenType != null) {
            type.setValue(chosenType);
        }
        var changes = administration.delegationRuleChanges();
        history.setItems(changes);
        history.setVisible(!changes.isEmpty());
        noHistory.setVisible(changes.isEmpty());
    }

    /** Puts a rule, as now read, into the form. */
    private void choose(DelegationRule rule) {
        chosen = rule;
        if (rule == null) {
            level.clear();
            return;
        }
        if (type.getValue() != rule.type()) {
            type.setValue(rule.type());
        }
        level.setValue(rule.lowestRole());
        rules.select(rule);
    }

    private Optional<DelegationRule> rule(InterventionType of) {
        List<DelegationRule> all = rules.getListDataView().getItems().toList();
        return all.stream().filter(rule -> rule.type() == of).findFirst();
    }

    private String typeName(InterventionType of) {
        return getTranslation(of.textKey());
    }

    private String levelName(String role) {
        return role == null ? "" : getTranslation(Delegation.levelTextKey(role));
    }

    private static String when(Instant instant) {
        return SwedishTime.DATE_TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.decision.delegation-rules.title");
    }
}
