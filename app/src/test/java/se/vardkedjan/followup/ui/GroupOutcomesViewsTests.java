package se.vardkedjan.followup.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.followup.group.Dimension;
import se.vardkedjan.followup.group.Measure;
import com.vaadin.flow.component.html.Paragraph;
import se.vardkedjan.sharedkernel.Roles;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Utfall tab and the committee's report browserless against the real app and database (issue 13, slice 2): an
 * analyst sees the mean AUDIT change of a district's clients with its definition on the page and the report's
 * download; a unit manager's documentation table counts a case with an overdue follow-up as lacking "follow-up done".
 */
class GroupOutcomesViewsTests extends GroupViewsTestSupport {

    GroupOutcomesViewsTests() {
        super("go");
    }

    @BeforeEach
    void sevenWomenMeasuredAndOneFollowUpOverdue() {
        var received = LocalDate.now().minusDays(40);
        for (int i = 0; i < 7; i++) {
            var caseId = aCase("FEMALE", received);
            women.add(caseId);
            granted(caseId, received.plusDays(10));
            // AUDIT 20 at the investigation, 14 at the follow-up: −6 each
            measurement(caseId, "BASELINE", LocalDate.now().minusDays(35), 20);
            measurement(caseId, "FOLLOW_UP", LocalDate.now().minusDays(5), 14);
        }
        // one case's follow-up was due a week ago and is not done
        jdbc.sql("""
                        INSERT INTO followup.scheduled_follow_ups (id, case_id, unit_code, source_kind, source_id,
                            intervention_type, due_on, status, scheduled_at)
                        VALUES (?, ?, ?, 'INTERVENTION', ?, 'OUTPATIENT', ?, 'DUE', now())""")
                .params(UUID.randomUUID(), women.getFirst(), unit, UUID.randomUUID(),
                        Date.valueOf(LocalDate.now().minusDays(7))).update();
        refresh.refresh();
    }

    @Test
    void anAnalystSeesTheMeanAuditChangeOnTheOutcomesTabWithItsDefinitionAndTheCommitteesReport() {
        KaribuVaadin.logIn(context, "go-analytiker", "Ann Analytiker", List.of(Roles.ANALYST), List.of());
        UI.getCurrent().navigate("uppfoljning");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("group-tab-outcomes")));
        assertThat(_get(Tab.class, spec -> spec.withId("group-tab-outcomes")).getLabel()).isEqualTo("Utfall");
        @SuppressWarnings("unchecked")
        Select<Measure> measure = _get(Select.class, spec -> spec.withId("group-measure"));
        assertThat(measure.getListDataView().getItems()).contains(Measure.GOALS_REACHED, Measure.AUDIT_CHANGE,
                Measure.DUDIT_IMPROVED, Measure.ASI_RELIABLY_IMPROVED);
        _setValue(measure, Measure.AUDIT_CHANGE);
        @SuppressWarnings("unchecked")
        Select<Dimension> rows = _get(Select.class, spec -> spec.withId("group-rows"));
        assertThat(rows.getListDataView().getItems()).contains(Dimension.INTERVENTION_TYPE, Dimension.PROVIDER)
                .doesNotContain(Dimension.CASEWORKER);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> box = _get(MultiSelectComboBox.class, spec -> spec.withId("group-districts"));
        _setValue(box, Set.of(district));
        _click(_get(Button.class, spec -> spec.withId("group-show")));

        var table = _get(NativeTable.class, spec -> spec.withId("group-table-audit-change-table"));
        var texts = texts(table);
        assertThat(texts.get(1).getFirst()).isEqualTo("Distrikt " + district.substring(0, district.length() - 2));
        assertThat(texts.get(1).get(1)).endsWith("6,0").isNotEqualTo("6,0");
        assertThat(texts.get(2).get(1)).endsWith("6,0");
        assertThat(_get(Paragraph.class, spec -> spec.withId("group-outcomes-about")).getText())
                .contains("första mätningen");
        assertThat(_get(Html.class, spec -> spec.withId("group-table-audit-change-chart")).getInnerHtml())
                .contains("role=\"img\"");
        assertThat(_get(Anchor.class, spec -> spec.withId("group-report-pdf")).getText())
                .isEqualTo("Rapport till nämnden (PDF)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("group-definition")).getText())
                .startsWith("Medelvärdet per klient");

        // Öppna jämförelser: all 7 cases had AUDIT at the investigation, with the definition on the page
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("group-tab-open-comparisons")));
        _setValue(box, Set.of(district));
        _click(_get(Button.class, spec -> spec.withId("group-show")));
        var comparisons = texts(_get(NativeTable.class,
                spec -> spec.withId("group-table-instrument-at-investigation-table")));
        assertThat(comparisons.get(1).get(1)).isEqualTo("100,0");
        assertThat(_get(Paragraph.class, spec -> spec.withId("group-definition")).getText())
                .contains("ASI, AUDIT eller DUDIT");

        // slice 3: 5 of the 7 clients marked the portal's information on SIP read (the citizen portal's real
        // reporting view, which follow-up's module tests only stand in for): 71,4 %
        for (var caseId : women.subList(0, 5)) {
            jdbc.sql("""
                            INSERT INTO citizenportal.information_reads (id, information_key, information_version,
                                person_id, read_at)
                            SELECT ?, 'RIGHT_TO_SIP', 1, person_id, now() FROM casehandling.cases WHERE id = ?""")
                    .params(UUID.randomUUID(), caseId).update();
        }
        refresh.refresh();
        @SuppressWarnings("unchecked")
        Select<Measure> indicator = _get(Select.class, spec -> spec.withId("group-measure"));
        assertThat(indicator.getListDataView().getItems()).contains(Measure.INFORMED_OF_SIP, Measure.INFORMED_OF_FILE,
                Measure.SIP_MADE, Measure.CHILDREN_CONSIDERED, Measure.RELATIVES_CONSIDERED);
        _setValue(indicator, Measure.INFORMED_OF_SIP);
        _click(_get(Button.class, spec -> spec.withId("group-show")));
        assertThat(texts(_get(NativeTable.class, spec -> spec.withId("group-table-informed-of-sip-table")))
                .get(1).get(1)).isEqualTo("71,4");
        assertThat(_get(Paragraph.class, spec -> spec.withId("group-definition")).getText())
                .contains("rätten till samordnad individuell plan");
    }

    @Test
    void aShareReliablyImprovedWithoutAPublishedThresholdIsShownAsNotAvailableWithTheReasonNotAsZero()
            throws java.io.IOException {
        KaribuVaadin.logIn(context, "go-analytiker", "Ann Analytiker", List.of(Roles.ANALYST), List.of());
        UI.getCurrent().navigate("uppfoljning");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("group-tab-outcomes")));
        @SuppressWarnings("unchecked")
        Select<Measure> measure = _get(Select.class, spec -> spec.withId("group-measure"));
        _setValue(measure, Measure.AUDIT_RELIABLY_IMPROVED);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> box = _get(MultiSelectComboBox.class, spec -> spec.withId("group-districts"));
        _setValue(box, Set.of(district));
        _click(_get(Button.class, spec -> spec.withId("group-show")));

        // the table (which is also what the CSV, the XLSX and the committee's report are written from)
        var texts = texts(_get(NativeTable.class, spec -> spec.withId("group-table-audit-reliably-improved-table")));
        assertThat(texts.subList(1, texts.size())).allSatisfy(row ->
                assertThat(row.subList(1, row.size())).allSatisfy(cell ->
                        assertThat(cell).isEqualTo("ej tillgängligt *")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("group-table-audit-reliably-improved-not-available"))
                .getText()).startsWith("* Ej tillgängligt: AUDIT har ingen publicerad gräns");
        // no bar chart of a figure that does not exist
        assertThat(_find(Html.class, spec -> spec.withId("group-table-audit-reliably-improved-chart"))).isEmpty();
        // the CSV as downloaded: the text and the reason, no 0
        var csv = new String(download(_get(Anchor.class,
                spec -> spec.withId("group-table-audit-reliably-improved-csv"))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(";ej tillgängligt\r\n", "Ej tillgängligt: AUDIT har ingen publicerad gräns")
                .doesNotContain(";0,0");
        // the committee's report: the section's cells and the reason
        var reader = new org.openpdf.text.pdf.PdfReader(download(_get(Anchor.class,
                spec -> spec.withId("group-report-pdf"))));
        var pdf = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pdf.append(new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(pdf.toString().replaceAll("\\s+", " "))
                .contains("AUDIT: andel med säker förbättring (%)", "ej tillgängligt",
                        "Ej tillgängligt: AUDIT har ingen publicerad gräns");

        // the share improved is a figure as before: all 7 improved
        _setValue(measure, Measure.AUDIT_IMPROVED);
        _click(_get(Button.class, spec -> spec.withId("group-show")));
        assertThat(texts(_get(NativeTable.class, spec -> spec.withId("group-table-audit-improved-table"))).get(1)
                .get(1)).isEqualTo("100,0");
        assertThat(_find(Paragraph.class, spec -> spec.withId("group-table-audit-improved-not-available")))
                .isEmpty();
    }

    @Test
    void aUnitManagersDocumentationTableCountsACaseWithAnOverdueFollowUpAsLackingIt() {
        KaribuVaadin.logIn(context, "go-chef", "Cecilia Chef", List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER),
                List.of(unit));
        UI.getCurrent().navigate("uppfoljning");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("group-tab-documentation")));
        _click(_get(Button.class, spec -> spec.withId("group-show")));

        // 6 of 7 cases have no follow-up past its due day: 85.7 %
        var table = _get(NativeTable.class, spec -> spec.withId("group-table-documentation-table"));
        assertThat(texts(table).getFirst().getLast()).isEqualTo("Uppföljning gjord (%)");
        assertThat(texts(table).get(1).getLast()).isEqualTo("85,7");
    }

    /** What a download link gives, as the browser would get it (the handler the link's address stands for). */
    private static byte[] download(Anchor anchor) {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        var resource = (com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource) session
                .getResourceRegistry().getResource(java.net.URI.create(anchor.getHref())).orElseThrow();
        var bytes = new java.io.ByteArrayOutputStream();
        var response = org.mockito.Mockito.mock(com.vaadin.flow.server.VaadinResponse.class);
        try {
            org.mockito.Mockito.when(response.getOutputStream()).thenReturn(bytes);
            resource.getElementRequestHandler().handleRequest(com.vaadin.flow.server.VaadinRequest.getCurrent(),
                    response, session, resource.getOwner());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void measurement(UUID caseId, String occasion, LocalDate on, int total) {
        jdbc.sql("""
                        INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                            measured_on, source, recorded_by, recorded_at, total)
                        VALUES (?, ?, 'AUDIT', 1, ?, ?, 'STAFF', 'test', now(), ?)""")
                .params(UUID.randomUUID(), caseId, occasion, Date.valueOf(on), total).update();
    }
}
