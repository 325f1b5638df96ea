package se.vardkedjan;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.BadInputFixture.User;
import se.vardkedjan.casehandling.ActivityId;
import se.vardkedjan.casehandling.ActivityInput;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.DecideInterventions;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalText;
import se.vardkedjan.casehandling.NewParticipant;
import se.vardkedjan.casehandling.ParticipantId;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.casehandling.ProtectedCases;
import se.vardkedjan.casehandling.ProtectedIdentities;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.organisation.DelegationRules;
import se.vardkedjan.organisation.LegalReference;
import se.vardkedjan.organisation.LegalReferences;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.providercontracts.AssignmentDraft;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentReports;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ImplementationPlanContent;
import se.vardkedjan.providercontracts.ImplementationPlans;
import se.vardkedjan.providercontracts.AttendanceCorrectionInput;
import se.vardkedjan.providercontracts.AttendanceInput;
import se.vardkedjan.providercontracts.CompletionInput;
import se.vardkedjan.providercontracts.DeviationInput;
import se.vardkedjan.providercontracts.DeviationKind;
import se.vardkedjan.providercontracts.ReportedDay;
import se.vardkedjan.providercontracts.ContractForm;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.ContractInput;
import se.vardkedjan.providercontracts.EndReason;
import se.vardkedjan.providercontracts.InterventionCatalogue;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.MethodInput;
import se.vardkedjan.providercontracts.PriceUnit;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.providercontracts.ProviderInput;
import se.vardkedjan.providercontracts.ProviderKind;
import se.vardkedjan.providercontracts.ProviderRegister;
import se.vardkedjan.providercontracts.ProviderUnitId;
import se.vardkedjan.providercontracts.ProviderUnitInput;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every method that changes data, on every module's facade, called by every user who must be refused it: each call
 * is refused ({@link AccessDenied} from the module's door, or method security's {@link AccessDeniedException}), the
 * refusal is recorded as one security event naming the user, and no table of any module changed (rows and versions,
 * compared before and after; the access log and the security events are the two tables a refusal adds to).
 * <p>
 * The facades are found by reflection (the {@code @Service} beans at a module's root package), and so are their
 * public methods: a method that is neither a known read ({@link #READS}) nor in the matrix ({@link #writes}) fails
 * {@link #everyPublicFacadeMethodIsAReadOrInTheMatrix}, so a new method joins the matrix by being public on a facade.
 * The calls aim at the records of {@link BadInputFixture} (a unit's cases in every state), with valid arguments, so a
 * missing check would store something.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteAuthorisationMatrixTests {

    /** The schemas whose tables a refused call must leave as they were. */
    private static final List<String> SCHEMAS = List.of("casehandling", "organisation", "providercontracts",
            "followup", "citizenportal");

    /** Public facade methods that change nothing but the access log: the need-to-know tests cover who reads what. */
    private static final Set<String> READS = Set.of(
            "AccessLogReview.search", "AccessLogReview.review", "AccessLogReview.reviewCase", "AccessLogReview.entry",
            "AccessLogReview.count", "AccessLogReview.securityEvents",
            "CarePlans.plans", "CarePlans.plan", "CarePlans.followUpDates", "CarePlans.fromTheClient",
            "GroupFollowUp.table", "GroupFollowUp.documentation", "GroupFollowUp.casesLacking",
            "GroupFollowUp.lastRefresh", "GroupFollowUp.budget", "GroupFollowUp.choices",
            "OwnFile.status", "OwnFile.plan", "OwnFile.decisions", "OwnFile.decision", "OwnFile.decisionDocument",
            "OwnFile.journal", "OwnFile.coordinatedPlans", "OwnAssignments.mine",
            "OwnChoices.reading", "OwnChoices.choices", "OwnChoices.trustingClients", "OwnAccessLog.page",
            "AccessQuestions.questions",
            "CaseHandling.openCasesOf", "CaseHandling.summary", "CaseHandling.proposedInvestigationDeadline",
            "CaseHandling.list", "CaseHandling.count",
            "CoordinatedPlans.ofCase", "CoordinatedPlans.plan", "CoordinatedPlans.forRegionParticipant",
            "CoordinatedPlans.grantedToMe", "CoordinatedPlans.timeline",
            "Decisions.ofCase", "Decisions.decisionDocument", "Decisions.awaitingApproval",
            "Decisions.legalReferencesValidOn",
            "Investigations.find",
            "Investigations.clientInformed",
            "Journal.entries", "Journal.entry", "Journal.history", "Journal.releasedEntriesOf",
            "PersonRegister.search", "PersonRegister.details",
            "ProtectedCases.decides", "ProtectedCases.workList", "ProtectedCases.candidates", "ProtectedCases.history",
            "ProtectedIdentities.find", "ProtectedIdentities.pending",
            "Workday.workItems", "Workday.workload",
            "Organisation.districts", "Organisation.units", "Organisation.staffMembers", "Organisation.unitsOf",
            "Organisation.staffOfUnit", "Organisation.staffNames", "Organisation.unitName", "Organisation.unitContact",
            "Organisation.activeStaffOfUnit",
            "DelegationRules.delegationRules", "DelegationRules.delegationRuleChanges", "DelegationRules.lowestRoles",
            "LegalReferences.legalReferences", "LegalReferences.validOn", "LegalReferences.find",
            "ProviderRegister.providers", "ProviderRegister.provider", "ProviderRegister.providerWithCode",
            "ProviderRegister.contracts", "ProviderRegister.contractsOf", "ProviderRegister.expiringContracts",
            "ProviderRegister.contractsCovering", "ProviderRegister.placesHeld",
            "InterventionCatalogue.methods", "InterventionCatalogue.method", "InterventionCatalogue.methodsFor",
            "Assignments.ofCase", "Assignments.document", "Assignments.methods", "Assignments.providerOptions",
            "Assignments.forProvider", "Assignments.workItems", "Assignments.escalationSettings",
            "Assignments.providerAssignment",
            "ImplementationPlans.forProvider", "ImplementationPlans.forCaseStaff",
            "AssignmentReports.forProvider", "AssignmentReports.ofAssignment", "AssignmentReports.timeline",
            "AssignmentReports.workItems",
            "AssignmentCosts.ofAssignment", "AssignmentCosts.providerMonth", "AssignmentCosts.costsBy",
            "AssignmentCosts.ownMonthlyCosts", "AssignmentCosts.ofOwnAssignment",
            "Assignments.addressedToProvider",
            "FollowUps.ofCase", "FollowUps.hasOverdue", "FollowUps.mine", "FollowUps.perCaseworker", "FollowUps.ofCaseworker",
            "OwnApplications.mine", "OwnMessages.thread", "OwnPersons.open",
            "InformationReads.mine", "InformationReads.personsInformed",
            "Measurements.history", "Measurements.instrumentsFor", "Instruments.overview",
            "Questionnaires.choices", "Questionnaires.ofCase", "Questionnaires.answeredOnMyCases",
            "OwnQuestionnaires.mine", "OwnQuestionnaires.waiting",
            "OwnQuestionnaires.open",
            "ProviderQuestionnaires.choices", "ProviderQuestionnaires.sent",
            "FollowUpRecords.form", "FollowUpRecords.ofCase");

    /** Services at a module's root that are not facades: the access log is written only inside facades' transactions. */
    private static final Set<String> NOT_FACADES = Set.of("AccessLog");

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseHandling caseHandling;
    @Autowired
    se.vardkedjan.casehandling.OwnApplications ownApplications;
    @Autowired
    se.vardkedjan.casehandling.OwnMessages ownMessages;
    @Autowired
    se.vardkedjan.casehandling.CaseMessages caseMessages;
    @Autowired
    se.vardkedjan.citizenportal.InformationReads informationReads;
    @Autowired
    PersonRegister register;
    @Autowired
    Investigations investigations;
    @Autowired
    Decisions decisions;
    @Autowired
    CarePlans carePlans;
    @Autowired
    Journal journal;
    @Autowired
    se.vardkedjan.casehandling.OwnFile ownFile;
    @Autowired
    se.vardkedjan.casehandling.OwnChoices ownChoices;
    @Autowired
    se.vardkedjan.casehandling.OwnAccessLog ownAccessLog;
    @Autowired
    se.vardkedjan.casehandling.AccessQuestions accessQuestions;
    @Autowired
    CoordinatedPlans plans;
    @Autowired
    ProtectedCases protectedCases;
    @Autowired
    ProtectedIdentities protectedIdentities;
    @Autowired
    Organisation organisation;
    @Autowired
    DelegationRules delegationRules;
    @Autowired
    LegalReferences legalReferences;
    @Autowired
    ProviderRegister providerRegister;
    @Autowired
    InterventionCatalogue catalogue;

    /** The provider register's records the matrix aims at (inserted once, by id). */
    private static final ProviderId MATRIX_PROVIDER = new ProviderId(
            UUID.fromString("00000000-0000-4000-8000-00000000b001"));
    private static final ContractId MATRIX_CONTRACT = new ContractId(
            UUID.fromString("00000000-0000-4000-8000-00000000b002"));
    private static final ProviderUnitId MATRIX_UNIT = new ProviderUnitId(
            UUID.fromString("00000000-0000-4000-8000-00000000b003"));
    /** A message from the client in the fixture's decided case (ADR 0028, slice 2). */
    private static final se.vardkedjan.casehandling.MessageId MATRIX_MESSAGE = new se.vardkedjan.casehandling.MessageId(
            UUID.fromString("00000000-0000-4000-8000-00000000b005"));
    /** A measurement (AUDIT) in the fixture's decided case, for a withdrawal (ADR 0029). */
    private static final UUID MATRIX_MEASUREMENT = UUID.fromString("00000000-0000-4000-8000-00000000b006");
    /** A questionnaire (AUDIT) sent to the client of the fixture's decided case (ADR 0029, slice 2). */
    private static final se.vardkedjan.followup.QuestionnaireId MATRIX_QUESTIONNAIRE =
            new se.vardkedjan.followup.QuestionnaireId(UUID.fromString("00000000-0000-4000-8000-00000000b007"));
    /** A serious incident reported on the running assignment, waiting to be acknowledged. */
    private static final UUID MATRIX_INCIDENT = UUID.fromString("00000000-0000-4000-8000-00000000b004");

    @Autowired
    Assignments assignments;
    @Autowired
    se.vardkedjan.followup.Measurements measurements;
    @Autowired
    se.vardkedjan.followup.Instruments instruments;
    @Autowired
    se.vardkedjan.followup.Questionnaires questionnaires;
    @Autowired
    se.vardkedjan.followup.OwnQuestionnaires ownQuestionnaires;
    @Autowired
    se.vardkedjan.followup.ProviderQuestionnaires providerQuestionnaires;
    @Autowired
    se.vardkedjan.followup.FollowUpRecords followUpRecords;
    @Autowired
    ImplementationPlans implementationPlans;
    @Autowired
    AssignmentReports assignmentReports;
    @Autowired
    se.vardkedjan.followup.GroupFollowUp groupFollowUp;

    /** A trust nobody gives, an access-log row about the fixture's intake person, a question about it. */
    private final UUID matrixTrust = UUID.fromString("00000000-0000-4000-8000-00000000c001");
    private final UUID matrixQuestion = UUID.fromString("00000000-0000-4000-8000-00000000c002");
    private long matrixAccessRow;

    private BadInputFixture f;
    /** The user a call is made as. */
    private User caller;
    private LocalDate today;
    private String snapshotSql;

    /** Staff of another unit than the fixture's, and a signed-in user without any role. */
    private final User otherUnitCaseworker = new User("matris-hl-annan", "Olle Annan", List.of(Roles.CASEWORKER),
            List.of(BadInputFixture.SPARE_UNIT), List.of());
    private final User otherUnitManager = new User("matris-chef-annan", "Olga Annan",
            List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), List.of(BadInputFixture.SPARE_UNIT), List.of());
    private final User noRole = new User("matris-ingen-roll", "Nils Ingen", List.of(), List.of(BadInputFixture.UNIT),
            List.of());

    /** A call of one facade method, aimed at the fixture's records. */
    private interface Call {
        void run() throws Exception;
    }

    /**
     * One write of the matrix.
     *
     * @param administratorsOnly the organisation's register: refused to everyone but the administrator
     * @param allowed            users of {@link #refusedUsers} this write is allowed to, and why
     */
    private record Write(String method, Call call, boolean administratorsOnly, Set<String> allowed, String why,
                         List<User> alsoRefused) {
    }

    @BeforeAll
    void fixture() {
        f = BadInputFixture.of(context);
        jdbc.sql("""
                        INSERT INTO casehandling.case_messages (id, case_id, from_client, author_subject, text, written_at)
                        VALUES (?, ?, true, 'klientens-subjekt', 'Hej!', now()) ON CONFLICT DO NOTHING""")
                .params(MATRIX_MESSAGE.value(), f.decidedCase.value()).update();
        today = f.today;
        jdbc.sql("""
                        INSERT INTO followup.measurements (id, case_id, instrument_code, instrument_version, occasion,
                            measured_on, source, recorded_by, recorded_at, total, band)
                        VALUES (?, ?, 'AUDIT', 1, 'FOLLOW_UP', ?, 'STAFF', 'matris', now(), 0, 'LOW')
                        ON CONFLICT DO NOTHING""")
                .params(MATRIX_MEASUREMENT, f.decidedCase.value(), java.sql.Date.valueOf(today)).update();
        jdbc.sql("""
                        INSERT INTO followup.questionnaires (id, case_id, instrument_code, instrument_version, sent_by,
                            sent_at, status)
                        VALUES (?, ?, 'AUDIT', 1, 'matris', now(), 'SENT') ON CONFLICT DO NOTHING""")
                .params(MATRIX_QUESTIONNAIRE.value(), f.decidedCase.value()).update();
        assignmentFixture();
        var tables = jdbc.sql("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname IN ("
                        + SCHEMAS.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "))
                        + ") ORDER BY 1")
                .query(String.class).list();
        assertThat(tables).as("the module tables").contains("casehandling.cases", "organisation.units");
        // The clients' questions about the access log and the answers: kept by the access-log module, whose other two
        // tables a refusal adds to.
        tables = new ArrayList<>(tables);
        tables.addAll(List.of("accesslog.access_questions", "accesslog.access_question_answers"));
        matrixAccessRow = jdbc.sql("SELECT max(id) FROM accesslog.access_log WHERE person_id = ?")
                .param(f.intakePerson.value()).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO accesslog.access_questions (id, access_log_id, person_id, units, question,
                    asked_by_subject, asked_at)
                VALUES (?, ?, ?, ARRAY[?]::varchar[], 'Varför läste ni?', 'subject-matris', now())
                ON CONFLICT DO NOTHING""")
                .params(matrixQuestion, matrixAccessRow, f.intakePerson.value(), BadInputFixture.UNIT).update();
        jdbc.sql("INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by) "
                + "VALUES (?, 'matris-utforare', 'Matrisgården', '5599000014', 'PRIVATE', 'system') "
                + "ON CONFLICT DO NOTHING").param(MATRIX_PROVIDER.value()).update();
        jdbc.sql("INSERT INTO providercontracts.provider_units (id, provider_id, name) VALUES (?, ?, 'Matrishuset') "
                + "ON CONFLICT DO NOTHING").params(MATRIX_UNIT.value(), MATRIX_PROVIDER.value()).update();
        jdbc.sql("INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from, price_unit, "
                        + "price_ore, changed_by) VALUES (?, ?, 'MATRIS-1', 'LOV', DATE '2026-01-01', 'HOUR', 90000, "
                        + "'system') ON CONFLICT DO NOTHING")
                .params(MATRIX_CONTRACT.value(), MATRIX_PROVIDER.value()).update();
        jdbc.sql("INSERT INTO providercontracts.contract_methods (contract_id, method_code) VALUES (?, 'CBT') "
                + "ON CONFLICT DO NOTHING").param(MATRIX_CONTRACT.value()).update();
        // Rows and their versions: every insert or update leaves a row version with a newer transaction id (xmin),
        // every delete one row fewer.
        snapshotSql = tables.stream().map(table -> "SELECT '" + table + "' AS name, count(*) AS rows, "
                        + "coalesce(max(t.xmin::text::bigint), 0)::text AS digest FROM " + table + " t")
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** The users every write is refused to, unless the write names them in {@code mayBeAllowedFor}. */
    private List<User> refusedUsers() {
        return List.of(otherUnitCaseworker, otherUnitManager, f.administrator, f.regionParticipant, f.providerStaff,
                f.client, f.analyst, noRole);
    }

    /** The users every write of the organisation's register is refused to: everyone but the administrator. */
    private List<User> notAdministrators() {
        return List.of(f.caseworker, f.manager, otherUnitManager, f.regionParticipant, f.providerStaff, f.client,
                f.analyst, noRole);
    }

    // ---- The matrix

    private Map<String, Write> writes() {
        var w = new LinkedHashMap<String, Write>();
        // Case handling: the fixture's unit's records, refused to everyone outside the unit and every other role.
        add(w, "CaseHandling.registerIntake", () -> caseHandling.registerIntake(new RegisterIntake(f.plainPerson,
                new UnitCode(BadInputFixture.UNIT), IntakeKind.APPLICATION, today, "Ansöker om stöd.", null, null,
                null, false, null, true)));
        add(w, "CaseHandling.assess", () -> caseHandling.assess(f.intakeCase, version("cases", f.intakeCase.value()),
                PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", today, today.plusMonths(4)));
        add(w, "CaseHandling.extendDeadline", () -> caseHandling.extendDeadline(f.investigationCase,
                version("cases", f.investigationCase.value()), today.plusDays(120)));
        add(w, "CaseHandling.close", () -> caseHandling.close(f.intakeCase, version("cases", f.intakeCase.value()),
                ClosureReason.OTHER, "Avslutas.", today));
        // Only the unit's manager makes someone else responsible.
        add(w, "CaseHandling.assign", List.of(f.caseworker), () -> caseHandling.assign(f.intakeCase, version("cases", f.intakeCase.value()),
                f.colleague.username()));
        w.put("PersonRegister.register", new Write("PersonRegister.register", () -> register.register(
                new RegisterPerson(KaribuVaadin.personalNumber(), null, null, "Rolf", "Registrerad", null, null,
                        "Storgatan 1", "123 45", "Exempelstad", ProtectionLevel.NONE)), false,
                names(otherUnitCaseworker, otherUnitManager),
                "the person register is the municipality's: staff of any unit register a person before an intake",
                List.of()));
        add(w, "PersonRegister.changeContact", () -> register.changeContact(f.intakePerson,
                version("persons", f.intakePerson.value()), "070-000 00 00", null, "Nygatan 2", "123 45",
                "Exempelstad"));
        // A person's protection: administrators (anyone's) and the unit's managers, never caseworkers; a proposal is
        // decided by a second person, never by the one who made it.
        protection(w, "ProtectedIdentities.raise", List.of(), () -> protectedIdentities.raise(f.intakePerson,
                version("persons", f.intakePerson.value()), ProtectionLevel.CONFIDENTIALITY_MARKING));
        protection(w, "ProtectedIdentities.propose", List.of(), () -> protectedIdentities.propose(f.protectedPerson,
                version("persons", f.protectedPerson.value()), ProtectionLevel.NONE, "Skyddet har upphört."));
        protection(w, "ProtectedIdentities.approve", List.of(f.otherManager),
                () -> protectedIdentities.approve(f.pendingProposal));
        protection(w, "ProtectedIdentities.reject", List.of(f.otherManager),
                () -> protectedIdentities.reject(f.pendingProposal, "Stämmer inte."));
        // Who sees a protected person's case is decided by the unit's manager, never by a caseworker: not even the
        // colleague who names themselves.
        // Everyone tries to name themselves, the unit manager too: nobody gains access by their own act alone.
        add(w, "ProtectedCases.nameStaff", List.of(f.caseworker, f.colleague, f.manager),
                () -> protectedCases.nameStaff(f.protectedCase, caller.username(), "Ska handlägga ärendet."));
        add(w, "ProtectedCases.removeNamedStaff", List.of(f.caseworker, f.colleague),
                () -> protectedCases.removeNamedStaff(f.protectedCase, f.caseworker.username(), "Slutar."));
        add(w, "Investigations.saveDraft", () -> investigations.saveDraft(f.investigationCase,
                investigationVersion(), draft()));
        add(w, "Investigations.saveAndComplete", () -> investigations.saveAndComplete(f.investigationCase,
                investigationVersion(), draft()));
        // The day the client was told of their rights (issue 13, slice 3): the case's staff, like the investigation.
        add(w, "Investigations.recordClientInformed", () -> investigations.recordClientInformed(f.investigationCase,
                clientInformedVersion(), today, null));
        add(w, "Decisions.decide", () -> decisions.decide(new DecideInterventions(f.decidedCase, today, List.of(
                new DecideInterventions.Item(InterventionType.OUTPATIENT, DecisionOutcome.GRANTED, "Samtal",
                        today, null, "SOL-11-1", null)), CommunicationChannel.MEETING, today)));
        // A proposal is the unit manager's to approve or return, not the caseworker's who made it.
        add(w, "Decisions.approve", List.of(f.caseworker, f.colleague), () -> decisions.approve(f.proposedDecision,
                version("decisions", f.proposedDecision.value()), CommunicationChannel.MEETING, today));
        add(w, "Decisions.returnProposal", List.of(f.caseworker, f.colleague), () -> decisions.returnProposal(f.proposedDecision,
                version("decisions", f.proposedDecision.value()), "Komplettera."));
        add(w, "Decisions.closeIntervention", () -> decisions.closeIntervention(f.grantedIntervention,
                version("decisions", f.decidedDecision.value()), ClosureReason.GOALS_REACHED, "Målen nådda.", today));
        add(w, "CarePlans.draft", () -> carePlans.draft(f.decidedCase, today));
        add(w, "CarePlans.revise", () -> carePlans.revise(f.agreedPlan, version("care_plans", f.agreedPlan.value()),
                today));
        add(w, "CarePlans.setGoal", () -> carePlans.setGoal(f.draftPlan, planVersion(),
                new GoalInput("Jag vill må bättre.", "Samtal", today.plusDays(30))));
        add(w, "CarePlans.removeGoal", () -> carePlans.removeGoal(f.draftPlan, planVersion(),
                new GoalId(child("care_plan_goals", "care_plan_id", f.draftPlan.value()))));
        add(w, "CarePlans.planActivity", () -> carePlans.planActivity(f.draftPlan, planVersion(),
                new ActivityInput("Promenad", ActivityPerformer.MUNICIPALITY, "Varje vecka")));
        add(w, "CarePlans.removeActivity", () -> carePlans.removeActivity(f.draftPlan, planVersion(),
                new ActivityId(child("care_plan_activities", "care_plan_id", f.draftPlan.value()))));
        add(w, "CarePlans.recordAgreement", () -> carePlans.recordAgreement(f.draftPlan, planVersion(), today,
                AgreementChannel.MEETING));
        add(w, "CarePlans.recordDisagreement", () -> carePlans.recordDisagreement(f.draftPlan, planVersion(), today,
                AgreementChannel.MEETING, "Jag vill inte."));
        // The plan put in force with the client's agreement on Mina sidor (issue 13, slice 4): the case's own staff.
        add(w, "CarePlans.recordPortalAgreement", () -> carePlans.recordPortalAgreement(f.draftPlan, planVersion()));
        // The client's own additions to the plan (ADR 0028): only the plan's own client, signed in with BankID; the
        // fixture's client is another person, and the unit's own staff never call the client's methods.
        add(w, "OwnFile.commentOnGoal", List.of(f.caseworker, f.manager), () -> ownFile.commentOnGoal(
                new GoalId(child("care_plan_goals", "care_plan_id", f.draftPlan.value())), "Min kommentar."));
        add(w, "OwnFile.agreeToPlan", List.of(f.caseworker, f.manager), () -> ownFile.agreeToPlan(f.draftPlan,
                planVersion()));
        // The client's view on a journal entry (ADR 0028, issue 12 slice 2): only the entry's own client, and only on
        // an entry released to them; the unit's staff record an objection through the journal instead.
        add(w, "OwnFile.addViewToEntry", List.of(f.caseworker, f.manager), () -> ownFile.addViewToEntry(
                f.signedEntry, "Min synpunkt."));
        // The client's contact from the portal (ADR 0028, slice 2). Any client may apply for help (with a case or
        // without), write in their own case's thread, set their own notice address and mark information read: these
        // take no id, so there is nothing of another's to aim at; the fixture's client has no number, and is told so.
        // A message id of another's thread is refused to the client as unknown; staff never call the client's methods.
        client(w, "OwnApplications.apply", "any client may apply for help, with a case or without", () ->
                ownApplications.apply(new se.vardkedjan.casehandling.HelpApplication("Jag vill ha hjälp.", null, null,
                        false)));
        client(w, "OwnMessages.write", "a client writes only in the thread of their own case (no id)", () ->
                ownMessages.write("Hej!"));
        client(w, "OwnMessages.setNoticeAddress", "a client sets only their own notice address (no id)", () ->
                ownMessages.setNoticeAddress("klient@exempel.se", null));
        client(w, "InformationReads.markRead", "a client marks only what they themselves read (no id)", () ->
                informationReads.markRead(se.vardkedjan.citizenportal.Information.RIGHT_TO_SIP));
        add(w, "OwnMessages.answer", List.of(f.caseworker, f.manager), () -> ownMessages.answer(MATRIX_MESSAGE,
                "Jag svarar i någon annans tråd."));
        add(w, "OwnMessages.markRead", List.of(f.caseworker, f.manager), () -> ownMessages.markRead(MATRIX_MESSAGE));
        add(w, "CaseMessages.answer", () -> caseMessages.answer(f.decidedCase, "Svar till klienten."));
        // Reading the thread marks the client's messages read for the staff: a write of the read mark.
        add(w, "CaseMessages.thread", () -> caseMessages.thread(f.decidedCase));
        // The client's choices (ADR 0028, slice 2): a client makes them about their own file only, with no id to aim
        // elsewhere; staff never call them. What names a record (a trust, a person, an access-log row) is refused to a
        // client it does not belong to.
        own(w, "OwnChoices.trust", () -> ownChoices.trust(KaribuVaadin.personalNumber(),
                Set.of(se.vardkedjan.casehandling.FileSection.PLAN)));
        own(w, "OwnChoices.hideNewEntries", () -> ownChoices.hideNewEntries(7));
        own(w, "OwnChoices.showNewEntries", () -> ownChoices.showNewEntries());
        own(w, "OwnChoices.block", () -> ownChoices.block());
        own(w, "OwnChoices.unblock", () -> ownChoices.unblock());
        add(w, "OwnChoices.revokeTrust", List.of(f.caseworker, f.manager), () -> ownChoices.revokeTrust(matrixTrust));
        add(w, "OwnChoices.readFileOf", List.of(f.caseworker, f.manager), () -> ownChoices.readFileOf(
                java.util.Optional.of(f.intakePerson)));
        add(w, "OwnAccessLog.ask", List.of(f.caseworker, f.manager), () -> ownAccessLog.ask(matrixAccessRow,
                "Varför läste ni?"));
        // A client's question about the log is answered by a manager of the row's unit only.
        add(w, "AccessQuestions.answer", List.of(f.caseworker, f.colleague), () -> accessQuestions.answer(
                matrixQuestion, "Handläggaren arbetade med ärendet."));
        add(w, "Journal.draft", () -> journal.draft(f.decidedCase, text()));
        add(w, "Journal.writeSigned", () -> journal.writeSigned(f.decidedCase, text()));
        add(w, "Journal.reviseDraft", () -> journal.reviseDraft(f.draftEntry, entryVersion(), text()));
        add(w, "Journal.reviseAndSign", () -> journal.reviseAndSign(f.draftEntry, entryVersion(), text()));
        add(w, "Journal.sign", () -> journal.sign(f.draftEntry, entryVersion()));
        add(w, "Journal.deleteDraft", () -> journal.deleteDraft(f.draftEntry, entryVersion()));
        add(w, "Journal.correct", () -> journal.correct(f.signedEntry, "Rättad text.", "Fel datum."));
        add(w, "Journal.attachObjection", () -> journal.attachObjection(f.signedEntry, "Jag håller inte med.",
                today));
        add(w, "Journal.release", () -> journal.release(f.signedEntry, true));
        add(w, "Journal.revokeRelease", () -> journal.revokeRelease(f.signedEntry));
        add(w, "CoordinatedPlans.create", () -> plans.create(f.decidedCase, today, ConsentForm.ORAL, today));
        add(w, "CoordinatedPlans.addParticipant", () -> plans.addParticipant(f.sip, sipVersion(),
                NewParticipant.municipal(f.manager.username(), null, "enhetschef")));
        add(w, "CoordinatedPlans.removeParticipant", () -> plans.removeParticipant(f.sip, sipVersion(),
                new ParticipantId(child("coordinated_plan_participants", "plan_id", f.sip.value()))));
        add(w, "CoordinatedPlans.addMeasure", () -> plans.addMeasure(f.sip, sipVersion(), Principal.MUNICIPALITY,
                "Boende", "Stöd i boendet"));
        add(w, "CoordinatedPlans.assignOverallResponsibility", () -> plans.assignOverallResponsibility(f.sip,
                sipVersion(), Principal.REGION));
        add(w, "CoordinatedPlans.appointCoordinator", () -> plans.appointCoordinator(f.sip, sipVersion(),
                new ParticipantId(child("coordinated_plan_participants", "plan_id", f.sip.value()))));
        add(w, "CoordinatedPlans.writeGoals", () -> plans.writeGoals(f.sip, sipVersion(), "Ett eget boende."));
        add(w, "CoordinatedPlans.scheduleFollowUp", () -> plans.scheduleFollowUp(f.sip, sipVersion(),
                today.plusDays(30)));
        add(w, "CoordinatedPlans.activate", () -> plans.activate(f.sip, sipVersion()));
        add(w, "CoordinatedPlans.recordMeeting", () -> plans.recordMeeting(f.sip, sipVersion(), today, "Möte."));
        add(w, "CoordinatedPlans.recordFollowUp", () -> plans.recordFollowUp(f.sip, sipVersion(), today,
                "Uppföljning."));
        add(w, "CoordinatedPlans.close", () -> plans.close(f.sip, sipVersion()));
        add(w, "CoordinatedPlans.withdrawConsent", () -> plans.withdrawConsent(f.sip, sipVersion(), today));
        // The client withdraws consent themself (ADR 0028, slice 2): only the SIP's own client, signed in with BankID.
        add(w, "OwnFile.withdrawSipConsent", List.of(f.caseworker, f.manager), () -> ownFile.withdrawSipConsent(f.sip,
                sipVersion()));

        // Assignments: the case's staff write, send, withdraw and end them; only the addressed provider's staff answer
        // (the fixture's provider staff work for another provider, and the unit's own staff are no provider).
        add(w, "Assignments.saveDraft", () -> assignments.saveDraft(draftAssignment, assignmentVersion(draftAssignment),
                new AssignmentDraft(new MethodCode("CBT"), matrixProvider, matrixContract, false, today.plusDays(7),
                        "Sex månader", "Närvaro varje månad", "Efter tre månader", "Hanna", false, false, false)));
        add(w, "Assignments.send", () -> assignments.send(draftAssignment, assignmentVersion(draftAssignment)));
        add(w, "Assignments.withdraw", () -> assignments.withdraw(draftAssignment,
                assignmentVersion(draftAssignment)));
        add(w, "Assignments.draftAnother", () -> assignments.draftAnother(declinedAssignment));
        add(w, "Assignments.end", () -> assignments.end(acceptedAssignment, assignmentVersion(acceptedAssignment),
                EndReason.COMPLETED, today.plusDays(30)));
        add(w, "Assignments.receive", List.of(f.caseworker, f.manager), () -> assignments.receive(sentAssignment,
                assignmentVersion(sentAssignment)));
        add(w, "Assignments.accept", List.of(f.caseworker, f.manager), () -> assignments.accept(sentAssignment,
                assignmentVersion(sentAssignment), today.plusDays(7)));
        add(w, "Assignments.decline", List.of(f.caseworker, f.manager), () -> assignments.decline(sentAssignment,
                assignmentVersion(sentAssignment), "Ingen plats."));
        add(w, "Assignments.start", List.of(f.caseworker, f.manager), () -> assignments.start(acceptedAssignment,
                assignmentVersion(acceptedAssignment), today));
        // The implementation plan: only the addressed provider's staff write and establish it (ADR 0027).
        add(w, "ImplementationPlans.saveDraft", List.of(f.caseworker, f.manager), () -> implementationPlans.saveDraft(
                acceptedAssignment, 0, new ImplementationPlanContent(List.of(new ImplementationPlanContent.Activity(
                        "Samtal", "Må bättre", "Kontaktpersonen", "Varje vecka")), "Möten", "Klienten deltog",
                        null)));
        add(w, "ImplementationPlans.establish", List.of(f.caseworker, f.manager),
                () -> implementationPlans.establish(acceptedAssignment, 0));
        // The provider's reports: only the addressed provider's staff write them (the fixture's provider staff work for
        // another provider, and the case's own staff are no provider); everything reported is kept (ADR 0026).
        add(w, "AssignmentReports.reportAttendance", List.of(f.caseworker, f.manager), () -> assignmentReports
                .reportAttendance(runningAssignment, new AttendanceInput(today, today,
                        List.of(ReportedDay.careDay(today)))));
        add(w, "AssignmentReports.correctAttendance", List.of(f.caseworker, f.manager), () -> assignmentReports
                .correctAttendance(runningAssignment, new AttendanceCorrectionInput(
                        List.of(ReportedDay.careDay(today.minusDays(1))), "Fel dag.")));
        add(w, "AssignmentReports.reportDeviation", List.of(f.caseworker, f.manager), () -> assignmentReports
                .reportDeviation(runningAssignment, new DeviationInput(DeviationKind.SERIOUS_INCIDENT, today,
                        "Hot mot personal.", "Polis kontaktad.")));
        add(w, "AssignmentReports.submitCompletion", List.of(f.caseworker, f.manager), () -> assignmentReports
                .submitCompletion(runningAssignment, new CompletionInput(List.of(), "Klart.", "Nöjd.")));
        // A serious incident is acknowledged by the case's own staff, never by the provider's or another unit's.
        add(w, "AssignmentReports.acknowledgeIncident", () -> assignmentReports.acknowledgeIncident(
                runningAssignment, MATRIX_INCIDENT.toString()));
        // Follow-up's measurements (ADR 0029): the case's own staff record and withdraw them; the licence switch is
        // the administrator's.
        add(w, "Measurements.record", () -> measurements.record(f.decidedCase,
                new se.vardkedjan.followup.instrument.domain.InstrumentRef("AUDIT", 1),
                se.vardkedjan.followup.Occasion.FOLLOW_UP, Map.of("Q1", "A1", "Q2", "A1", "Q3", "A1", "Q4", "A0",
                        "Q5", "A0", "Q6", "A0", "Q7", "A0", "Q8", "A0", "Q9", "A0", "Q10", "A0"), today));
        add(w, "Measurements.recordGoalAttainment", () -> measurements.recordGoalAttainment(f.decidedCase,
                new GoalId(child("care_plan_goals", "care_plan_id", f.draftPlan.value())),
                se.vardkedjan.followup.Occasion.FOLLOW_UP, Map.of("ATTAINMENT", "PARTLY"), today));
        add(w, "Measurements.withdraw", () -> measurements.withdraw(f.decidedCase,
                new se.vardkedjan.followup.MeasurementId(MATRIX_MEASUREMENT), "Fel klient."));
        // Questionnaires (ADR 0029, slice 2): the case's own staff send and withdraw them; only the questionnaire's
        // own client answers and sends it back — the fixture's client is another person (refused as an unknown
        // target), and the unit's own staff never call the client's methods.
        add(w, "Questionnaires.send", () -> questionnaires.send(f.decidedCase, "DUDIT", null));
        add(w, "Questionnaires.withdraw", () -> questionnaires.withdraw(f.decidedCase, MATRIX_QUESTIONNAIRE));
        add(w, "OwnQuestionnaires.answer", List.of(f.caseworker, f.manager), () -> ownQuestionnaires.answer(
                MATRIX_QUESTIONNAIRE, "Q1", "A1"));
        add(w, "OwnQuestionnaires.send", List.of(f.caseworker, f.manager), () -> ownQuestionnaires.send(
                MATRIX_QUESTIONNAIRE));
        // Questionnaires from the provider's assignment page (ADR 0030, slice 3 amendment): only the staff of the
        // provider holding the running assignment send them (the fixture's provider staff work for another provider;
        // the case's own staff send theirs on the Uppföljning tab instead).
        add(w, "ProviderQuestionnaires.send", List.of(f.caseworker, f.manager), () -> providerQuestionnaires.send(
                runningAssignment, f.agreedPlanCase, "DUDIT", null));
        // Withdrawing one (ADR 0030, slice 4 amendment): the same door — only the staff of the provider holding the
        // running assignment, and only one sent through it (refused as unknown otherwise).
        add(w, "ProviderQuestionnaires.withdraw", List.of(f.caseworker, f.manager),
                () -> providerQuestionnaires.withdraw(runningAssignment, f.agreedPlanCase, MATRIX_QUESTIONNAIRE));
        // Recording a follow-up (ADR 0030, amendment): the case's own staff, an extra one with a decision.
        add(w, "FollowUpRecords.record", () -> followUpRecords.record(new se.vardkedjan.followup.FollowUpRecording(
                f.decidedCase, null, today, List.of(), List.of(), se.vardkedjan.followup.FollowUpDecision.CONTINUE,
                "Fortsätt som planerat.", UUID.randomUUID())));
        admin(w, "Instruments.stateLicence", () -> instruments.stateLicence("SRS", "Avtal 2026-117"));
        admin(w, "Instruments.withdrawLicence", () -> instruments.withdrawLicence("SRS"));
        admin(w, "Assignments.changeEscalationDeadlines", () -> assignments.changeEscalationDeadlines(3, 3,
                jdbc.sql("SELECT version FROM providercontracts.assignment_settings").query(Long.class).single()));

        // The organisation's register: the administrator's alone.
        admin(w, "Organisation.importFrom", () -> organisation.importFrom(new ByteArrayInputStream(
                "distrikt;matris-d;Matris\n".getBytes(StandardCharsets.UTF_8))));
        admin(w, "Organisation.addDistrict", () -> organisation.addDistrict("matris-d", "Matrisdistriktet"));
        admin(w, "Organisation.addUnit", () -> organisation.addUnit("matris-enhet", "fel-d", "Matrisenheten"));
        admin(w, "Organisation.renameUnit", () -> organisation.renameUnit(new UnitCode(BadInputFixture.SPARE_UNIT),
                unitVersion(), "Nytt namn"));
        admin(w, "Organisation.changeUnitContact", () -> organisation.changeUnitContact(
                new UnitCode(BadInputFixture.SPARE_UNIT), unitVersion(), "08-123 450 00", null, null, null));
        admin(w, "Organisation.deactivateUnit", () -> organisation.deactivateUnit(
                new UnitCode(BadInputFixture.SPARE_UNIT), unitVersion()));
        admin(w, "Organisation.reactivateUnit", () -> organisation.reactivateUnit(
                new UnitCode(BadInputFixture.SPARE_UNIT), unitVersion()));
        admin(w, "Organisation.registerStaffMember", () -> organisation.registerStaffMember("matris-ny", "Ny Nysson",
                "Socialsekreterare"));
        admin(w, "Organisation.addStaffToUnit", () -> organisation.addStaffToUnit(f.caseworker.username(),
                new UnitCode(BadInputFixture.SPARE_UNIT)));
        admin(w, "Organisation.removeStaffFromUnit", () -> organisation.removeStaffFromUnit(f.colleague.username(),
                new UnitCode(BadInputFixture.UNIT)));
        admin(w, "DelegationRules.changeDelegationRule", () -> delegationRules.changeDelegationRule("OCCUPATION",
                jdbc.sql("SELECT version FROM organisation.delegation_rules WHERE intervention_type = 'OCCUPATION'")
                        .query(Long.class).single(), Roles.UNIT_MANAGER, "Nämndens beslut 2026-12-01 § 1"));
        admin(w, "LegalReferences.addLegalReference", () -> legalReferences.addLegalReference(new LegalReference(
                "MATRIS-1", "SoL (2025:400)", "11", "99", "Ett påhittat lagrum", today, null)));
        // Group follow-up's budget: the administrator's alone.
        admin(w, "GroupFollowUp.setBudget", () -> groupFollowUp.setBudget(2026, "", "", 1_000_000));
        admin(w, "LegalReferences.retireLegalReference", () -> legalReferences.retireLegalReference("SOL-11-1",
                today.plusYears(1)));

        // The provider register and the intervention catalogue: the administrator's alone.
        admin(w, "ProviderRegister.registerProvider", () -> providerRegister.registerProvider(new ProviderInput(
                "matris-ny-utforare", "Nya matrisgården", "556432-1098", ProviderKind.PRIVATE, null, null, null)));
        admin(w, "ProviderRegister.describeProvider", () -> providerRegister.describeProvider(MATRIX_PROVIDER,
                providerVersion(), new ProviderInput("matris-utforare", "Omdöpta gården", "559900-0014",
                        ProviderKind.PRIVATE, null, null, null)));
        admin(w, "ProviderRegister.deactivateProvider", () -> providerRegister.deactivateProvider(MATRIX_PROVIDER,
                providerVersion()));
        admin(w, "ProviderRegister.reactivateProvider", () -> providerRegister.reactivateProvider(MATRIX_PROVIDER,
                providerVersion()));
        admin(w, "ProviderRegister.addUnit", () -> providerRegister.addUnit(MATRIX_PROVIDER, providerVersion(),
                new ProviderUnitInput("Matrisannexet", null, null, null, null)));
        admin(w, "ProviderRegister.changeUnit", () -> providerRegister.changeUnit(MATRIX_PROVIDER, providerVersion(),
                MATRIX_UNIT, new ProviderUnitInput("Matrishuset", "Ny väg 1", "12345", "Matrisby", null)));
        admin(w, "ProviderRegister.deactivateUnit", () -> providerRegister.deactivateUnit(MATRIX_PROVIDER,
                providerVersion(), MATRIX_UNIT));
        admin(w, "ProviderRegister.addContract", () -> providerRegister.addContract(MATRIX_PROVIDER,
                new ContractInput("MATRIS-2", ContractForm.LOV, today, null, Set.of(new MethodCode("CBT")),
                        PriceUnit.HOUR, 95_000L, null)));
        admin(w, "ProviderRegister.changeContract", () -> providerRegister.changeContract(MATRIX_CONTRACT,
                contractVersion(), new ContractInput("MATRIS-1", ContractForm.LOV, LocalDate.of(2026, 1, 1), null,
                        Set.of(new MethodCode("CBT"), new MethodCode("MI")), PriceUnit.HOUR, 99_000L, null)));
        admin(w, "ProviderRegister.endContract", () -> providerRegister.endContract(MATRIX_CONTRACT,
                contractVersion(), today.plusDays(30)));
        admin(w, "InterventionCatalogue.addMethod", () -> catalogue.addMethod(new MethodInput("MATRIS_METOD",
                "Matrismetod", "Matrix method", Set.of(InterventionType.OUTPATIENT), null, null)));
        admin(w, "InterventionCatalogue.describeMethod", () -> catalogue.describeMethod(new MethodCode("CBT"),
                methodVersion(), new MethodInput("CBT", "KBT", "CBT", Set.of(InterventionType.OUTPATIENT), "3",
                        null)));
        admin(w, "InterventionCatalogue.deactivateMethod", () -> catalogue.deactivateMethod(new MethodCode("CBT"),
                methodVersion()));
        admin(w, "InterventionCatalogue.reactivateMethod", () -> catalogue.reactivateMethod(new MethodCode("CBT"),
                methodVersion()));
        return w;
    }

    private void add(Map<String, Write> writes, String method, Call call) {
        add(writes, method, List.of(), call);
    }

    private void add(Map<String, Write> writes, String method, List<User> alsoRefused, Call call) {
        writes.put(method, new Write(method, call, false, Set.of(), "", alsoRefused));
    }

    /** A client's write on their own file that takes no id: refused to everyone else, allowed to the client. */
    private void client(Map<String, Write> writes, String method, String why, Call call) {
        writes.put(method, new Write(method, call, false, names(f.client), why, List.of(f.caseworker, f.manager)));
    }

    /** A client's choice about their own file: refused to everyone else (staff by method security), the client's. */
    private void own(Map<String, Write> writes, String method, Call call) {
        writes.put(method, new Write(method, call, false, names(f.client),
                "a client makes choices about their own file only: no method takes an id to aim elsewhere",
                List.of(f.caseworker, f.manager)));
    }

    private void admin(Map<String, Write> writes, String method, Call call) {
        writes.put(method, new Write(method, call, true, Set.of(), "", List.of()));
    }

    private void protection(Map<String, Write> writes, String method, List<User> alsoRefused, Call call) {
        var refused = new ArrayList<>(List.of(f.caseworker, f.colleague));
        refused.addAll(alsoRefused);
        writes.put(method, new Write(method, call, false, names(f.administrator),
                "the administrator changes anyone's protection as the population register states it", refused));
    }

    // ---- The tests

    @Test
    void everyPublicFacadeMethodIsAReadOrInTheMatrix() {
        var facades = facades();
        assertThat(facades).as("the facades found").containsKeys("CaseHandling", "Journal", "CoordinatedPlans",
                "Organisation", "DelegationRules");
        var writes = writes().keySet();
        var unknown = new TreeSet<String>();
        var both = new TreeSet<String>();
        facades.forEach((name, type) -> methodsOf(type).forEach(method -> {
            var key = name + "." + method.getName();
            if (READS.contains(key) && writes.contains(key)) {
                both.add(key);
            } else if (!READS.contains(key) && !writes.contains(key)) {
                unknown.add(key);
            }
        }));
        assertThat(unknown).as("public facade methods neither read nor in the write matrix: add each to the matrix "
                + "(a write) or to READS (it changes nothing but the access log)").isEmpty();
        assertThat(both).isEmpty();
        var known = facades.entrySet().stream().flatMap(e -> methodsOf(e.getValue()).stream()
                .map(m -> e.getKey() + "." + m.getName())).collect(Collectors.toSet());
        assertThat(writes).as("matrix entries that are no public facade method").allMatch(known::contains);
        assertThat(READS).as("reads that are no public facade method").allMatch(known::contains);
    }

    @TestFactory
    Stream<DynamicTest> everyWriteIsRefusedToEveryoneWhoMustNotMakeItAndChangesNothing() {
        return writes().values().stream().flatMap(write -> Stream.concat((write.administratorsOnly()
                ? notAdministrators() : refusedUsers()).stream(), write.alsoRefused().stream())
                .filter(user -> !write.allowed().contains(user.username()))
                .map(user -> DynamicTest.dynamicTest(write.method() + " by " + describe(user),
                        () -> refused(write, user))));
    }

    private void refused(Write write, User user) throws Exception {
        KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        try {
            com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.of("sv"));
            f.signIn(context, user);
            caller = user;
            var eventsBefore = refusalsOf(user);
            // In a transaction that is rolled back: the tables are compared inside it, where even a write the facade
            // made before refusing shows, and nothing a missing check let through stays for the next test.
            var outcome = new TransactionTemplate(transactionManager).execute(status -> {
                status.setRollbackOnly();
                var before = snapshot();
                Throwable thrown = null;
                try {
                    write.call().run();
                } catch (Throwable t) {
                    thrown = t;
                }
                return new Object[] {thrown, changed(before, snapshot())};
            });
            var thrown = (Throwable) outcome[0];
            if (thrown == null) {
                fail("%s by %s was not refused", write.method(), describe(user));
            }
            if (!(thrown instanceof AccessDenied) && !(thrown instanceof AccessDeniedException)) {
                fail("%s by %s ended in %s, not a refusal", write.method(), describe(user), thrown);
            }
            assertThat(outcome[1]).as("tables changed by the refused %s by %s", write.method(), describe(user))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
            assertThat(refusalsOf(user) - eventsBefore).as("security events recording the refusal of %s to %s",
                    write.method(), describe(user)).isEqualTo(1);
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    // ---- Facades and their methods

    private Map<String, Class<?>> facades() {
        var found = new TreeMap<String, Class<?>>();
        context.getBeansWithAnnotation(Service.class).values().forEach(bean -> {
            var type = AopUtils.getTargetClass(bean);
            var packageName = type.getPackageName();
            if (packageName.startsWith("se.vardkedjan.") && packageName.chars().filter(c -> c == '.').count() == 2
                    && Modifier.isPublic(type.getModifiers()) && !NOT_FACADES.contains(type.getSimpleName())) {
                found.put(type.getSimpleName(), type);
            }
        });
        return found;
    }

    private static List<Method> methodsOf(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic() && !m.isBridge())
                .toList();
    }

    // ---- What the database holds

    private Map<String, String> snapshot() {
        var rows = new TreeMap<String, String>();
        jdbc.sql(snapshotSql).query((rs, n) -> rows.put(rs.getString("name"),
                rs.getLong("rows") + " rows, " + rs.getString("digest"))).list();
        return rows;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + ": " + before.get(e.getKey()) + " -> " + e.getValue()).toList();
    }

    private long refusalsOf(User user) {
        return jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?")
                .param("subject-" + user.username()).query(Long.class).single();
    }

    private long version(String table, UUID id) {
        return jdbc.sql("SELECT version FROM casehandling." + table + " WHERE id = ?").param(id)
                .query(Long.class).single();
    }

    private ProviderId matrixProvider;
    private ContractId matrixContract;
    private AssignmentId draftAssignment;
    private AssignmentId sentAssignment;
    private AssignmentId acceptedAssignment;
    private AssignmentId declinedAssignment;
    private AssignmentId runningAssignment;

    /**
     * A provider that is not the fixture's provider staff's (code {@code matris-annan}) with a contract for CBT, and
     * assignments of a case of the fixture's unit in each state a write starts from, made by SQL (ADR 0024). First it
     * waits for the drafts the fixture's decisions make (the listener runs after their commit, on Spring Modulith's
     * executor), so that none is written while a refused call's tables are compared.
     */
    private void assignmentFixture() {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL")
                .query(Long.class).single() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        matrixProvider = new ProviderId(UUID.nameUUIDFromBytes("matris-annan".getBytes(StandardCharsets.UTF_8)));
        matrixContract = new ContractId(UUID.nameUUIDFromBytes("matris-avtal".getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("""
                INSERT INTO providercontracts.methods (code, name_sv, name_en, changed_by)
                VALUES ('CBT', 'Kognitiv beteendeterapi', 'Cognitive behavioural therapy', 'matris')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO providercontracts.method_intervention_types (method_code, intervention_type)
                VALUES ('CBT', 'OUTPATIENT') ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by)
                VALUES (?, 'matris-annan', 'Annan utförare', '5599887766', 'PRIVATE', 'matris')
                ON CONFLICT DO NOTHING""").param(matrixProvider.value()).update();
        jdbc.sql("""
                INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from, price_unit,
                    price_ore, changed_by)
                VALUES (?, ?, 'MATRIS-1', 'FRAMEWORK_AGREEMENT', ?, 'HOUR', 90000, 'matris') ON CONFLICT DO NOTHING""")
                .params(matrixContract.value(), matrixProvider.value(), java.sql.Date.valueOf(today.minusYears(1)))
                .update();
        jdbc.sql("""
                INSERT INTO providercontracts.contract_methods (contract_id, method_code) VALUES (?, 'CBT')
                ON CONFLICT DO NOTHING""").param(matrixContract.value()).update();
        draftAssignment = assignment("DRAFT");
        sentAssignment = assignment("SENT");
        acceptedAssignment = assignment("ACCEPTED");
        declinedAssignment = assignment("DECLINED");
        runningAssignment = assignment("RUNNING");
        jdbc.sql("UPDATE providercontracts.assignments SET started_on = ?, accepted_start = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(today.minusDays(10)), java.sql.Date.valueOf(today.minusDays(10)),
                        runningAssignment.value()).update();
        var report = jdbc.sql("""
                        INSERT INTO providercontracts.attendance_reports (assignment_id, first_day, last_day,
                            reported_at, reported_by) VALUES (?, ?, ?, now(), 'matris') RETURNING id""")
                .params(runningAssignment.value(), java.sql.Date.valueOf(today.minusDays(1)),
                        java.sql.Date.valueOf(today.minusDays(1))).query(Long.class).single();
        jdbc.sql("INSERT INTO providercontracts.attendance_days (assignment_id, day, report_id) VALUES (?, ?, ?)")
                .params(runningAssignment.value(), java.sql.Date.valueOf(today.minusDays(1)), report).update();
        jdbc.sql("""
                        INSERT INTO providercontracts.deviations (id, assignment_id, kind, occurred_on, description,
                            reported_at, reported_by) VALUES (?, ?, 'SERIOUS_INCIDENT', ?, 'Hot mot personal.', now(),
                            'matris') ON CONFLICT DO NOTHING""")
                .params(MATRIX_INCIDENT, runningAssignment.value(), java.sql.Date.valueOf(today.minusDays(1)))
                .update();
    }

    private AssignmentId assignment(String status) {
        var id = AssignmentId.random();
        var sent = !status.equals("DRAFT");
        jdbc.sql("""
                        INSERT INTO providercontracts.assignments (id, case_id, decision_id, intervention_id,
                            intervention_type, granted_from, status, decided_on, method_code, provider_id, contract_id,
                            starts_on, expected_length, reporting, follow_up, contact_persons, sent_at, accepted_start,
                            decline_reason, changed_by)
                        VALUES (?, ?, ?, ?, 'OUTPATIENT', ?, ?, ?, 'CBT', ?, ?, ?, 'Sex månader', 'Närvaro',
                            'Efter tre månader', 'Hanna', ?, ?, ?, 'matris')""")
                .params(id.value(), f.agreedPlanCase.value(), f.decidedDecision.value(), UUID.randomUUID(),
                        java.sql.Date.valueOf(today), status, java.sql.Date.valueOf(today), matrixProvider.value(),
                        matrixContract.value(), java.sql.Date.valueOf(today.plusDays(7)),
                        sent ? java.sql.Timestamp.from(java.time.Instant.now()) : null,
                        status.equals("ACCEPTED") ? java.sql.Date.valueOf(today.plusDays(7)) : null,
                        status.equals("DECLINED") ? "Ingen plats." : null)
                .update();
        return id;
    }

    private long assignmentVersion(AssignmentId id) {
        return jdbc.sql("SELECT version FROM providercontracts.assignments WHERE id = ?").param(id.value())
                .query(Long.class).single();
    }

    private long investigationVersion() {
        return jdbc.sql("SELECT version FROM casehandling.investigations WHERE case_id = ?")
                .param(f.investigationCase.value()).query(Long.class).single();
    }

    private long clientInformedVersion() {
        return jdbc.sql("SELECT version FROM casehandling.client_informed WHERE case_id = ?")
                .param(f.investigationCase.value()).query(Long.class).optional().orElse(0L);
    }

    private long planVersion() {
        return version("care_plans", f.draftPlan.value());
    }

    private long entryVersion() {
        return version("journal_entries", f.draftEntry.value());
    }

    private long sipVersion() {
        return version("coordinated_plans", f.sip.value());
    }

    private long unitVersion() {
        return jdbc.sql("SELECT version FROM organisation.units WHERE code = ?").param(BadInputFixture.SPARE_UNIT)
                .query(Long.class).single();
    }

    private long providerVersion() {
        return jdbc.sql("SELECT version FROM providercontracts.providers WHERE id = ?")
                .param(MATRIX_PROVIDER.value()).query(Long.class).single();
    }

    private long contractVersion() {
        return jdbc.sql("SELECT version FROM providercontracts.contracts WHERE id = ?")
                .param(MATRIX_CONTRACT.value()).query(Long.class).single();
    }

    private long methodVersion() {
        return jdbc.sql("SELECT version FROM providercontracts.methods WHERE code = 'CBT'").query(Long.class)
                .single();
    }

    private UUID child(String table, String parentColumn, UUID parent) {
        return jdbc.sql("SELECT id FROM casehandling." + table + " WHERE " + parentColumn + " = ? ORDER BY id LIMIT 1")
                .param(parent).query(UUID.class).single();
    }

    private InvestigationContent draft() {
        var started = today.minusDays(18);
        return new InvestigationContent(started, "Alkohol och boende",
                List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Samtal med klienten", started)),
                List.of(), List.of(), List.of(),
                new InvestigationContent.Participation(ParticipationMode.MEETING, "Jag vill ha hjälp."),
                null, null, null);
    }

    private JournalText text() {
        return new JournalText(today, "Samtal", "Samtal om boendet.");
    }

    private static Set<String> names(User... users) {
        return Arrays.stream(users).map(User::username).collect(Collectors.toSet());
    }

    private String describe(User user) {
        if (user == otherUnitCaseworker) {
            return "a caseworker of another unit";
        }
        if (user == otherUnitManager) {
            return "a unit manager of another unit";
        }
        if (user == noRole) {
            return "a user without a role";
        }
        return user.roles().isEmpty() ? user.username() : user.roles().getFirst()
                + (user.units().contains(BadInputFixture.UNIT) ? " of the unit" : "");
    }
}
