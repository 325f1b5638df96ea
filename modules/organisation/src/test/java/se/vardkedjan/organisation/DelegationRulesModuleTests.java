package se.vardkedjan.organisation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delegation rules as an administrator maintains them, against real PostgreSQL: a change is recorded with who and
 * when, bad input and a concurrent change store nothing, the history is append-only for the app's database role, and
 * only the administrator may read or change the rules. That decisions follow a change is case handling's module test.
 */
@ApplicationModuleTest
class DelegationRulesModuleTests {

    private final DelegationRules rules;
    private final JdbcClient jdbc;

    DelegationRulesModuleTests(DelegationRules rules, JdbcClient jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** The rules are shared by every test in the database: put back what the seed holds (casehandling-0401). */
    @AfterEach
    void restoreTheSeededRulesAndSignOut() {
        jdbc.sql("UPDATE organisation.delegation_rules SET lowest_role = CASE intervention_type "
                + "WHEN 'RESIDENTIAL' THEN 'unit_manager' ELSE 'caseworker' END, version = version + 1 "
                + "WHERE lowest_role <> CASE intervention_type WHEN 'RESIDENTIAL' THEN 'unit_manager' "
                + "ELSE 'caseworker' END").update();
        TestActors.signOut();
    }

    @Test
    void theRulesAreListedInTheOrderOfTheInterventionTypesAndOpenToDecidingForAnyone() {
        TestActors.signIn(TestActors.administrator());
        assertThat(rules.delegationRules()).extracting(DelegationRule::type)
                .containsExactly("OUTPATIENT", "RESIDENTIAL", "SUPPORTED_HOUSING", "CONTACT_PERSON", "OCCUPATION");
        TestActors.signIn(TestActors.staff("handlaggare" + System.nanoTime(), Set.of(Roles.CASEWORKER)));
        assertThat(rules.lowestRoles()).containsEntry("RESIDENTIAL", Roles.UNIT_MANAGER)
                .containsEntry("OUTPATIENT", Roles.CASEWORKER).hasSize(5);
    }

    @Test
    void caseworkersUnitManagersAndAnalystsCannotReadOrChangeTheRules() {
        for (var someone : new Actor[] {TestActors.staff("handlaggare" + System.nanoTime(), Set.of(Roles.CASEWORKER)),
                TestActors.staff("chef" + System.nanoTime(), Set.of(Roles.UNIT_MANAGER)),
                TestActors.staff("analytiker" + System.nanoTime(), Set.of(Roles.ANALYST))}) {
            TestActors.signIn(someone);
            assertThatThrownBy(() -> rules.changeDelegationRule("RESIDENTIAL", 0,
                    Roles.CASEWORKER, "SN 2026-03-12 § 45")).as(someone.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(rules::delegationRules).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(rules::delegationRuleChanges).isInstanceOf(AccessDeniedException.class);
        }
        TestActors.signIn(TestActors.administrator());
        assertThat(rule("RESIDENTIAL").lowestRole()).isEqualTo(Roles.UNIT_MANAGER);
    }

    @Test
    void invalidInputIsRefusedWithAClearReasonAndStoresNothing() {
        TestActors.signIn(TestActors.administrator());
        var rule = rule("OUTPATIENT");
        var changesBefore = historyRows();

        assertRefused(() -> rules.changeDelegationRule(null, rule.version(), Roles.UNIT_MANAGER, "SN 1 § 1"),
                "organisation.delegation-rules.error.type-required");
        assertRefused(() -> rules.changeDelegationRule("SERVICE_WITHOUT_DECISION", 0,
                Roles.UNIT_MANAGER, "SN 1 § 1"), "organisation.delegation-rules.error.rule-unknown");
        assertRefused(() -> rules.changeDelegationRule("OUTPATIENT", rule.version(), null,
                "SN 1 § 1"), "organisation.delegation-rules.error.level-required");
        assertRefused(() -> rules.changeDelegationRule("OUTPATIENT", rule.version(),
                "director", "SN 1 § 1"), "organisation.delegation-rules.error.level-unknown");
        assertRefused(() -> rules.changeDelegationRule("OUTPATIENT", rule.version(),
                Roles.ANALYST, "SN 1 § 1"), "organisation.delegation-rules.error.level-unknown");
        assertRefused(() -> rules.changeDelegationRule("OUTPATIENT", rule.version(),
                Roles.CASEWORKER, "SN 1 § 1"), "organisation.delegation-rules.error.unchanged");
        assertRefused(() -> rules.changeDelegationRule("OUTPATIENT", rule.version(),
                Roles.UNIT_MANAGER, "  "), "organisation.error.text-required");
        assertRefused(() -> rules.changeDelegationRule("OUTPATIENT", rule.version(),
                Roles.UNIT_MANAGER, "SN <b>1</b>"), "organisation.error.text-markup");
        assertRefused(() -> rules.changeDelegationRule("OUTPATIENT", rule.version(),
                Roles.UNIT_MANAGER, "x".repeat(201)), "organisation.error.text-too-long");

        assertThat(rule("OUTPATIENT")).isEqualTo(rule);
        assertThat(historyRows()).isEqualTo(changesBefore);
    }

    @Test
    void aConcurrentChangeIsDetectedAndNotOverwritten() {
        var first = TestActors.signIn(TestActors.administrator());
        var read = rule("SUPPORTED_HOUSING");
        rules.changeDelegationRule("SUPPORTED_HOUSING", read.version(), Roles.UNIT_MANAGER,
                "SN 2026-03-12 § 45");
        var changesAfterFirst = historyRows();

        TestActors.signIn(TestActors.administrator());
        assertThatThrownBy(() -> rules.changeDelegationRule("SUPPORTED_HOUSING", read.version(),
                Roles.CASEWORKER, "SN 2026-03-13 § 2")).isInstanceOf(ConcurrentChange.class);

        var now = rule("SUPPORTED_HOUSING");
        assertThat(now.lowestRole()).isEqualTo(Roles.UNIT_MANAGER);
        assertThat(now.lastChangedBy()).isEqualTo(first.username());
        assertThat(historyRows()).isEqualTo(changesAfterFirst);
    }

    @Test
    void theHistoryOfChangesCannotBeEditedOrDeleted() {
        TestActors.signIn(TestActors.administrator());
        var read = rule("CONTACT_PERSON");
        rules.changeDelegationRule("CONTACT_PERSON", read.version(), Roles.UNIT_MANAGER,
                "SN 2026-03-12 § 45");

        assertThatThrownBy(() -> jdbc.sql("UPDATE organisation.delegation_rule_changes SET changed_by = 'someone'")
                .update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM organisation.delegation_rule_changes").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    private static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    private DelegationRule rule(String type) {
        return rules.delegationRules().stream().filter(rule -> rule.type().equals(type)).findFirst().orElseThrow();
    }

    private long historyRows() {
        return jdbc.sql("SELECT count(*) FROM organisation.delegation_rule_changes").query(Long.class).single();
    }
}
