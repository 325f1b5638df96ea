package se.vardkedjan.casehandling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * The delegation rules as an administrator maintains them, against real PostgreSQL: a change is what later decisions
 * follow, it is recorded with who and when, bad input and a concurrent change store nothing, and only the
 * administrator may read or change the rules.
 */
@CaseHandlingModuleTest
class DelegationRulesModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final DelegationAndLegalReferences rules;
    private final JdbcClient jdbc;

    DelegationRulesModuleTests(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                               Decisions decisions, DelegationAndLegalReferences rules, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** The rules are shared by every test in the database: put back what the seed holds (0401). */
    @AfterEach
    void restoreTheSeededRulesAndSignOut() {
        jdbc.sql("UPDATE casehandling.delegation_rules SET lowest_role = CASE intervention_type "
                + "WHEN 'RESIDENTIAL' THEN 'unit_manager' ELSE 'caseworker' END, version = version + 1 "
                + "WHERE lowest_role <> CASE intervention_type WHEN 'RESIDENTIAL' THEN 'unit_manager' "
                + "ELSE 'caseworker' END").update();
        TestActors.signOut();
    }

    @Test
    void anAdministratorRaisesADelegationAndACaseworkersDecisionThenBecomesAProposal() {
        var administrator = TestActors.signIn(administrator());
        var before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var occupation = rule(InterventionType.OCCUPATION);
        assertThat(occupation.lowestRole()).isEqualTo(Roles.CASEWORKER);

        rules.changeDelegationRule(InterventionType.OCCUPATION, occupation.version(), Roles.UNIT_MANAGER,
                "SN 2026-03-12 § 45");

        var changed = rule(InterventionType.OCCUPATION);
        assertThat(changed.lowestRole()).isEqualTo(Roles.UNIT_MANAGER);
        assertThat(changed.version()).isEqualTo(occupation.version() + 1);
        assertThat(changed.lastChangedBy()).isEqualTo(administrator.username());
        assertThat(changed.lastChangedAt()).isAfterOrEqualTo(before);
        assertThat(rules.delegationRuleChanges().getFirst()).satisfies(change -> {
            assertThat(change.type()).isEqualTo(InterventionType.OCCUPATION);
            assertThat(change.previousRole()).isEqualTo(Roles.CASEWORKER);
            assertThat(change.newRole()).isEqualTo(Roles.UNIT_MANAGER);
            assertThat(change.basis()).isEqualTo("SN 2026-03-12 § 45");
            assertThat(change.changedBy()).isEqualTo(administrator.username());
        });

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var proposal = decisions.decide(DecisionFixtures.decision(investigated("Olle"), TODAY,
                DecisionFixtures.granted(InterventionType.OCCUPATION, TODAY)));
        assertThat(proposal.status()).isEqualTo(DecisionStatus.PROPOSED);

        TestActors.signIn(administrator);
        rules.changeDelegationRule(InterventionType.OCCUPATION, changed.version(), Roles.CASEWORKER,
                "SN 2026-04-09 § 12");

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var decided = decisions.decide(DecisionFixtures.decision(investigated("Lisa"), TODAY,
                DecisionFixtures.granted(InterventionType.OCCUPATION, TODAY)));
        assertThat(decided.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decided.delegationLevel()).isEqualTo(Roles.CASEWORKER);
        assertThat(decisions.ofCase(proposal.caseId())).singleElement()
                .satisfies(earlier -> assertThat(earlier.status()).isEqualTo(DecisionStatus.PROPOSED));
    }

    @Test
    void anAdministratorLowersTheDelegationForResidentialCareSoACaseworkerDecidesIt() {
        TestActors.signIn(administrator());
        rules.changeDelegationRule(InterventionType.RESIDENTIAL, rule(InterventionType.RESIDENTIAL).version(),
                Roles.CASEWORKER, "SN 2026-05-20 § 7");

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var decided = decisions.decide(DecisionFixtures.decision(investigated("Nils"), TODAY,
                DecisionFixtures.granted(InterventionType.RESIDENTIAL, TODAY)));
        assertThat(decided.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decided.delegationLevel()).isEqualTo(Roles.CASEWORKER);
    }

    @Test
    void caseworkersUnitManagersAndAnalystsCannotReadOrChangeTheRules() {
        for (var someone : new Actor[] {TestFixtures.caseworker(NORTH), TestFixtures.unitManager(NORTH),
                TestActors.staff("analytiker" + System.nanoTime(), Set.of(Roles.ANALYST))}) {
            TestActors.signIn(someone);
            assertThatThrownBy(() -> rules.changeDelegationRule(InterventionType.RESIDENTIAL, 0,
                    Roles.CASEWORKER, "SN 2026-03-12 § 45")).as(someone.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(rules::delegationRules).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(rules::delegationRuleChanges).isInstanceOf(AccessDeniedException.class);
        }
        TestActors.signIn(administrator());
        assertThat(rule(InterventionType.RESIDENTIAL).lowestRole()).isEqualTo(Roles.UNIT_MANAGER);
    }

    @Test
    void invalidInputIsRefusedWithAClearReasonAndStoresNothing() {
        TestActors.signIn(administrator());
        var rule = rule(InterventionType.OUTPATIENT);
        var changesBefore = historyRows();

        assertRefused(() -> rules.changeDelegationRule(null, rule.version(), Roles.UNIT_MANAGER, "SN 1 § 1"),
                "casehandling.decision.delegation-rules.error.type-required");
        assertRefused(() -> rules.changeDelegationRule(InterventionType.SERVICE_WITHOUT_DECISION, 0,
                Roles.UNIT_MANAGER, "SN 1 § 1"), "casehandling.decision.delegation-rules.error.no-decision");
        assertRefused(() -> rules.changeDelegationRule(InterventionType.OUTPATIENT, rule.version(), null,
                "SN 1 § 1"), "casehandling.decision.delegation-rules.error.level-required");
        assertRefused(() -> rules.changeDelegationRule(InterventionType.OUTPATIENT, rule.version(),
                "director", "SN 1 § 1"), "casehandling.decision.delegation-rules.error.level-unknown");
        assertRefused(() -> rules.changeDelegationRule(InterventionType.OUTPATIENT, rule.version(),
                Roles.ANALYST, "SN 1 § 1"), "casehandling.decision.delegation-rules.error.level-unknown");
        assertRefused(() -> rules.changeDelegationRule(InterventionType.OUTPATIENT, rule.version(),
                Roles.CASEWORKER, "SN 1 § 1"), "casehandling.decision.delegation-rules.error.unchanged");
        assertRefused(() -> rules.changeDelegationRule(InterventionType.OUTPATIENT, rule.version(),
                Roles.UNIT_MANAGER, "  "), "casehandling.error.text-required");
        assertRefused(() -> rules.changeDelegationRule(InterventionType.OUTPATIENT, rule.version(),
                Roles.UNIT_MANAGER, "SN <b>1</b>"), "casehandling.error.text-markup");
        assertRefused(() -> rules.changeDelegationRule(InterventionType.OUTPATIENT, rule.version(),
                Roles.UNIT_MANAGER, "x".repeat(201)), "casehandling.error.text-too-long");

        assertThat(rule(InterventionType.OUTPATIENT)).isEqualTo(rule);
        assertThat(historyRows()).isEqualTo(changesBefore);
    }

    @Test
    void aConcurrentChangeIsDetectedAndNotOverwritten() {
        var first = TestActors.signIn(administrator());
        var read = rule(InterventionType.SUPPORTED_HOUSING);
        rules.changeDelegationRule(InterventionType.SUPPORTED_HOUSING, read.version(), Roles.UNIT_MANAGER,
                "SN 2026-03-12 § 45");
        var changesAfterFirst = historyRows();

        TestActors.signIn(administrator());
        assertThatThrownBy(() -> rules.changeDelegationRule(InterventionType.SUPPORTED_HOUSING, read.version(),
                Roles.CASEWORKER, "SN 2026-03-13 § 2")).isInstanceOf(ConcurrentChange.class);

        var now = rule(InterventionType.SUPPORTED_HOUSING);
        assertThat(now.lowestRole()).isEqualTo(Roles.UNIT_MANAGER);
        assertThat(now.lastChangedBy()).isEqualTo(first.username());
        assertThat(historyRows()).isEqualTo(changesAfterFirst);
    }

    @Test
    void theHistoryOfChangesCannotBeEditedOrDeleted() {
        TestActors.signIn(administrator());
        var read = rule(InterventionType.CONTACT_PERSON);
        rules.changeDelegationRule(InterventionType.CONTACT_PERSON, read.version(), Roles.UNIT_MANAGER,
                "SN 2026-03-12 § 45");

        assertThatThrownBy(() -> jdbc.sql("UPDATE casehandling.delegation_rule_changes SET changed_by = 'someone'")
                .update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM casehandling.delegation_rule_changes").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    private static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    private DelegationRule rule(InterventionType type) {
        return rules.delegationRules().stream().filter(rule -> rule.type() == type).findFirst().orElseThrow();
    }

    private long historyRows() {
        return jdbc.sql("SELECT count(*) FROM casehandling.delegation_rule_changes").query(Long.class).single();
    }

    private static Actor administrator() {
        return TestActors.staff("admin" + System.nanoTime(), Set.of(Roles.ADMINISTRATOR));
    }

    private CaseId investigated(String givenName) {
        var personId = register.register(TestFixtures.person(TestFixtures.personalNumber(), givenName, "Delegation"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, NORTH)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                TODAY.minusDays(2), TODAY.plusMonths(4));
        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(TODAY.minusDays(2), TODAY));
        return caseId;
    }
}
