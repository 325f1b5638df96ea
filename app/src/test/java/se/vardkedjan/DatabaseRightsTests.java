package se.vardkedjan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database role the app runs as may do, table by table, against the app's own database after the changelog
 * has run: every table in the module schemas has its rights decided here, so a new table fails this test until someone
 * decides whether its rows are kept for good (ADR 0014). The role owns nothing and may create nothing.
 */
@SpringBootTest
class DatabaseRightsTests {

    static final List<String> MODULE_SCHEMAS = LiquibaseChangelogTests.MODULE_SCHEMAS;

    /** Rows are read, added, changed and removed by the app. */
    private static final Set<String> ORDINARY = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
    /** Rows are only ever added: never changed, never removed (append-only). */
    private static final Set<String> APPEND_ONLY = Set.of("SELECT", "INSERT");
    /** Rows are never removed, and change only as their trigger allows (a decision until decided, a grant revoked). */
    private static final Set<String> NEVER_REMOVED = Set.of("SELECT", "INSERT", "UPDATE");
    /** A module's reporting view, its published facts for the summaries of others: read only (ADR 0031). */
    private static final Set<String> READ_ONLY = Set.of("SELECT");

    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            entry("platform.event_publication", ORDINARY),
            // The event publications given up after their last attempt; an operator removes a row to hand the
            // publication over again (platform-0003, ADR 0033).
            entry("platform.given_up_publications", ORDINARY),
            // The last run of each job that runs once across the nodes (sharedkernel-0100, ADR 0033).
            entry("sharedkernel.job_runs", ORDINARY),
            entry("organisation.districts", ORDINARY),
            entry("organisation.units", ORDINARY),
            entry("organisation.staff_members", ORDINARY),
            entry("organisation.staff_units", ORDINARY),
            entry("organisation.legal_references", ORDINARY),
            entry("organisation.delegation_rules", ORDINARY),
            entry("organisation.delegation_rule_changes", APPEND_ONLY),
            entry("casehandling.persons", ORDINARY),
            entry("casehandling.person_names", ORDINARY),
            entry("casehandling.cases", ORDINARY),
            entry("casehandling.case_named_staff", ORDINARY),
            entry("casehandling.unit_persons", ORDINARY),
            entry("accesslog.access_log", APPEND_ONLY),
            entry("casehandling.investigations", ORDINARY),
            entry("casehandling.investigation_sources", ORDINARY),
            entry("casehandling.investigation_needs", ORDINARY),
            entry("casehandling.investigation_children", ORDINARY),
            entry("casehandling.investigation_relatives", ORDINARY),
            entry("casehandling.decisions", NEVER_REMOVED),
            entry("casehandling.decided_interventions", NEVER_REMOVED),
            entry("casehandling.care_plans", ORDINARY),
            entry("casehandling.care_plan_goals", ORDINARY),
            entry("casehandling.care_plan_activities", ORDINARY),
            // The client's own words from the portal are part of the file (casehandling-1312, ADR 0028).
            entry("casehandling.care_plan_goal_comments", APPEND_ONLY),
            entry("casehandling.care_plan_client_agreements", APPEND_ONLY),
            // The client's applications and the messages are part of the file; read marks, notice addresses and the
            // notices' outbox are not (casehandling-1365, ADR 0028 slice 2).
            entry("casehandling.portal_applications", APPEND_ONLY),
            entry("casehandling.case_messages", APPEND_ONLY),
            entry("casehandling.case_message_reads", ORDINARY),
            entry("casehandling.client_notice_addresses", ORDINARY),
            entry("casehandling.notice_outbox", ORDINARY),
            // "Jag har läst detta" on the portal's information, for follow-up's counts (citizenportal-0101).
            entry("citizenportal.information_reads", APPEND_ONLY),
            // The client's choices are a history: a choice is reversed by a new row (casehandling-1391, ADR 0028).
            entry("casehandling.client_choices", APPEND_ONLY),
            // Drafts are changed and deleted; a signed entry is refused both by its trigger.
            entry("casehandling.journal_entries", ORDINARY),
            entry("casehandling.journal_objections", APPEND_ONLY),
            entry("casehandling.journal_releases", APPEND_ONLY),
            entry("casehandling.coordinated_plans", ORDINARY),
            entry("casehandling.coordinated_plan_participants", ORDINARY),
            entry("casehandling.coordinated_plan_measures", ORDINARY),
            entry("casehandling.coordinated_plan_history", APPEND_ONLY),
            entry("casehandling.coordinated_plan_read_grants", NEVER_REMOVED),
            entry("casehandling.accounts", ORDINARY),
            entry("casehandling.case_named_staff_history", APPEND_ONLY),
            entry("casehandling.protection_proposals", NEVER_REMOVED),
            entry("casehandling.protection_history", APPEND_ONLY),
            entry("accesslog.security_events", APPEND_ONLY),
            // The clients' questions about the access log and the managers' answers are kept (accesslog-0602).
            entry("accesslog.access_questions", APPEND_ONLY),
            entry("accesslog.access_question_answers", APPEND_ONLY),
            // Named by assignments and their costs for as long as the file is kept: deactivated or ended, not removed.
            entry("providercontracts.providers", NEVER_REMOVED),
            entry("providercontracts.methods", NEVER_REMOVED),
            entry("providercontracts.contracts", NEVER_REMOVED),
            entry("providercontracts.provider_units", ORDINARY),
            entry("providercontracts.method_intervention_types", ORDINARY),
            entry("providercontracts.contract_methods", ORDINARY),
            // Assignments stay in the case file (a withdrawn draft too); their history and the goals copied when
            // sent are never changed (providercontracts-0290, ADR 0024).
            entry("providercontracts.assignments", NEVER_REMOVED),
            entry("providercontracts.assignment_history", APPEND_ONLY),
            entry("providercontracts.assignment_goals", APPEND_ONLY),
            entry("providercontracts.assignment_settings", ORDINARY),
            // The implementation plan: the plan is never removed (its draft changes); an established version and its
            // activities are never changed (providercontracts-0390, ADR 0027).
            entry("providercontracts.implementation_plans", NEVER_REMOVED),
            entry("providercontracts.implementation_plan_draft_activities", ORDINARY),
            entry("providercontracts.implementation_plan_versions", APPEND_ONLY),
            entry("providercontracts.implementation_plan_activities", APPEND_ONLY),
            // What the provider reported is kept as reported: a wrong day is corrected by a correction that cancels
            // it, never changed (providercontracts-0395, ADR 0026).
            entry("providercontracts.attendance_reports", APPEND_ONLY),
            entry("providercontracts.attendance_days", APPEND_ONLY),
            entry("providercontracts.attendance_corrections", APPEND_ONLY),
            entry("providercontracts.attendance_corrected_days", APPEND_ONLY),
            entry("providercontracts.deviations", APPEND_ONLY),
            entry("providercontracts.completion_reports", APPEND_ONLY),
            entry("providercontracts.completion_goals", APPEND_ONLY),
            // A scheduled follow-up is never removed: a cancelled one stays (followup-0290, ADR 0030).
            entry("followup.scheduled_follow_ups", NEVER_REMOVED),
            // The order of case handling's events the schedule has applied: a removed row would let an older event
            // through again (followup-0793, ADR 0033).
            entry("followup.applied_event_order", NEVER_REMOVED),
            // The reporting views follow-up summarises, and follow-up's summaries, budget and settings, which are
            // derived or set by the administrator (ADR 0031).
            entry("casehandling.reporting_cases", READ_ONLY),
            entry("casehandling.reporting_interventions", READ_ONLY),
            entry("casehandling.reporting_documentation", READ_ONLY),
            entry("providercontracts.reporting_assignments", READ_ONLY),
            entry("providercontracts.reporting_assignment_months", READ_ONLY),
            entry("followup.case_summary", ORDINARY),
            entry("followup.intervention_summary", ORDINARY),
            entry("followup.assignment_summary", ORDINARY),
            entry("followup.cost_summary", ORDINARY),
            entry("followup.summary_refresh", ORDINARY),
            entry("followup.budgets", ORDINARY),
            entry("followup.group_settings", ORDINARY),
            // Outcomes and follow-ups on time, derived by the refresh; the definitions' outcome rules, written at start
            // (followup-0500, ADR 0031's amendment).
            entry("followup.outcome_summary", ORDINARY),
            entry("followup.goal_summary", ORDINARY),
            entry("followup.follow_up_summary", ORDINARY),
            entry("followup.outcome_rules", ORDINARY),
            // The narrow copies of the case and cost summaries with their dictionary and person numbers, rebuilt by
            // the same refresh (followup-0750, ADR 0031's slice-4 amendment).
            entry("followup.case_cells", ORDINARY),
            entry("followup.cost_cells", ORDINARY),
            entry("followup.cell_codes", ORDINARY),
            entry("followup.person_numbers", ORDINARY),
            // The cost per person and year, rebuilt after them (followup-0760, ADR 0031's slice-5 amendment).
            entry("followup.cost_person_years", ORDINARY),
            // The reporting views of Öppna jämförelser's further indicators (casehandling-1551, citizenportal-0221,
            // ADR 0031's amendment, slice 3).
            entry("casehandling.reporting_investigations", READ_ONLY),
            entry("casehandling.reporting_coordinated_plans", READ_ONLY),
            entry("citizenportal.reporting_information_reads", READ_ONLY),
            // The day the caseworker told the client of their rights, and its reporting view (casehandling-1560).
            entry("casehandling.client_informed", ORDINARY),
            entry("casehandling.reporting_client_informed", READ_ONLY),
            // The case staff's acknowledgement of a serious incident stays by whom and when it was made
            // (providercontracts-0510, ADR 0026).
            entry("providercontracts.deviation_acknowledgements", APPEND_ONLY),
            // Instruments and measurements (followup-0190, ADR 0029): a definition's checksum as first loaded and the
            // licence statements are kept; a mistaken measurement is withdrawn by a row, never changed or removed.
            entry("followup.instrument_checksums", APPEND_ONLY),
            entry("followup.instrument_licences", APPEND_ONLY),
            entry("followup.measurements", APPEND_ONLY),
            entry("followup.measurement_answers", APPEND_ONLY),
            entry("followup.measurement_sub_scores", APPEND_ONLY),
            entry("followup.measurement_withdrawals", APPEND_ONLY),
            // A questionnaire sent to the client is never removed (a withdrawn one stays); the answers given so far
            // change while the client answers, but none is removed (followup-0490, ADR 0029).
            entry("followup.questionnaires", NEVER_REMOVED),
            entry("followup.questionnaire_answers", NEVER_REMOVED),
            // An agreed goal's lineage from case handling's event is kept as it came (followup-0791, ADR 0030's slice-4
            // amendment).
            entry("followup.agreed_goals", APPEND_ONLY),
            // A recorded follow-up is never changed: a mistaken one is corrected by a new row (followup-0440, ADR
            // 0030's amendment).
            entry("followup.follow_ups", APPEND_ONLY));

    private static final List<String> TABLE_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
            "REFERENCES", "TRIGGER", "MAINTAIN");

    private final JdbcClient jdbc;

    @Autowired
    DatabaseRightsTests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    void theAppRoleHasExactlyTheRightsDecidedForEachTable() {
        var actual = new TreeMap<String, Set<String>>();
        jdbc.sql("""
                        SELECT n.nspname || '.' || c.relname AS name,
                               array(SELECT p FROM unnest(CAST(? AS text[])) AS p
                                     WHERE has_table_privilege(current_user, c.oid, p)) AS rights
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')""")
                .params(TABLE_PRIVILEGES.toArray(String[]::new), MODULE_SCHEMAS.toArray(String[]::new))
                .query((rs, row) -> entry(rs.getString("name"),
                        new TreeSet<>(Arrays.asList((String[]) rs.getArray("rights").getArray()))))
                .list().forEach(table -> actual.put(table.getKey(), table.getValue()));

        var expected = new TreeMap<String, Set<String>>();
        EXPECTED.forEach((table, privileges) -> expected.put(table, new TreeSet<>(privileges)));
        assertThat(actual).as("a new table needs its rights decided here (ADR 0014)").isEqualTo(expected);
    }

    @Test
    void theAppRoleOwnsNothingAndMayCreateNothing() {
        assertThat(jdbc.sql("""
                        SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls
                        FROM pg_roles WHERE rolname = current_user""").query(Boolean.class).single())
                .as("a plain role").isFalse();
        var schemas = new java.util.ArrayList<>(MODULE_SCHEMAS);
        schemas.add("public");
        for (var schema : schemas) {
            assertThat(jdbc.sql("SELECT has_schema_privilege(current_user, ?, 'CREATE')").param(schema)
                    .query(Boolean.class).single()).as("CREATE on schema %s", schema).isFalse();
            assertThat(jdbc.sql("SELECT has_schema_privilege(current_user, ?, 'USAGE')").param(schema)
                    .query(Boolean.class).single()).as("USAGE on schema %s", schema).isTrue();
        }
        assertThat(jdbc.sql("SELECT has_database_privilege(current_user, current_database(), 'CREATE')")
                .query(Boolean.class).single()).as("CREATE on the database").isFalse();
        assertThat(jdbc.sql("""
                        SELECT n.nspname || '.' || c.relname FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE pg_has_role(current_user, c.relowner, 'USAGE') AND n.nspname = ANY(?)
                        UNION ALL
                        SELECT nspname FROM pg_namespace
                        WHERE pg_has_role(current_user, nspowner, 'USAGE') AND nspname = ANY(?)
                        UNION ALL
                        SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                        WHERE pg_has_role(current_user, p.proowner, 'USAGE') AND n.nspname = ANY(?)""")
                .params(schemas.toArray(String[]::new), schemas.toArray(String[]::new),
                        schemas.toArray(String[]::new))
                .query(String.class).list())
                .as("tables, schemas and functions the app role owns or acts as the owner of").isEmpty();
    }

    @Test
    void theAppRoleDrawsFromSequencesButCannotResetThem() {
        var sequences = jdbc.sql("""
                        SELECT n.nspname || '.' || c.relname FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relkind = 'S' AND n.nspname = ANY(?)""")
                .param(MODULE_SCHEMAS.toArray(String[]::new)).query(String.class).list();
        assertThat(sequences).contains("casehandling.reserve_number_sequence");
        for (var sequence : sequences) {
            var rights = Arrays.stream(new String[] {"USAGE", "SELECT", "UPDATE"})
                    .filter(privilege -> jdbc.sql("SELECT has_sequence_privilege(current_user, ?, ?)")
                            .params(sequence, privilege).query(Boolean.class).single())
                    .toList();
            assertThat(rights).as(sequence).containsExactly("USAGE", "SELECT");
        }
    }
}
