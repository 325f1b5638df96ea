package se.vardkedjan.followup.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.followup.Instruments;
import se.vardkedjan.followup.Measurements;
import se.vardkedjan.followup.Occasion;
import se.vardkedjan.followup.instrument.domain.AnswerOption;
import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.sharedkernel.CaseId;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurements panel built directly for a case (its place on the case page's follow-up tab comes at the merge):
 * the ASI baseline the investigation gave, a recorded AUDIT scored by the product and shown after saving, a series with
 * its chart (an image with a name, cut-off lines, the reliable change marked with a symbol and text) and the same
 * figures in a table, and a withdrawal that leaves the series.
 */
class MeasurementsPanelTests extends FollowUpUiTestSupport {

    @Autowired
    Measurements measurements;
    @Autowired
    Instruments instruments;

    private CaseId decidedCase() {
        f.signIn(context, f.caseworker);
        var caseId = cases.decidedCase(BadInputFixture.UNIT, today.minusDays(40));
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (jdbc.sql("SELECT count(*) FROM followup.measurements WHERE case_id = ? AND instrument_code = 'ASI'")
                .param(caseId.value()).query(Long.class).single() == 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return caseId;
    }

    private MeasurementsPanel panel(CaseId caseId) {
        var panel = new MeasurementsPanel(measurements, caseId, today);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void theInvestigationsAsiIsTheBaselineAndAnAuditIsScoredByTheProductWhenSaved() {
        var caseId = decidedCase();
        panel(caseId);

        var asi = _get(Section.class, spec -> spec.withId("measurements-asi"));
        assertThat(_get(asi, NativeTable.class, spec -> spec.withId("measurements-asi-table"))
                .getBody().getRows()).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("measurements-asi-change")).getText())
                .as("the baseline alone").isEqualTo("Ingen baslinje att jämföra med ännu.");

        @SuppressWarnings("unchecked")
        ComboBox<InstrumentDefinition> instrument = _get(ComboBox.class, spec -> spec.withId("measurement-instrument"));
        var audit = instrument.getListDataView().getItems().filter(d -> d.code().equals("AUDIT")).findFirst()
                .orElseThrow();
        assertThat(instrument.getListDataView().getItems().map(InstrumentDefinition::code))
                .doesNotContain("GOAL", "ORS", "SRS");
        _setValue(instrument, audit);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Occasion> occasion = _get(RadioButtonGroup.class, spec -> spec.withId("measurement-occasion"));
        _setValue(occasion, Occasion.BASELINE);
        // Hand-computed: 1+2+3+4+0+1+2+3 = 16, item 9 = 2, item 10 = 4 → 22 ("Troligt beroende").
        var scores = new int[] {1, 2, 3, 4, 0, 1, 2, 3, 2, 4};
        for (int i = 0; i < scores.length; i++) {
            var item = audit.items().get(i);
            var score = scores[i];
            @SuppressWarnings("unchecked")
            RadioButtonGroup<AnswerOption> radios = _get(RadioButtonGroup.class,
                    spec -> spec.withId("measurement-item-" + item.code()));
            _setValue(radios, item.options().stream().filter(o -> o.score() == score).findFirst().orElseThrow());
        }
        _click(_get(Button.class, spec -> spec.withId("measurement-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("measurement-result")).getText())
                .startsWith("Sparad: AUDIT – alkoholvanor, 22 poäng.").contains("Troligt beroende")
                .contains("Över gränsen");
        var table = _get(NativeTable.class, spec -> spec.withId("measurements-audit-table"));
        assertThat(table.getBody().getRows()).hasSize(1);
        assertThat(table.getBody().getRows().getFirst().getElement().getTextRecursively())
                .contains("Baslinje").contains("22").contains("Troligt beroende").contains("Ja (gräns");
    }

    @Test
    void anUnansweredQuestionIsShownAtTheFormAndNothingIsStored() {
        var caseId = decidedCase();
        panel(caseId);
        @SuppressWarnings("unchecked")
        ComboBox<InstrumentDefinition> instrument = _get(ComboBox.class, spec -> spec.withId("measurement-instrument"));
        _setValue(instrument, instrument.getListDataView().getItems().filter(d -> d.code().equals("DUDIT"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("measurement-save")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("measurement-problems"))
                .getElement().getTextRecursively()).contains("Hur ofta använder du andra droger än alkohol?");
        assertThat(jdbc.sql("SELECT count(*) FROM followup.measurements WHERE case_id = ? AND instrument_code = "
                + "'DUDIT'").param(caseId.value()).query(Long.class).single()).isZero();
    }

    @Test
    void theChartNamesItselfDrawsTheCutOffAndMarksAReliableChangeWithASymbolAndText() {
        var caseId = decidedCase();
        f.signIn(context, f.administrator);
        instruments.stateLicence("ORS", "Avtal 2026-117");
        try {
            f.signIn(context, f.caseworker);
            var ors = new InstrumentRef("ORS", 1);
            measurements.record(caseId, ors, Occasion.BASELINE,
                    Map.of("INDIVIDUAL", "5", "INTERPERSONAL", "5", "SOCIAL", "5", "OVERALL", "5"),
                    today.minusDays(20));
            var mistaken = measurements.record(caseId, ors, Occasion.FOLLOW_UP,
                    Map.of("INDIVIDUAL", "1", "INTERPERSONAL", "1", "SOCIAL", "1", "OVERALL", "1"),
                    today.minusDays(10));
            measurements.record(caseId, ors, Occasion.FOLLOW_UP,
                    Map.of("INDIVIDUAL", "7", "INTERPERSONAL", "6", "SOCIAL", "6", "OVERALL", "6"), today);
            panel(caseId);

            var svg = _get(Svg.class, spec -> spec.withId("measurements-ors-chart")).getElement()
                    .getProperty("innerHTML");
            assertThat(svg).contains("role=\"img\"").contains("aria-label=\"Diagram: Skattning av mående (ORS). 3 "
                    + "mätningar. Senast 25 poäng").contains("class=\"vk-cut-off\"").contains("Gräns 25")
                    .contains("class=\"vk-reliable\"").contains("★ tillförlitlig förändring")
                    .contains("Kliniskt område");
            assertThat(_get(Paragraph.class, spec -> spec.withId("measurements-ors-change")).getText())
                    .isEqualTo("Förändring från baslinjen: +5 poäng, bättre. ★ Tillförlitlig förändring "
                            + "(minst 5 poäng).");
            var rows = _get(NativeTable.class, spec -> spec.withId("measurements-ors-table")).getBody().getRows();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getElement().getTextRecursively()).contains("−16 poäng, sämre")
                    .contains("★ Tillförlitlig förändring");

            var withdraw = _find(rows.get(1), Button.class).getFirst();
            _click(withdraw);
            _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class,
                    spec -> spec.withId("withdraw-measurement-reason")), "Fel klient i formuläret.");
            _click(_get(Button.class, spec -> spec.withId("withdraw-measurement-confirm")));

            var after = _get(NativeTable.class, spec -> spec.withId("measurements-ors-table")).getBody().getRows();
            assertThat(after).hasSize(2);
            assertThat(jdbc.sql("SELECT count(*) FROM followup.measurement_withdrawals WHERE measurement_id = ?")
                    .param(mistaken.id().value()).query(Long.class).single()).isEqualTo(1);
        } finally {
            f.signIn(context, f.administrator);
            instruments.withdrawLicence("ORS");
        }
    }

    @Test
    void aChangeOfAnInstrumentWithoutAPublishedThresholdSaysReliableChangeIsNotAvailable() {
        var caseId = decidedCase();
        f.signIn(context, f.caseworker);
        var dudit = new InstrumentRef("DUDIT", 1);
        var high = new java.util.HashMap<String, String>();
        var low = new java.util.HashMap<String, String>();
        for (int q = 1; q <= 11; q++) {
            high.put("Q" + q, "A4");
            low.put("Q" + q, "A0");
        }
        measurements.record(caseId, dudit, Occasion.BASELINE, high, today.minusDays(20));
        measurements.record(caseId, dudit, Occasion.FOLLOW_UP, low, today);
        panel(caseId);

        // 44 → 0 is a large improvement, yet without a published threshold it is not called reliable, nor unreliable
        assertThat(_get(Paragraph.class, spec -> spec.withId("measurements-dudit-change")).getText())
                .isEqualTo("Förändring från baslinjen: −44 poäng, bättre. Tillförlitlig förändring: "
                        + "ej tillgängligt (instrumentet har ingen publicerad gräns för tillförlitlig förändring).");
        var svg = _get(Svg.class, spec -> spec.withId("measurements-dudit-chart")).getElement()
                .getProperty("innerHTML");
        assertThat(svg).contains("ej tillgängligt").doesNotContain("class=\"vk-reliable\"");
    }
}
