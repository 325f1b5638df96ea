package se.vardkedjan;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.followup.group.SummaryRefresh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group follow-up in a real Chromium (issue 13's "Done when", ADR 0031): the analyst logs in, filters three districts
 * and the women among their clients, splits them by age group, downloads the table as CSV with the small cells still
 * hidden, and every view of the page passes axe-core without a serious or critical finding. The clients are written
 * straight into case handling's tables in three districts of the test's own and the summaries are built from them.
 */
class GroupFollowUpEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SummaryRefresh refresh;

    @Test
    void anAnalystComparesThreeDistrictsWomenByAgeGroupAndDownloadsTheTableWithSmallCellsStillHidden()
            throws Exception {
        var tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        var names = new String[] {"Östra " + tag, "Västra " + tag, "Centrum " + tag};
        for (int d = 0; d < 3; d++) {
            var district = "e2e-" + tag + "-" + d;
            var unit = district + "-u";
            jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES (?, ?)").params(district, names[d])
                    .update();
            jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, ?, ?)")
                    .params(unit, district, "Enhet " + names[d]).update();
            // per district: 6 women of 30–49, 5 of 50–64, 1 of 65+ (hidden, and with it the 5), and 4 men
            for (int i = 0; i < 6; i++) {
                client(unit, "FEMALE", LocalDate.of(1985, 3, 3));
            }
            for (int i = 0; i < 5; i++) {
                client(unit, "FEMALE", LocalDate.of(1968, 3, 3));
            }
            client(unit, "FEMALE", LocalDate.of(1950, 3, 3));
            for (int i = 0; i < 4; i++) {
                client(unit, "MALE", LocalDate.of(1985, 3, 3));
            }
        }
        refresh.refresh();
        page.setViewportSize(1366, 900);

        page.navigate(EndToEndStack.appUrl() + "/uppfoljning");
        logInAtKeycloak("analytiker");
        assertThat(page.locator("#group-heading")).hasText("Uppföljning på gruppnivå");
        for (var name : names) {
            page.locator("#group-districts input").fill(name);
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        }
        page.keyboard().press("Escape");
        page.locator("#group-sexes input").fill("Kvinnor");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Kvinnor").setExact(true)).click();
        page.keyboard().press("Escape");
        choose("#group-columns", "Åldersgrupp");
        page.locator("#group-show").click();

        var table = page.locator("#group-table-clients-table");
        expect(table);
        for (var name : names) {
            assertThat(table.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(name)))
                    .containsText("6");
        }
        assertThat(table).containsText("–");
        assertThat(page.locator("#group-table-clients-chart svg[role=img]")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("^Diagram: Klienter"));
        EndToEndStack.assertAccessible(page);

        var download = page.waitForDownload(() -> page.locator("#group-table-clients-csv").click());
        var csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        for (var name : names) {
            // 18–20, 21–29: none; 30–49: 6; 50–64 hidden with the 65+ it could give away; 12 in all
            assertThat(csv).contains(name + ";0;0;6;–;–;12");
        }
        assertThat(csv).doesNotContain(";4;").contains("färre än 5 personer");

        for (var tab : new String[] {"#group-tab-money", "#group-tab-time-limits", "#group-tab-documentation",
                "#group-tab-outcomes", "#group-tab-open-comparisons"}) {
            page.locator(tab).click();
            page.locator("#group-show").click();
            page.locator("#group-result h2").first().waitFor();
            EndToEndStack.assertAccessible(page);
        }
        // the committee's report for the same filter, as PDF
        var report = page.waitForDownload(() -> page.locator("#group-report-pdf").click());
        var text = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(
                Files.readAllBytes(report.path()))).getTextFromPage(1);
        assertThat(text).contains("rapport till nämnden").contains(names[0]).contains("Kvinnor");
    }

    private void client(String unit, String sex, LocalDate born) {
        var person = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO casehandling.persons (id, identity_kind, identity_number, birth_date, sex,
                            given_name, family_name) VALUES (?, 'RESERVE_NUMBER', ?, ?, ?, 'Test', 'Gruppsson')""")
                .params(person, String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L)),
                        Date.valueOf(born), sex).update();
        jdbc.sql("""
                        INSERT INTO casehandling.cases (id, person_id, unit_code, registered_by, status, intake_kind,
                            received_on, description) VALUES (?, ?, ?, 'test', 'INVESTIGATION', 'APPLICATION', ?,
                            'Ansökan.')""")
                .params(UUID.randomUUID(), person, unit, Date.valueOf(LocalDate.now().minusDays(20))).update();
    }
}
