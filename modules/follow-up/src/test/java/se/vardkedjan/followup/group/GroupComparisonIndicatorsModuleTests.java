package se.vardkedjan.followup.group;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.followup.FollowUpModuleTest;
import se.vardkedjan.followup.GroupFollowUp;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static se.vardkedjan.followup.group.GroupTableFigures.column;
import static se.vardkedjan.followup.group.GroupTableFigures.cells;
import static se.vardkedjan.followup.group.GroupTableFigures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Öppna jämförelser's further indicators (issue 13, slice 3; ADR 0031's amendment) on {@link GroupFixture}'s data set
 * with these facts added, every figure worked out by hand. The cases with a first decision in the period: district 1's
 * 12 (decided 2026-03-04), district 2's 5 women (05-01) and — added here — its 2 men, refused on 05-01 (so 7 in
 * district 2, no granted intervention for the men), district 3's 7 (01-31): 26 in all, 24 of them granted.
 * <ul>
 * <li>The portal's information read (the citizen portal's reporting view, stood in for in follow-up's module tests):
 *     the right to a SIP by district 1's 6 women and 3 of its men and by 2 of district 2's women; the right to read
 *     one's file by all of district 1, 1 of district 2's women and all of district 3 (one of them after the period,
 *     which counts: informed at any time up to the refresh); the right to choose a provider by district 3's men, which
 *     is no indicator's.</li>
 * <li>The caseworker recorded telling the client (case handling's reporting view): the right to a SIP to district 3's
 *     cases 1–2 and to district 1's case 2 (a man who also read it: counted once), the right to read one's file to
 *     district 3's case 2 (who also read it).</li>
 * <li>SIPs: district 1's cases 1–4 an active one, case 5 a draft (not made); district 2's women 1–2 one followed up,
 *     and one man (refused: not among the cases a SIP figure is about) an active one; district 3's case 1 one whose
 *     consent was withdrawn (it was made).</li>
 * <li>Investigations (the fixture's drafts in districts 1 and 3, none in district 2): district 1's cases 1–10 and all of
 *     district 3 completed; cases 1–2 of district 1 name a child with the needs assessed, case 11 (a draft) one too;
 *     cases 3–5 name a relative, cases 6–7 have a relative as a source, case 12 (a draft) names a relative.</li>
 * <li>The children's and relatives' answers (slice 4, casehandling-1580), set in the rows as an investigation from
 *     before the rules would have them too: children — district 1's cases 1–2 "has children" (each assessed), case 3
 *     "has children" with its child not assessed, cases 4–7 "no children", cases 8–10 no answer (completed before the
 *     answer was asked), case 11 (a draft) "has children", case 12 (a draft) "no children"; district 3's cases 1–5
 *     "no children", 6–7 no answer. Relatives — district 1's case 1 "named" with none named, cases 3–4 "named" (their
 *     relative), case 5 no answer (its relative named counts), cases 6–7 no answer (a relative as a source counts),
 *     case 8 "none", case 9 "does not want them involved", cases 2 and 10 no answer, case 11 (a draft) "none";
 *     district 3's cases 1–3 "none", case 4 "declined", 5–7 no answer.</li>
 * </ul>
 */
@FollowUpModuleTest
class GroupComparisonIndicatorsModuleTests {

    private final GroupFollowUp group;
    private final SummaryRefresh refresh;
    private final JdbcClient jdbc;
    private GroupFixture data;

    GroupComparisonIndicatorsModuleTests(GroupFollowUp group, SummaryRefresh refresh, JdbcClient jdbc) {
        this.group = group;
        this.refresh = refresh;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void dataSet() {
        data = new GroupFixture(jdbc).create();
        for (int i = 5; i < 7; i++) {
            refused(data.district2Cases.get(i), LocalDate.of(2026, 5, 1));
        }
        var d1 = data.district1Cases;
        for (int i = 0; i < d1.size(); i++) {
            boolean woman = i % 2 == 0;
            if (woman || i < 6) {
                read(d1.get(i), "RIGHT_TO_SIP", "2026-03-01");
            }
            read(d1.get(i), "RIGHT_TO_READ_FILE", "2026-02-20");
        }
        read(data.district2Cases.get(0), "RIGHT_TO_SIP", "2026-04-01");
        read(data.district2Cases.get(1), "RIGHT_TO_SIP", "2026-04-01");
        read(data.district2Cases.get(2), "RIGHT_TO_READ_FILE", "2026-04-01");
        for (int i = 0; i < data.district3Cases.size(); i++) {
            read(data.district3Cases.get(i), "RIGHT_TO_READ_FILE", i == 0 ? "2026-08-01" : "2026-01-10");
            read(data.district3Cases.get(i), "RIGHT_TO_CHOOSE_PROVIDER", "2026-01-10");
        }

        told(data.district3Cases.get(0), "2026-01-20", null);
        told(data.district3Cases.get(1), "2026-01-20", "2026-01-20");
        told(d1.get(1), "2026-02-25", null);
        for (int i = 0; i < 4; i++) {
            sip(d1.get(i), "ACTIVE");
        }
        sip(d1.get(4), "DRAFT");
        sip(data.district2Cases.get(0), "FOLLOWED_UP");
        sip(data.district2Cases.get(1), "FOLLOWED_UP");
        sip(data.district2Cases.get(5), "ACTIVE");
        sip(data.district3Cases.get(0), "CONSENT_WITHDRAWN");

        for (int i = 0; i < 10; i++) {
            complete(d1.get(i));
        }
        data.district3Cases.forEach(this::complete);
        child(d1.get(0));
        child(d1.get(1));
        child(d1.get(10));
        relative(d1.get(2));
        relative(d1.get(3));
        relative(d1.get(4));
        relativeSource(d1.get(5));
        relativeSource(d1.get(6));
        relative(d1.get(11));
        answers(d1.get(0), "HAS_CHILDREN", "NAMED");
        answers(d1.get(1), "HAS_CHILDREN", null);
        answers(d1.get(2), "HAS_CHILDREN", "NAMED");
        child(d1.get(2), null);
        answers(d1.get(3), "NO_CHILDREN", "NAMED");
        answers(d1.get(4), "NO_CHILDREN", null);
        answers(d1.get(5), "NO_CHILDREN", null);
        answers(d1.get(6), "NO_CHILDREN", null);
        answers(d1.get(7), null, "NONE");
        answers(d1.get(8), null, "DECLINED");
        answers(d1.get(10), "HAS_CHILDREN", "NONE");
        answers(d1.get(11), "NO_CHILDREN", null);
        var d3 = data.district3Cases;
        for (int i = 0; i < d3.size(); i++) {
            answers(d3.get(i), i < 5 ? "NO_CHILDREN" : null, i < 3 ? "NONE" : i == 3 ? "DECLINED" : null);
        }
        refresh.refresh();
    }

    @Test
    void clientsInformedOfTheirRightToASipAndToReadTheirFileByDistrict() {
        TestActors.signIn(data.analyst());

        // SIP: district 1 9 of 12 = 75.0 %, district 2 2 of 7 = 28.6 %, district 3 2 of 7 (told by the caseworker)
        // = 28.6 %; in all 13 of 26 = 50.0 %
        assertThat(column(group.table(Measure.INFORMED_OF_SIP, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "75.0", data.d2, "28.6", data.d3, "28.6", GroupTable.TOTAL, "50.0"));
        // file: 12 of 12, 1 of 7 = 14.3 %, 7 of 7 (one read after the period counts); 20 of 26 = 76.9 %
        assertThat(column(group.table(Measure.INFORMED_OF_FILE, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "100.0", data.d2, "14.3", data.d3, "100.0", GroupTable.TOTAL, "76.9"));
    }

    @Test
    void sipsMadeAmongTheCasesThatGrantedAnIntervention() {
        TestActors.signIn(data.analyst());

        // district 1 4 of 12 (the draft is not made) = 33.3 %; district 2 2 of its 5 granted women = 40.0 % (the
        // refused man's SIP is outside); district 3 1 of 7 (consent withdrawn later) = 14.3 %; 7 of 24 = 29.2 %
        assertThat(column(group.table(Measure.SIP_MADE, Dimension.DISTRICT, Dimension.NONE, data.filter())))
                .isEqualTo(map(data.d1, "33.3", data.d2, "40.0", data.d3, "14.3", GroupTable.TOTAL, "29.2"));
    }

    @Test
    void childrensAndRelativesNeedsConsideredInACompletedInvestigationSideBySideAndOverTime() {
        TestActors.signIn(data.analyst());

        // children: district 1's cases 1–2 (has children, all assessed) and 4–7 (no children) — not case 3 (a child
        // not assessed), 8–10 (no answer) nor the drafts — 6 of 12 = 50.0 %; district 2 none investigated; district
        // 3's cases 1–5 (no children; 6–7 no answer) 5 of 7 = 71.4 %; 11 of 26 = 42.3 %
        assertThat(column(group.table(Measure.CHILDREN_CONSIDERED, Dimension.DISTRICT, Dimension.NONE,
                data.filter()))).isEqualTo(map(data.d1, "50.0", data.d2, "0.0", data.d3, "71.4",
                GroupTable.TOTAL, "42.3"));
        // over time: quarter 1 (districts 1 and 3) 11 of 19 = 57.9 %, quarter 2 (district 2) 0 of 7
        assertThat(column(group.table(Measure.CHILDREN_CONSIDERED, Dimension.QUARTER, Dimension.NONE,
                data.filter()))).isEqualTo(map("2026-Q1", "57.9", "2026-Q2", "0.0", GroupTable.TOTAL, "42.3"));
        // relatives: district 1's cases 3–5 (a relative named), 6–7 (a relative as a source), 8 (none) and 9
        // (declined) — not case 1 ("named" with none named), 2 and 10 (no answer, nothing named) nor the drafts —
        // 7 of 12 = 58.3 %; district 3's cases 1–3 (none) and 4 (declined) 4 of 7 = 57.1 %; 11 of 26 = 42.3 %
        assertThat(column(group.table(Measure.RELATIVES_CONSIDERED, Dimension.DISTRICT, Dimension.NONE,
                data.filter()))).isEqualTo(map(data.d1, "58.3", data.d2, "0.0", data.d3, "57.1",
                GroupTable.TOTAL, "42.3"));
    }

    @Test
    void aSmallCellAndTheCellsItCouldBeWorkedOutFromAreHidden() {
        TestActors.signIn(data.analyst());

        // by district and sex: district 2's 2 men are a small cell; its women (5, the line's only other figure but
        // the total) go with it; in the men's column district 1's men (6, fewer than district 3's 7), and then in the
        // women's column district 1's women (district 3 has none: a cell no one is behind, shown as the other group
        // tables show it, 0); every line then has two hidden or none
        var table = group.table(Measure.INFORMED_OF_SIP, Dimension.DISTRICT, Dimension.SEX, data.filter());
        assertThat(cells(table)).isEqualTo(map(
                data.d1, List.of("–", "–", "75.0"),
                data.d2, List.of("–", "–", "28.6"),
                data.d3, List.of("0", "28.6", "28.6"),
                GroupTable.TOTAL, List.of("72.7", "33.3", "50.0")));
    }

    @Test
    void anAnalystSeesOnlyAggregatesOfTheIndicators() {
        TestActors.signIn(data.analyst());

        assertThatThrownBy(() -> group.table(Measure.INFORMED_OF_SIP, Dimension.CASEWORKER, Dimension.NONE,
                data.filter())).isInstanceOfAny(RuleViolation.class, AccessDenied.class);
        for (var measure : List.of(Measure.INFORMED_OF_SIP, Measure.INFORMED_OF_FILE, Measure.SIP_MADE,
                Measure.CHILDREN_CONSIDERED, Measure.RELATIVES_CONSIDERED)) {
            assertThat(group.table(measure, Dimension.DISTRICT, Dimension.SEX, data.filter()).rows())
                    .extracting(GroupTable.Row::key).containsExactly(data.d1, data.d2, data.d3, GroupTable.TOTAL);
        }
    }

    private UUID person(UUID caseId) {
        return jdbc.sql("SELECT person_id FROM casehandling.cases WHERE id = ?").param(caseId)
                .query(UUID.class).single();
    }

    private void read(UUID caseId, String information, String on) {
        jdbc.sql("INSERT INTO citizenportal.reporting_information_reads (person_id, information_key, read_on) "
                + "VALUES (?, ?, ?)").params(person(caseId), information, Date.valueOf(on)).update();
    }

    private void told(UUID caseId, String sipOn, String fileOn) {
        jdbc.sql("""
                        INSERT INTO casehandling.client_informed (case_id, right_to_sip_on, right_to_read_file_on,
                            recorded_by, recorded_at) VALUES (?, ?, ?, 'test', now())""")
                .params(caseId, sipOn == null ? null : Date.valueOf(sipOn),
                        fileOn == null ? null : Date.valueOf(fileOn)).update();
    }

    private void refused(UUID caseId, LocalDate decided) {
        var decision = UUID.randomUUID();
        jdbc.sql("INSERT INTO casehandling.decisions (id, case_id, status, proposed_on, proposed_by) "
                + "VALUES (?, ?, 'PROPOSED', ?, 'test')").params(decision, caseId, Date.valueOf(decided)).update();
        jdbc.sql("""
                        INSERT INTO casehandling.decided_interventions (id, decision_id, position, intervention_type,
                            outcome, scope, reasons, legal_reference_code)
                        VALUES (?, ?, 1, 'OUTPATIENT', 'REFUSED', 'Stöd', 'Behovet tillgodoses på annat sätt.',
                            'SOL-11-1')""")
                .params(UUID.randomUUID(), decision).update();
        jdbc.sql("UPDATE casehandling.decisions SET status = 'DECIDED', decided_on = ?, decided_by = 'test' "
                + "WHERE id = ?").params(Date.valueOf(decided), decision).update();
    }

    private void sip(UUID caseId, String status) {
        boolean withdrawn = "CONSENT_WITHDRAWN".equals(status);
        jdbc.sql("""
                        INSERT INTO casehandling.coordinated_plans (id, case_id, status, plan_date, created_by,
                            consent_given_on, consent_form, consent_recorded_by, consent_withdrawn_on,
                            consent_withdrawal_recorded_by)
                        VALUES (?, ?, ?, DATE '2026-03-10', 'test', DATE '2026-03-01', 'WRITTEN', 'test', ?, ?)""")
                .params(UUID.randomUUID(), caseId, status, withdrawn ? Date.valueOf("2026-04-01") : null,
                        withdrawn ? "test" : null).update();
    }

    private UUID investigation(UUID caseId) {
        return jdbc.sql("SELECT id FROM casehandling.investigations WHERE case_id = ?").param(caseId)
                .query(UUID.class).single();
    }

    private void complete(UUID caseId) {
        jdbc.sql("""
                        UPDATE casehandling.investigations SET status = 'COMPLETED', started_on = DATE '2026-01-05',
                            subject = 'Missbruk', participation_mode = 'MEETING', assessment = 'Bedömning',
                            proposal = 'Förslag', communicated_on = DATE '2026-01-20',
                            communication_channel = 'MEETING', completed_on = DATE '2026-01-25',
                            completed_by = 'test'
                        WHERE case_id = ?""").param(caseId).update();
    }

    private void child(UUID caseId) {
        child(caseId, "Behoven är tillgodosedda.");
    }

    private void child(UUID caseId, String needsAssessment) {
        jdbc.sql("INSERT INTO casehandling.investigation_children (investigation_id, position, birth_year, "
                + "needs_assessment) VALUES (?, 1, 2015, ?)").params(investigation(caseId), needsAssessment).update();
    }

    private void answers(UUID caseId, String children, String relatives) {
        jdbc.sql("UPDATE casehandling.investigations SET children_answer = ?, relatives_answer = ? WHERE case_id = ?")
                .params(children, relatives, caseId).update();
    }

    private void relative(UUID caseId) {
        jdbc.sql("INSERT INTO casehandling.investigation_relatives (investigation_id, position, name, "
                + "consent_to_contact) VALUES (?, 1, 'Anhörig', true)").param(investigation(caseId)).update();
    }

    private void relativeSource(UUID caseId) {
        jdbc.sql("INSERT INTO casehandling.investigation_sources (investigation_id, position, source_kind, what) "
                + "VALUES (?, 1, 'RELATIVE', 'Samtal med modern.')").param(investigation(caseId)).update();
    }
}
