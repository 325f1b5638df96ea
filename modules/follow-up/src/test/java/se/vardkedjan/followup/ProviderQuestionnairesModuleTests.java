package se.vardkedjan.followup;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.TestClients;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalId;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.providercontracts.AssignmentDraft;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.EndReason;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * Questionnaires a provider's staff send the client from their assignment page (ADR 0030, slice 3 amendment): only
 * the staff of the provider holding an accepted or running assignment of that very case may send, asked of provider
 * contracts by ids; the caseworker reads "sent by" the provider and the client's answer as with their own; the
 * provider never reads the answers. The attacker's side: another provider's staff, a declined or ended assignment, a
 * forged assignment or case id (all refused and recorded), case staff on the provider's methods, provider staff on
 * the case staff's.
 */
@FollowUpModuleTest
class ProviderQuestionnairesModuleTests {

    private final ProviderQuestionnaires providerQuestionnaires;
    private final Questionnaires questionnaires;
    private final OwnQuestionnaires own;
    private final Measurements measurements;
    private final Assignments assignments;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final CarePlans plans;
    private final JdbcClient jdbc;
    private final LocalDate today;

    ProviderQuestionnairesModuleTests(ProviderQuestionnaires providerQuestionnaires, Questionnaires questionnaires,
                                      OwnQuestionnaires own, Measurements measurements, Assignments assignments,
                                      PersonRegister register, CaseHandling caseHandling,
                                      Investigations investigations, Decisions decisions, CarePlans plans,
                                      JdbcClient jdbc, Clock clock) {
        this.providerQuestionnaires = providerQuestionnaires;
        this.questionnaires = questionnaires;
        this.own = own;
        this.measurements = measurements;
        this.assignments = assignments;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.plans = plans;
        this.jdbc = jdbc;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    /** A provider in the register with a contract covering the method, by its organisation code and name. */
    private record Provider(ProviderId id, String code, String name, ContractId contract) {
    }

    /** An assignment of a decided case with an agreed plan's goal, sent to the provider; its client by number. */
    private record Sent(AssignmentId id, CaseId caseId, GoalId goal, String number, Provider provider,
                        Actor caseworker, Actor staff, long version) {
    }

    private Provider provider() {
        jdbc.sql("""
                INSERT INTO providercontracts.methods (code, name_sv, name_en, changed_by)
                VALUES ('CBT', 'Kognitiv beteendeterapi', 'Cognitive behavioural therapy', 'test')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO providercontracts.method_intervention_types (method_code, intervention_type)
                VALUES ('CBT', 'OUTPATIENT') ON CONFLICT DO NOTHING""").update();
        var id = ProviderId.random();
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var code = "test-enkat-" + suffix;
        var name = "Enkätutföraren " + suffix;
        jdbc.sql("""
                        INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by)
                        VALUES (?, ?, ?, ?, 'PRIVATE', 'test')""")
                .params(id.value(), code, name, organisationNumber(id.value().getLeastSignificantBits())).update();
        var contract = ContractId.random();
        jdbc.sql("""
                        INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from, price_unit,
                            price_ore, places, changed_by)
                        VALUES (?, ?, ?, 'FRAMEWORK_AGREEMENT', ?, 'HOUR', 95000, 3, 'test')""")
                .params(contract.value(), id.value(), "AVT-" + suffix, java.sql.Date.valueOf(today.minusYears(1)))
                .update();
        jdbc.sql("INSERT INTO providercontracts.contract_methods (contract_id, method_code) VALUES (?, 'CBT')")
                .param(contract.value()).update();
        return new Provider(id, code, name, contract);
    }

    /** Sent to the provider, not yet answered by it. */
    private Sent sent() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var number = TestFixtures.personalNumber();
        var personId = register.register(TestFixtures.person(number, "Sara", "Skattarsson"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, NORTH)).caseId();
        caseHandling.assess(caseId, 0, se.vardkedjan.casehandling.PreliminaryOutcome.OPEN_INVESTIGATION,
                "Behov av utredning.", today.minusDays(2), today.plusMonths(4));
        investigations.saveAndComplete(caseId, 0,
                se.vardkedjan.casehandling.DecisionFixtures.completeContent(today.minusDays(2), today));
        var decision = decisions.decide(se.vardkedjan.casehandling.DecisionFixtures.decision(caseId, today,
                se.vardkedjan.casehandling.DecisionFixtures.granted(InterventionType.OUTPATIENT, today)));
        var plan = FollowUpFixtures.agree(plans, plans.draft(caseId, today), today,
                new GoalInput("Dricka mindre", "AUDIT", today.plusMonths(3)));
        var goal = plans.plan(plan).goals().getFirst().id();
        var provider = provider();
        var id = liveAssignment(decision.items().getFirst().id().value());
        var draft = assignments.saveDraft(id, 0, new AssignmentDraft(new MethodCode("CBT"), provider.id(),
                provider.contract(), false, today, "Sex månader", "Närvaro varje månad", "Efter tre månader",
                "Hanna Handläggare", false, false, false));
        var sent = assignments.send(id, draft.version());
        TestActors.signOut();
        return new Sent(id, caseId, goal, number, provider, caseworker, staffOf(provider.code()), sent.version());
    }

    /** Sent, received and accepted by the provider's staff. */
    private Sent accepted() {
        var sent = sent();
        TestActors.signIn(sent.staff());
        var accepted = assignments.accept(sent.id(), assignments.receive(sent.id(), sent.version()).version(), today);
        TestActors.signOut();
        return new Sent(sent.id(), sent.caseId(), sent.goal(), sent.number(), sent.provider(), sent.caseworker(),
                sent.staff(), accepted.version());
    }

    private AssignmentId liveAssignment(UUID intervention) {
        var found = new java.util.concurrent.atomic.AtomicReference<UUID>();
        FollowUpFixtures.await("the assignment draft of the granted intervention", () -> {
            jdbc.sql("SELECT id FROM providercontracts.assignments WHERE intervention_id = ? AND status = 'DRAFT'")
                    .param(intervention).query(UUID.class).optional().ifPresent(found::set);
            return found.get() != null;
        });
        return new AssignmentId(found.get());
    }

    private static Actor staffOf(String organisation) {
        return new Actor(UUID.randomUUID().toString(), "utf" + UUID.randomUUID().toString().substring(0, 6),
                "Ulla Utförare", Set.of(Roles.PROVIDER_STAFF), Set.of(),
                Set.of(new ProviderOrganisationCode(organisation)));
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long questionnairesOf(CaseId caseId) {
        return rows("SELECT count(*) FROM followup.questionnaires WHERE case_id = ?", caseId.value());
    }

    private long refusalsOf(Actor actor) {
        return rows("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?", actor.subject());
    }

    /** Refused as an unknown target, recorded, nothing sent. */
    private void refused(Actor actor, AssignmentId assignment, CaseId caseId, CaseId unchanged) {
        var before = refusalsOf(actor);
        TestActors.signIn(actor);
        assertThatThrownBy(() -> providerQuestionnaires.send(assignment, caseId, "AUDIT", null))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> providerQuestionnaires.sent(assignment, caseId)).isInstanceOf(AccessDenied.class);
        TestActors.signOut();
        assertThat(refusalsOf(actor)).as("both refusals recorded").isEqualTo(before + 2);
        assertThat(questionnairesOf(unchanged)).isZero();
    }

    @Test
    void theProvidersStaffSendAnAuditTheCaseworkerSeesWhoSentItAndTheClientsAnswerArrivesOnTheCase() {
        var sent = accepted();
        TestActors.signIn(sent.staff());
        assertThat(providerQuestionnaires.choices(sent.id(), sent.caseId()).instruments())
                .extracting(Questionnaires.Sendable::code).contains("AUDIT", "DUDIT", "GOAL")
                .doesNotContain("ASI", "ORS", "SRS");
        var id = providerQuestionnaires.send(sent.id(), sent.caseId(), "AUDIT", null);
        assertThat(providerQuestionnaires.sent(sent.id(), sent.caseId())).singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(QuestionnaireStatus.SENT));
        TestActors.signOut();
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND what = ? "
                        + "AND access_kind = 'CHANGE' AND case_id = ?", sent.staff().subject(),
                Questionnaires.WHAT_QUESTIONNAIRE, sent.caseId().value())).as("the send's row").isEqualTo(1);

        TestActors.signIn(sent.caseworker());
        assertThat(questionnaires.ofCase(sent.caseId())).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo(id);
            assertThat(q.sentByProvider()).isEqualTo(sent.provider().name());
            assertThat(q.sentBy()).isEqualTo(sent.staff().subject());
        });
        TestActors.signOut();

        TestClients.signInClient(sent.number());
        assertThat(own.mine()).extracting(OwnQuestionnaire::id).containsExactly(id);
        // Hand-computed: items 1–8 one point each, items 9 and 10 none → 8.
        for (int i = 1; i <= 10; i++) {
            own.answer(id, "Q" + i, i <= 8 ? "A1" : "A0");
        }
        own.send(id);
        TestActors.signOut();

        TestActors.signIn(sent.caseworker());
        assertThat(measurements.history(sent.caseId()).stream().filter(s -> s.definition().code().equals("AUDIT"))
                .flatMap(s -> s.points().stream())).singleElement().satisfies(p -> {
                    assertThat(p.measurement().source()).isEqualTo(MeasurementSource.CLIENT_SELF);
                    assertThat(p.measurement().total()).isEqualTo(8);
                });
        TestActors.signOut();

        TestActors.signIn(sent.staff());
        assertThat(providerQuestionnaires.sent(sent.id(), sent.caseId())).singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(QuestionnaireStatus.ANSWERED));
        // The answers and the score are the case staff's: the provider's staff reach none of them.
        assertThatThrownBy(() -> questionnaires.ofCase(sent.caseId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measurements.history(sent.caseId())).isInstanceOf(AccessDeniedException.class);
        TestActors.signOut();
    }

    @Test
    void aGoalRatingIsAboutAGoalCopiedIntoTheAssignmentAndNoOther() {
        var sent = accepted();
        TestActors.signIn(sent.staff());
        assertThat(providerQuestionnaires.choices(sent.id(), sent.caseId()).goals())
                .extracting(Questionnaires.GoalChoice::id).containsExactly(sent.goal());
        assertThatThrownBy(() -> providerQuestionnaires.send(sent.id(), sent.caseId(), "GOAL",
                GoalId.random())).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("followup.instrument.error.unknown-goal"));
        assertThatThrownBy(() -> providerQuestionnaires.send(sent.id(), sent.caseId(), "  ", null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("followup.questionnaire.error.instrument-required"));
        providerQuestionnaires.send(sent.id(), sent.caseId(), "GOAL", sent.goal());
        assertThatThrownBy(() -> providerQuestionnaires.send(sent.id(), sent.caseId(), "GOAL", sent.goal()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("followup.questionnaire.error.already-open"));
        TestActors.signOut();
        assertThat(jdbc.sql("SELECT goal_title FROM followup.questionnaires WHERE case_id = ?")
                .param(sent.caseId().value()).query(String.class).single()).isEqualTo("Dricka mindre");
    }

    @Test
    void anotherProvidersStaffAndForgedAssignmentOrCaseIdsAreRefusedAndRecorded() {
        var sent = accepted();
        var other = accepted();
        refused(staffOf(other.provider().code()), sent.id(), sent.caseId(), sent.caseId());
        refused(staffOf("no-such-provider"), sent.id(), sent.caseId(), sent.caseId());
        // The staff's own assignment, aimed at another case (the other provider's client).
        refused(sent.staff(), sent.id(), other.caseId(), other.caseId());
        // An assignment id that is none at all.
        refused(sent.staff(), new AssignmentId(UUID.randomUUID()), sent.caseId(), sent.caseId());
        // Another provider's assignment with its own case.
        refused(sent.staff(), other.id(), other.caseId(), other.caseId());
        assertThat(questionnairesOf(sent.caseId())).isZero();
    }

    @Test
    void aSentButNotAcceptedADeclinedAndAnEndedAssignmentLetNobodySend() {
        var notYetAccepted = sent();
        refused(notYetAccepted.staff(), notYetAccepted.id(), notYetAccepted.caseId(), notYetAccepted.caseId());

        var declined = sent();
        TestActors.signIn(declined.staff());
        assignments.decline(declined.id(), assignments.receive(declined.id(), declined.version()).version(),
                "Vi har ingen plats.");
        TestActors.signOut();
        refused(declined.staff(), declined.id(), declined.caseId(), declined.caseId());

        var ended = accepted();
        TestActors.signIn(ended.caseworker());
        assignments.end(ended.id(), ended.version(), EndReason.BROKEN_OFF, today);
        TestActors.signOut();
        refused(ended.staff(), ended.id(), ended.caseId(), ended.caseId());
    }

    @Test
    void caseStaffDoNotUseTheProvidersWayAndAClientNeither() {
        var sent = accepted();
        TestActors.signIn(sent.caseworker());
        assertThatThrownBy(() -> providerQuestionnaires.send(sent.id(), sent.caseId(), "AUDIT", null))
                .isInstanceOf(AccessDeniedException.class);
        TestActors.signOut();
        TestClients.signInClient(sent.number());
        assertThatThrownBy(() -> providerQuestionnaires.send(sent.id(), sent.caseId(), "AUDIT", null))
                .isInstanceOf(AccessDeniedException.class);
        TestActors.signOut();
        assertThat(questionnairesOf(sent.caseId())).isZero();
    }

    @Test
    void theProvidersStaffWithdrawAnUnansweredQuestionnaireTheySentAndTheClientIsNoLongerAsked() {
        var sent = accepted();
        TestActors.signIn(sent.staff());
        var id = providerQuestionnaires.send(sent.id(), sent.caseId(), "AUDIT", null);

        providerQuestionnaires.withdraw(sent.id(), sent.caseId(), id);

        assertThat(providerQuestionnaires.sent(sent.id(), sent.caseId())).singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(QuestionnaireStatus.WITHDRAWN));
        assertThatThrownBy(() -> providerQuestionnaires.withdraw(sent.id(), sent.caseId(), id))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("followup.questionnaire.error.not-open"));
        TestActors.signOut();
        assertThat(rows("SELECT count(*) FROM followup.questionnaires WHERE id = ? AND withdrawn_by = ?",
                id.value(), sent.staff().subject())).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND what = ? "
                        + "AND access_kind = 'CHANGE' AND case_id = ?", sent.staff().subject(),
                Questionnaires.WHAT_QUESTIONNAIRE, sent.caseId().value())).as("the send's and the withdrawal's rows")
                .isEqualTo(2);
        TestClients.signInClient(sent.number());
        assertThat(own.mine()).isEmpty();
        TestActors.signOut();
    }

    @Test
    void nobodyButTheSendingAssignmentsStaffWithdrawsAndEachRefusalLooksLikeAnUnknownOneAndIsRecorded() {
        var sent = accepted();
        var other = accepted();
        TestActors.signIn(sent.staff());
        var theirs = providerQuestionnaires.send(sent.id(), sent.caseId(), "AUDIT", null);
        TestActors.signOut();
        TestActors.signIn(other.staff());
        var othersOwn = providerQuestionnaires.send(other.id(), other.caseId(), "AUDIT", null);
        TestActors.signOut();
        TestActors.signIn(sent.caseworker());
        var caseworkers = questionnaires.send(sent.caseId(), "DUDIT", null);
        TestActors.signOut();

        // Another provider's staff, with their own assignment or the sender's.
        refusedWithdrawal(other.staff(), other.id(), sent.caseId(), theirs);
        refusedWithdrawal(other.staff(), sent.id(), sent.caseId(), theirs);
        // The sender's staff: the case staff's own questionnaire of the same case, another provider's questionnaire,
        // and an id that is none at all.
        refusedWithdrawal(sent.staff(), sent.id(), sent.caseId(), caseworkers);
        refusedWithdrawal(sent.staff(), sent.id(), sent.caseId(), othersOwn);
        refusedWithdrawal(sent.staff(), sent.id(), sent.caseId(), new QuestionnaireId(UUID.randomUUID()));
        // Case staff do not use the provider's way.
        TestActors.signIn(sent.caseworker());
        assertThatThrownBy(() -> providerQuestionnaires.withdraw(sent.id(), sent.caseId(), theirs))
                .isInstanceOf(AccessDeniedException.class);
        TestActors.signOut();
        // An ended assignment withdraws nothing more.
        TestActors.signIn(sent.caseworker());
        assignments.end(sent.id(), sent.version(), EndReason.BROKEN_OFF, today);
        TestActors.signOut();
        refusedWithdrawal(sent.staff(), sent.id(), sent.caseId(), theirs);

        assertThat(rows("SELECT count(*) FROM followup.questionnaires WHERE status = 'WITHDRAWN' AND id = ANY (?)",
                (Object) new UUID[] {theirs.value(), othersOwn.value(), caseworkers.value()}))
                .as("none withdrawn").isZero();
    }

    /** Refused (AccessDenied, as for an unknown assignment), recorded, and the questionnaire left as it was. */
    private void refusedWithdrawal(Actor actor, AssignmentId assignment, CaseId caseId, QuestionnaireId id) {
        var before = refusalsOf(actor);
        TestActors.signIn(actor);
        assertThatThrownBy(() -> providerQuestionnaires.withdraw(assignment, caseId, id))
                .isInstanceOf(AccessDenied.class);
        TestActors.signOut();
        assertThat(refusalsOf(actor)).as("the refusal recorded").isEqualTo(before + 1);
    }

    /** A valid organisation number (its last digit the Luhn check digit of the nine before it). */
    private static String organisationNumber(long seed) {
        var digits = String.format("559%06d", Math.abs(seed % 1_000_000L));
        var sum = 0;
        for (var i = 0; i < digits.length(); i++) {
            var n = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += n / 10 + n % 10;
        }
        return digits + (10 - sum % 10) % 10;
    }
}
