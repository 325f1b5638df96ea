package se.vardkedjan.followup.group.ui;

import se.vardkedjan.followup.GroupFollowUp;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.followup.GroupFollowUp;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.ViewClock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The administrator's budget for group follow-up (ADR 0031): per year, for the whole municipality or a district, and
 * for every intervention type or one, in whole kronor. Follow-up's money view shows it against the cost.
 */
@Route("admin/budget")
@Menu(order = 95, title = "followup.group.budget-admin.title", icon = "vaadin:money")
@RolesAllowed(Roles.ADMINISTRATOR)
class BudgetView extends VerticalLayout implements HasDynamicTitle {

    /** The choice of the whole municipality or every type (the facade's ''). */
    private static final String ALL = "*";

    private final GroupFollowUp group;
    private final FormProblems problems = new FormProblems(this, "budget");
    private final IntegerField year = new IntegerField();
    private final ComboBox<String> district = new ComboBox<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final BigDecimalField amount = new BigDecimalField();

    BudgetView(GroupFollowUp group, Organisation organisation, ViewClock clock) {
        this.group = group;
        var heading = new H1(getTranslation("followup.group.budget-admin.title"));
        heading.setId("budget-heading");
        year.setId("budget-year");
        year.setLabel(getTranslation("followup.group.budget.year"));
        year.setValue(clock.today().getYear());
        Map<String, String> districts = new HashMap<>();
        districts.put(ALL, getTranslation("followup.group.whole-municipality"));
        organisation.districts().forEach(d -> districts.put(d.code(), d.name()));
        var districtCodes = new ArrayList<>(districts.keySet());
        districtCodes.sort((a, b) -> ALL.equals(a) ? -1 : ALL.equals(b) ? 1 : districts.get(a).compareTo(districts.get(b)));
        district.setItems(districtCodes);
        district.setItemLabelGenerator(districts::get);
        district.setValue(ALL);
        district.setId("budget-district");
        district.setLabel(getTranslation("followup.group.budget.district"));
        var types = new ArrayList<String>();
        types.add(ALL);
        Arrays.stream(InterventionType.values()).map(Enum::name).forEach(types::add);
        type.setItems(types);
        type.setItemLabelGenerator(t -> ALL.equals(t) ? getTranslation("followup.group.budget.all-types")
                : getTranslation(GroupTexts.interventionType(t)));
        type.setValue(ALL);
        type.setId("budget-type");
        type.setLabel(getTranslation("followup.group.budget.type"));
        amount.setId("budget-amount");
        amount.setLabel(getTranslation("followup.group.budget.amount"));
        problems.required("followup.group.budget.year", year);
        problems.required("followup.group.budget.amount", amount);
        problems.required("followup.group.budget.district", district);
        problems.required("followup.group.budget.type", type);
        var save = new Button(getTranslation("followup.group.budget.save"), click -> save());
        save.setId("budget-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, new Paragraph(getTranslation("followup.group.budget-admin.explained")), problems.summary(),
                new FieldRow(year, district, type, amount), save);
    }

    private void save() {
        if (!problems.check()) {
            return;
        }
        var kronor = amount.getValue().setScale(0, java.math.RoundingMode.HALF_UP);
        if (kronor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 100)) > 0) {
            problems.show(se.vardkedjan.sharedkernel.RuleViolation.forField("followup.group.budget.amount",
                    "followup.group.error.amount-too-large"));
            return;
        }
        if (problems.attempt(() -> group.setBudget(year.getValue(), whole(district.getValue()), whole(type.getValue()),
                kronor.longValueExact()))) {
            Notification.show(getTranslation("followup.group.budget.saved"));
        }
    }

    private static String whole(String code) {
        return ALL.equals(code) ? "" : code;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.group.budget-admin.title");
    }
}
