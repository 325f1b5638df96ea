package se.vardkedjan.casehandling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.organisation.DelegationRule;
import se.vardkedjan.organisation.DelegationRules;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * Decisions follow the organisation's delegation rules as an administrator changes them (ADR 0020), against real
 * PostgreSQL: a change is what later decisions follow, and it is recorded with who and when. How the rules themselves
 * are kept (bad input, concurrent changes, who may change them) is the organisation's module test.
 */
@CaseHandlingModuleTest
class DelegationRulesModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final DelegationRules rules;
    private final JdbcClient jdbc;

    DelegationRulesModuleTests(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                               Decisions decisions, DelegationRules rules, JdbcClient jdbc) {
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
        jdbc.sql("UPDATE organisation.delegation_rules SET lowest_role = CASE intervention_type "
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

        rules.changeDelegationRule(InterventionType.OCCUPATION.name(), occupation.version(), Roles.UNIT_MANAGER,
                "SN 2026-03-12 § 45");

        var changed = rule(InterventionType.OCCUPATION);
        assertThat(changed.lowestRole()).isEqualTo(Roles.UNIT_MANAGER);
        assertThat(changed.version()).isEqualTo(occupation.version() + 1);
        assertThat(changed.lastChangedBy()).isEqualTo(administrator.username());
        assertThat(changed.lastChangedAt()).isAfterOrEqualTo(before);
        assertThat(rules.delegationRuleChanges().getFirst()).satisfies(change -> {
            assertThat(change.type()).isEqualTo(InterventionType.OCCUPATION.name());
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
        rules.changeDelegationRule(InterventionType.OCCUPATION.name(), changed.version(), Roles.CASEWORKER,
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
        rules.changeDelegationRule(InterventionType.RESIDENTIAL.name(), rule(InterventionType.RESIDENTIAL).version(),
                Roles.CASEWORKER, "SN 2026-05-20 § 7");

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var decided = decisions.decide(DecisionFixtures.decision(investigated("Nils"), TODAY,
                DecisionFixtures.granted(InterventionType.RESIDENTIAL, TODAY)));
        assertThat(decided.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decided.delegationLevel()).isEqualTo(Roles.CASEWORKER);
    }

    private DelegationRule rule(InterventionType type) {
        return rules.delegationRules().stream().filter(rule -> rule.type().equals(type.name())).findFirst().orElseThrow();
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
