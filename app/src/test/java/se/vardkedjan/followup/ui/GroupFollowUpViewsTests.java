package se.vardkedjan.followup.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Abbr;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.followup.group.Dimension;
import se.vardkedjan.sharedkernel.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group follow-up's views browserless against the real app and database (ADR 0031): an analyst's table by district
 * and sex with its small cells shown as "–" (and the cell it could be worked out from), the chart beside it with a
 * text alternative and the downloads; a unit manager's drill-down to their unit's cases, logged; the administrator's
 * budget shown against the cost; caseworkers refused the page.
 */
class GroupFollowUpViewsTests extends GroupViewsTestSupport {

    GroupFollowUpViewsTests() {
        super("gv");
    }

    @BeforeEach
    void sevenWomenAndTwoMenGrantedOrWaiting() {
        var received = LocalDate.now().minusDays(40);
        for (int i = 0; i < 7; i++) {
            var caseId = aCase("FEMALE", received);
            women.add(caseId);
            granted(caseId, received.plusDays(10));
        }
        for (int i = 0; i < 2; i++) {
            aCase("MALE", received);
        }
        refresh.refresh();
    }

    @Test
    void anAnalystSeesClientsByDistrictAndSexWithSmallAndDerivableCellsHiddenAChartAndDownloads() {
        KaribuVaadin.logIn(context, "gv-analytiker", "Ann Analytiker", List.of(Roles.ANALYST), List.of());
        UI.getCurrent().navigate("uppfoljning");
        assertThat(_get(H1.class, spec -> spec.withId("group-heading")).getText())
                .isEqualTo("Uppföljning på gruppnivå");
        assertThat(_get(Tabs.class).getComponentCount()).isEqualTo(6);
        assertThat(_find(Button.class, spec -> spec.withId("group-drill-down-show"))).isEmpty();
        @SuppressWarnings("unchecked")
        Select<Dimension> rows = _get(Select.class, spec -> spec.withId("group-rows"));
        assertThat(rows.getListDataView().getItems()).doesNotContain(Dimension.CASEWORKER);

        choose(Set.of(district), Dimension.SEX);

        // 7 women and 2 men: the men's 2 is hidden, and so are the women's 7 (9 - 7 = 2); the total 9 shows
        var table = _get(NativeTable.class, spec -> spec.withId("group-table-clients-table"));
        assertThat(texts(table)).containsExactly(
                List.of("Stadsdel", "Kvinnor", "Män", "Totalt"),
                List.of("Distrikt " + district.substring(0, district.length() - 2), "–", "–", "9"),
                List.of("Totalt", "–", "–", "9"));
        assertThat(_find(Abbr.class)).allSatisfy(dash -> assertThat(dash.getTitle()).hasValueSatisfying(
                title -> assertThat(title).contains("färre än 5 personer")));
        var chart = _get(Html.class, spec -> spec.withId("group-table-clients-chart"));
        assertThat(chart.getInnerHtml()).contains("role=\"img\"").contains("aria-label=\"Diagram: Klienter")
                .doesNotContain(">7<").doesNotContain(">2<");
        assertThat(_get(Anchor.class, spec -> spec.withId("group-table-clients-csv")).getText())
                .isEqualTo("Ladda ner tabellen som CSV");
        assertThat(_get(Anchor.class, spec -> spec.withId("group-table-clients-xlsx")).getText())
                .contains("XLSX");
    }

    @Test
    void aUnitManagerOpensTheCasesOfTheirUnitThatLackADocumentationFlagAndEachReadIsLogged() {
        KaribuVaadin.logIn(context, "gv-chef", "Cecilia Chef", List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER),
                List.of(unit));
        UI.getCurrent().navigate("uppfoljning");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("group-tab-documentation")));
        _click(_get(Button.class, spec -> spec.withId("group-show")));

        var table = _get(NativeTable.class, spec -> spec.withId("group-table-documentation-table"));
        assertThat(texts(table).get(1)).containsExactly("Enhet " + unit.substring(0, unit.length() - 2), "7",
                "0,0", "0,0", "0,0", "0,0", "0,0", "100,0");
        _click(_get(Button.class, spec -> spec.withId("group-drill-down-show")));

        var cases = _find(Anchor.class).stream().map(Anchor::getHref).filter(href -> href.startsWith("arenden/"))
                .toList();
        assertThat(cases).containsExactlyInAnyOrderElementsOf(women.stream().map(id -> "arenden/" + id).toList());
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = 'gv-chef' "
                + "AND what = 'GROUP_FOLLOW_UP_CASES' AND case_unit = ?").param(unit).query(Long.class).single())
                .isEqualTo(7);
    }

    @Test
    void theAdministratorsBudgetIsShownAgainstTheCostAndACaseworkerIsRefusedThePage() {
        KaribuVaadin.logIn(context, "gv-admin", "Adam Admin", List.of(Roles.ADMINISTRATOR), List.of());
        UI.getCurrent().navigate("admin/budget");
        @SuppressWarnings("unchecked")
        ComboBox<String> districtBox = _get(ComboBox.class, spec -> spec.withId("budget-district"));
        _setValue(districtBox, district);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("budget-amount")), new BigDecimal("250000"));
        _click(_get(Button.class, spec -> spec.withId("budget-save")));
        assertThat(jdbc.sql("SELECT amount_kr FROM followup.budgets WHERE year = ? AND district_code = ? "
                + "AND intervention_type = ''").params(LocalDate.now().getYear(), district).query(Long.class)
                .single()).isEqualTo(250_000L);

        KaribuVaadin.logIn(context, "gv-handlaggare", "Hugo Handläggare", List.of(Roles.CASEWORKER), List.of(unit));
        UI.getCurrent().navigate("uppfoljning");
        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);
        assertThat(_find(NativeTable.class)).isEmpty();
    }

    private void choose(Set<String> districts, Dimension columns) {
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> box = _get(MultiSelectComboBox.class, spec -> spec.withId("group-districts"));
        _setValue(box, districts);
        @SuppressWarnings("unchecked")
        Select<Dimension> columnSelect = _get(Select.class, spec -> spec.withId("group-columns"));
        _setValue(columnSelect, columns);
        _click(_get(Button.class, spec -> spec.withId("group-show")));
    }
}
