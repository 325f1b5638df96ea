package se.vardkedjan.followup.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.followup.group.SummaryRefresh;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What group follow-up's browserless view tests share (ADR 0031): the app's context with the real database, a mock
 * Vaadin UI in Swedish with the app's routes (no one signed in), a new district with one unit of its own for each
 * test, and plain-SQL ways to put cases and granted decisions in that unit and to read a table's cells.
 */
@SpringBootTest
abstract class GroupViewsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SummaryRefresh refresh;

    /** The new district and its unit (codes {@code <tag>-d}, {@code <tag>-u}), new for each test. */
    String district;
    String unit;
    /** The cases of women the subclass's set-up made, in the order made. */
    final List<UUID> women = new ArrayList<>();

    private final String tagPrefix;

    /** @param tagPrefix starts the codes of the test's district and unit, so that each test class's are told apart */
    GroupViewsTestSupport(String tagPrefix) {
        this.tagPrefix = tagPrefix;
    }

    @BeforeEach
    void startVaadinInANewDistrict() {
        KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
        var tag = tagPrefix + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24, 1 << 28));
        district = tag + "-d";
        unit = tag + "-u";
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES (?, ?)").params(district, "Distrikt " + tag)
                .update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, ?, ?)")
                .params(unit, district, "Enhet " + tag).update();
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        context.getBeansOfType(SecurityContextHolderStrategy.class).values()
                .forEach(SecurityContextHolderStrategy::clearContext);
    }

    /** The table's rows as the texts of their cells (the heading row first). */
    static List<List<String>> texts(NativeTable table) {
        return table.getElement().getChildren()
                .filter(part -> !part.isTextNode())
                .flatMap(part -> part.getChildren())
                .filter(element -> !element.isTextNode() && "tr".equals(element.getTag()))
                .map(row -> row.getChildren().map(cell -> cell.getTextRecursively()).toList())
                .toList();
    }

    /** A case in the test's unit, under investigation, of a new person of the sex, received on the day. */
    UUID aCase(String sex, LocalDate received) {
        var person = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO casehandling.persons (id, identity_kind, identity_number, birth_date, sex,
                            given_name, family_name) VALUES (?, 'RESERVE_NUMBER', ?, DATE '1980-05-05', ?, 'Test',
                            'Gruppvy')""")
                .params(person, String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L)),
                        sex).update();
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO casehandling.cases (id, person_id, unit_code, registered_by, status, intake_kind,
                            received_on, description) VALUES (?, ?, ?, 'test', 'INVESTIGATION', 'APPLICATION', ?,
                            'Ansökan.')""")
                .params(id, person, unit, Date.valueOf(received)).update();
        return id;
    }

    /** Decides the case on the day, granting outpatient care that starts five days later. */
    void granted(UUID caseId, LocalDate decided) {
        var decision = UUID.randomUUID();
        jdbc.sql("INSERT INTO casehandling.decisions (id, case_id, status, proposed_on, proposed_by) "
                + "VALUES (?, ?, 'PROPOSED', ?, 'test')").params(decision, caseId, Date.valueOf(decided)).update();
        jdbc.sql("""
                        INSERT INTO casehandling.decided_interventions (id, decision_id, position, intervention_type,
                            outcome, scope, starts_on, legal_reference_code)
                        VALUES (?, ?, 1, 'OUTPATIENT', 'GRANTED', 'Stöd', ?, 'SOL-11-1')""")
                .params(UUID.randomUUID(), decision, Date.valueOf(decided.plusDays(5))).update();
        jdbc.sql("UPDATE casehandling.decisions SET status = 'DECIDED', decided_on = ?, decided_by = 'test' "
                + "WHERE id = ?").params(Date.valueOf(decided), decision).update();
        jdbc.sql("UPDATE casehandling.cases SET status = 'DECIDED' WHERE id = ?").param(caseId).update();
    }
}
