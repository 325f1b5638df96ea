package se.vardkedjan.organisation.ui;

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
import se.vardkedjan.organisation.DelegationRule;
import se.vardkedjan.organisation.DelegationRuleChange;
import se.vardkedjan.organisation.DelegationRules;
import se.vardkedjan.organisation.domain.DelegationLevels;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The administrator's delegation order (delegationsordning): for each intervention type, the lowest role that may
 * decide it, who changed it last and when; a form to change a rule as the committee decided, and the history of
 * changes. A change made by someone else meanwhile is shown and never overwritten.
 */
@Route("admin/delegation")
@Menu(order = 91, title = "organisation.delegation-rules.title", icon = "vaadin:gavel")
@RolesAllowed(Roles.ADMINISTRATOR)
class DelegationRulesView extends VerticalLayout implements HasDynamicTitle {

    private final DelegationRules administration;
    private final Grid<DelegationRule> rules = new Grid<>();
    private final Grid<DelegationRuleChange> history = new Grid<>();
    private final Paragraph noHistory = new Paragraph();
    private final Select<String> type = new Select<>();
    private final Select<String> level = new Select<>();
    private final TextField basis = new TextField();
    /** The rule as it was read when chosen in the form; its version goes with the change. */
    private DelegationRule chosen;
    private final FormProblems problems = new FormProblems(this, "delegation-rule");

    DelegationRulesView(DelegationRules administration) {
        this.administration = administration;

        rules.setId("delegation-rules");
        rules.addColumn(rule -> typeName(rule.type())).setKey("type")
                .setHeader(getTranslation("organisation.delegation-rules.type"));
        rules.addColumn(rule -> levelName(rule.lowestRole())).setKey("level")
                .setHeader(getTranslation("organisation.delegation-rules.level"));
        rules.addColumn(rule -> rule.lastChangedAt() == null
                        ? getTranslation("organisation.delegation-rules.as-installed")
                        : getTranslation("organisation.delegation-rules.last-changed-value",
                                when(rule.lastChangedAt()), rule.lastChangedBy()))
                .setKey("last-changed")
                        .setHeader(getTranslation("organisation.delegation-rules.last-changed"));
        rules.setAllRowsVisible(true);
        sortableByText(rules);
        rules.addItemClickListener(click -> choose(click.getItem()));

        type.setId("delegation-rule-type");
        type.setLabel(getTranslation("organisation.delegation-rules.type"));
        type.setItemLabelGenerator(this::typeName);
        type.addValueChangeListener(change -> choose(change.getValue() == null ? null
                : rule(change.getValue()).orElse(null)));
        level.setId("delegation-rule-level");
        level.setLabel(getTranslation("organisation.delegation-rules.level"));
        level.setItems(Roles.CASEWORKER, Roles.UNIT_MANAGER);
        level.setItemLabelGenerator(this::levelName);
        basis.setId("delegation-rule-basis");
        basis.setLabel(getTranslation("organisation.delegation-rules.basis"));
        basis.setHelperText(getTranslation("organisation.delegation-rules.basis-help"));
        basis.setMaxLength(200);
        basis.setWidth("24em");
        var save = new Button(getTranslation("organisation.delegation-rules.change"), click -> save());
        save.setId("delegation-rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        history.setId("delegation-rule-changes");
        history.addColumn(change -> when(change.changedAt())).setKey("changed-at").setHeader(
                getTranslation("organisation.delegation-rules.history.changed-at"));
        history.addColumn(change -> typeName(change.type())).setKey("type")
                .setHeader(getTranslation("organisation.delegation-rules.type"));
        history.addColumn(change -> levelName(change.previousRole())).setKey("from").setHeader(
                getTranslation("organisation.delegation-rules.history.from"));
        history.addColumn(change -> levelName(change.newRole())).setKey("to")
                .setHeader(getTranslation("organisation.delegation-rules.history.to"));
        history.addColumn(DelegationRuleChange::basis).setKey("basis")
                .setHeader(getTranslation("organisation.delegation-rules.basis"));
        history.addColumn(DelegationRuleChange::changedBy).setKey("changed-by").setHeader(
                getTranslation("organisation.delegation-rules.history.changed-by"));
        history.setAllRowsVisible(true);
        sortableByText(history);
        problems.required("organisation.delegation-rules.type", type);
        problems.required("organisation.delegation-rules.level", level);
        problems.required("organisation.delegation-rules.basis", basis);
        noHistory.setId("delegation-rule-changes-none");
        noHistory.setText(getTranslation("organisation.delegation-rules.history.none"));

        var heading = new H1(getTranslation("organisation.delegation-rules.title"));
        heading.setId("delegation-heading");
        add(heading, new Paragraph(getTranslation("organisation.delegation-rules.explained")), rules,
                new H2(getTranslation("organisation.delegation-rules.change-heading")), problems.summary(),
                new FieldRow(type,
                        level, basis), save,
                new H2(getTranslation("organisation.delegation-rules.history.heading")), noHistory, history);
        refresh();
    }

    /** Changes the chosen rule with the version read; on a concurrent change, shows the other change instead. */
    private void save() {
        var rule = chosen;
        if (!problems.check()) {
            return;
        }
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
                            "organisation.delegation-rules.error.changed-meanwhile",
                            DelegationLevels.typeTextKey(rule.type()),
                            DelegationLevels.levelTextKey(fresh.lowestRole())))
                    .orElse(changed));
            choose(now.orElse(null));
            return;
        } catch (RuleViolation refused) {
            problems.show(refused);
            return;
        } catch (AccessDenied refused) {
            Problems.show(this, refused);
            return;
        }
        var done = Notification.show(getTranslation("organisation.delegation-rules.changed",
                typeName(rule.type()),
                levelName(level.getValue())));
        done.setId("delegation-rule-changed");
        basis.clear();
        refresh();
        choose(rule(rule.type()).orElse(null));
    }

    /**
     * Every column sorts by the text it shows (the types' and roles' names, not their codes), the cells wrap so
     * nothing is cut.
     */
    private <T> void sortableByText(Grid<T> grid) {
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getColumns().forEach(column -> column.setSortable(true).setResizable(true));
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
        if (!Objects.equals(type.getValue(), rule.type())) {
            type.setValue(rule.type());
        }
        level.setValue(rule.lowestRole());
        rules.select(rule);
    }

    private Optional<DelegationRule> rule(String of) {
        List<DelegationRule> all = rules.getListDataView().getItems().toList();
        return all.stream().filter(rule -> rule.type().equals(of)).findFirst();
    }

    /** The intervention type's name; a type without a text here is shown by its code. */
    private String typeName(String of) {
        var key = DelegationLevels.typeTextKey(of);
        return key.equals(of) ? of : getTranslation(key);
    }

    private String levelName(String role) {
        return role == null ? "" : getTranslation(DelegationLevels.levelTextKey(role));
    }

    private static String when(Instant instant) {
        return SwedishTime.DATE_TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.delegation-rules.title");
    }
}
