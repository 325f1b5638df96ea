package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rows the generator gathers for one chunk of persons, table by table, and writes in foreign-key order. The few
 * care plan revisions are written as the facade would leave them: the first revision is inserted agreed and the
 * second as a draft, then (set-based, one statement per chunk) the first is superseded and the second agreed. Decisions
 * are settled the same way, after their interventions ({@link #decision}).
 */
final class DemoTables {

    final TableRows persons = new TableRows("casehandling.persons", "id:uuid", "identity_kind:text",
            "identity_number:text", "birth_date:date", "sex:text", "given_name:text", "family_name:text", "phone:text",
            "street_address:text", "postal_code:text", "city:text", "protection:text");
    final TableRows cases = new TableRows("casehandling.cases", "id:uuid", "person_id:uuid", "unit_code:text",
            "registered_by:text", "responsible:text", "status:text", "intake_kind:text", "received_on:date",
            "description:text", "reporter_name:text", "reporting_authority:text", "lvm_report:boolean",
            "immediate_risks:text", "assessment_outcome:text", "assessment_reasons:text", "assessed_by:text",
            "assessed_on:date", "investigation_deadline:date", "closed_on:date", "closure_reason:text",
            "closure_outcome:text", "closed_by:text", "registered_at:timestamptz", "changed_at:timestamptz");
    final TableRows namedStaff = new TableRows("casehandling.case_named_staff", "case_id:uuid", "username:text");
    final TableRows investigations = new TableRows("casehandling.investigations", "id:uuid", "case_id:uuid",
            "status:text", "started_on:date", "subject:text", "participation_mode:text", "participation_words:text",
            "assessment:text", "proposal:text", "communicated_on:date", "communication_channel:text",
            "client_response:text", "completed_on:date", "completed_by:text", "draft_saved_at:timestamptz",
            "version:bigint");
    final TableRows sources = new TableRows("casehandling.investigation_sources", "investigation_id:uuid",
            "position:int", "source_kind:text", "what:text", "gathered_on:date");
    final TableRows needs = new TableRows("casehandling.investigation_needs", "investigation_id:uuid",
            "life_area:text", "severity:int", "client_view:text", "client_rating:int");
    final TableRows children = new TableRows("casehandling.investigation_children", "investigation_id:uuid",
            "position:int", "birth_year:int", "relation:text", "living_arrangement:text", "needs_assessment:text",
            "concern_reported_on:date");
    final TableRows relatives = new TableRows("casehandling.investigation_relatives", "investigation_id:uuid",
            "position:int", "name:text", "relation:text", "contact:text", "consent_to_contact:boolean");
    final TableRows decisions = new TableRows("casehandling.decisions", "id:uuid", "case_id:uuid", "status:text",
            "proposed_on:date", "proposed_by:text", "decided_on:date", "decided_by:text", "delegation_level:text",
            "informed_by:text", "informed_on:date", "return_comment:text", "returned_by:text",
            "created_at:timestamptz", "version:bigint");
    final TableRows interventions = new TableRows("casehandling.decided_interventions", "id:uuid",
            "decision_id:uuid", "position:int", "intervention_type:text", "outcome:text", "scope:text",
            "starts_on:date", "planned_end:date", "legal_reference_code:text", "reasons:text", "closed_on:date",
            "closure_reason:text", "closure_outcome:text", "closed_by:text");
    final TableRows carePlans = new TableRows("casehandling.care_plans", "id:uuid", "case_id:uuid", "revision:int",
            "revises_id:uuid", "status:text", "plan_date:date", "created_by:text", "response_on:date",
            "response_channel:text", "client_agrees:boolean", "clients_words:text", "response_recorded_by:text",
            "created_at:timestamptz", "changed_at:timestamptz", "version:bigint");
    final TableRows goals = new TableRows("casehandling.care_plan_goals", "id:uuid", "care_plan_id:uuid",
            "position:int", "text:text", "measured_by:text", "follow_up_on:date");
    final TableRows activities = new TableRows("casehandling.care_plan_activities", "id:uuid", "care_plan_id:uuid",
            "position:int", "what:text", "performer:text", "timing:text");
    final TableRows journal = new TableRows("casehandling.journal_entries", "id:uuid", "case_id:uuid",
            "original_id:uuid", "version_number:int", "event_date:date", "title:text", "text:text",
            "author_username:text", "author_name:text", "created_at:timestamptz", "signed_at:timestamptz",
            "correction_reason:text");
    final TableRows objections = new TableRows("casehandling.journal_objections", "id:uuid", "original_id:uuid",
            "version_id:uuid", "text:text", "received_on:date", "recorded_by:text", "recorded_by_name:text",
            "recorded_at:timestamptz");
    final TableRows releases = new TableRows("casehandling.journal_releases", "original_id:uuid", "action:text",
            "confidentiality_checked:boolean", "by_username:text", "by_name:text", "occurred_at:timestamptz");
    final TableRows coordinatedPlans = new TableRows("casehandling.coordinated_plans", "id:uuid", "case_id:uuid",
            "status:text", "plan_date:date", "created_by:text", "consent_given_on:date", "consent_form:text",
            "consent_recorded_by:text", "consent_withdrawn_on:date", "consent_withdrawal_recorded_by:text",
            "overall_responsibility:text", "coordinator:uuid", "goals:text", "follow_up_on:date",
            "created_at:timestamptz", "changed_at:timestamptz", "version:bigint");
    final TableRows participants = new TableRows("casehandling.coordinated_plan_participants", "id:uuid",
            "plan_id:uuid", "position:int", "kind:text", "staff_username:text", "name:text", "organisation:text",
            "organisational_unit:text", "role:text", "account_username:text", "client_does_not_object:boolean",
            "removed_on:date");
    final TableRows measures = new TableRows("casehandling.coordinated_plan_measures", "plan_id:uuid",
            "position:int", "principal:text", "need:text", "measure:text");
    final TableRows history = new TableRows("casehandling.coordinated_plan_history", "plan_id:uuid",
            "occurred_on:date", "recorded_at:timestamptz", "kind:text", "status:text", "recorded_by:text",
            "note:text");
    final TableRows readGrants = new TableRows("casehandling.coordinated_plan_read_grants", "plan_id:uuid",
            "participant_id:uuid", "account_username:text", "granted_at:timestamptz", "revoked_at:timestamptz");

    private final List<TableRows> inOrder = List.of(persons, cases, namedStaff, investigations, sources, needs,
            children, relatives, decisions, interventions, carePlans, goals, activities, journal, objections,
            releases, coordinatedPlans, participants, measures, history, readGrants);

    /** A second care plan revision agreed: {@code superseded} gives way to {@code revision}, agreed on the date. */
    private record Revision(UUID superseded, UUID revision, LocalDate agreedOn, String channel, String by,
                            Instant at) {
    }

    private final List<Revision> revisions = new ArrayList<>();

    /** Decided and returned decisions (id, status), written as proposals until their interventions are written. */
    private final List<String[]> settled = new ArrayList<>();

    /**
     * Adds a decision, its values in the order of {@link #decisions}' columns. A decided or returned decision is
     * written as a proposal and settled after its interventions, as the app writes one: the database refuses to add an
     * intervention to a settled decision (ADR 0014).
     */
    void decision(Object... values) {
        var status = (String) values[2];
        if (!"PROPOSED".equals(status)) {
            settled.add(new String[] {values[0].toString(), status});
            values = values.clone();
            values[2] = "PROPOSED";
        }
        decisions.add(values);
    }

    void revisionAgreed(UUID superseded, UUID revision, LocalDate agreedOn, String channel, String by, Instant at) {
        revisions.add(new Revision(superseded, revision, agreedOn, channel, by, at));
    }

    /** Writes everything gathered, parents before children. */
    void flush(JdbcTemplate jdbc) {
        for (var table : inOrder) {
            table.flush(jdbc);
        }
        if (!settled.isEmpty()) {
            jdbc.update("""
                    UPDATE casehandling.decisions d SET status = s.status
                    FROM unnest(CAST(? AS uuid[]), CAST(? AS text[])) AS s(id, status)
                    WHERE d.id = s.id""", settled.stream().map(d -> d[0]).toArray(String[]::new),
                    settled.stream().map(d -> d[1]).toArray(String[]::new));
            settled.clear();
        }
        if (!revisions.isEmpty()) {
            var superseded = revisions.stream().map(r -> r.superseded().toString()).toArray(String[]::new);
            var revision = revisions.stream().map(r -> r.revision().toString()).toArray(String[]::new);
            jdbc.update("""
                    UPDATE casehandling.care_plans p SET status = 'SUPERSEDED', superseded_by = r.revision,
                        version = p.version + 1
                    FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[])) AS r(superseded, revision)
                    WHERE p.id = r.superseded""", superseded, revision);
            jdbc.update("""
                    UPDATE casehandling.care_plans p SET status = 'AGREED', response_on = r.agreed_on,
                        response_channel = r.channel, client_agrees = true, response_recorded_by = r.by,
                        changed_at = r.at, version = p.version + 1
                    FROM unnest(CAST(? AS uuid[]), CAST(? AS date[]), CAST(? AS text[]), CAST(? AS text[]),
                                CAST(? AS timestamptz[])) AS r(revision, agreed_on, channel, by, at)
                    WHERE p.id = r.revision""", revision,
                    revisions.stream().map(r -> r.agreedOn().toString()).toArray(String[]::new),
                    revisions.stream().map(Revision::channel).toArray(String[]::new),
                    revisions.stream().map(Revision::by).toArray(String[]::new),
                    revisions.stream().map(r -> r.at().toString()).toArray(String[]::new));
            revisions.clear();
        }
    }
}
