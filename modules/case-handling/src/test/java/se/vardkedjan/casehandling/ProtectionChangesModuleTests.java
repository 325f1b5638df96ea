package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.persistence.ProtectionChangeRows;
import se.vardkedjan.casehandling.readmodel.ProtectedCaseStaffing;
import se.vardkedjan.casehandling.readmodel.ProtectionStatus;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * Changing a person's protection against real PostgreSQL: only administrators and unit managers (for persons with a
 * case in their units) do it; raising takes effect at once; lifting or changing the level waits for a second person;
 * every act is logged and kept in an append-only history.
 */
@CaseHandlingModuleTest
class ProtectionChangesModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final ProtectedIdentities identities;
    private final ProtectedCases protectedCases;
    private final ProtectionChangeRows changes;
    private final TestActors actors;
    private final JdbcClient jdbc;

    ProtectionChangesModuleTests(PersonRegister register, CaseHandling caseHandling, ProtectedIdentities identities,
                                 ProtectedCases protectedCases, ProtectionChangeRows changes, TestActors actors,
                                 JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.identities = identities;
        this.protectedCases = protectedCases;
        this.changes = changes;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    private record Registered(PersonId person, CaseId caseId, String number, Actor caseworker) {
    }

    /** A person with a case in the north unit, registered with the given protection by a caseworker of the unit. */
    private Registered personWithCase(ProtectionLevel level) {
        var caseworker = actors.login(TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(NORTH),
                "Hanna Handläggare"));
        var number = TestFixtures.personalNumber();
        var person = register.register(new RegisterPerson(number, null, null, "Petra", "Person", null, null,
                "Gatan 1", "111 11", "Ort", level));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        return new Registered(person, caseId, number, caseworker);
    }

    private Actor manager(String name) {
        return actors.login(TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.unitManager(NORTH), name));
    }

    private String level(PersonId person) {
        return jdbc.sql("SELECT protection FROM casehandling.persons WHERE id = ?").param(person.value())
                .query(String.class).single();
    }

    @Test
    void aNamedStaffMemberCannotLiftProtection() {
        var registered = personWithCase(ProtectionLevel.PROTECTED_REGISTRATION);
        var named = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(NORTH), "Nora Namngiven");
        manager("Karin Chef");
        protectedCases.nameStaff(registered.caseId(), named.username(), "Handlägger.");
        actors.login(named);
        var version = register.details(registered.person()).version();

        assertThatThrownBy(() -> identities.propose(registered.person(), version, ProtectionLevel.NONE, "Behövs inte"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> identities.find(registered.number())).isInstanceOf(AccessDeniedException.class);
        assertThat(level(registered.person())).isEqualTo("PROTECTED_REGISTRATION");
    }

    @Test
    void liftingProtectionNeedsASecondPerson() {
        var registered = personWithCase(ProtectionLevel.PROTECTED_REGISTRATION);
        var proposer = manager("Karin Chef");
        var status = identities.find(registered.number());
        assertThat(status.level()).isEqualTo(ProtectionLevel.PROTECTED_REGISTRATION);
        assertThat(status.identityNumber()).isEqualTo(registered.number().substring(0, 8) + "-"
                + registered.number().substring(8));

        var proposal = identities.propose(registered.person(), status.version(), ProtectionLevel.NONE,
                "Skatteverket har tagit bort skyddet.");

        assertThat(level(registered.person())).as("nothing changes yet").isEqualTo("PROTECTED_REGISTRATION");
        assertThat(identities.find(registered.number()).pending()).satisfies(pending -> {
            assertThat(pending.id()).isEqualTo(proposal);
            assertThat(pending.to()).isEqualTo(ProtectionLevel.NONE);
            assertThat(pending.mine()).isTrue();
            assertThat(pending.proposedByName()).isEqualTo("Karin Chef");
        });

        var approver = manager("Kim Biträdande");
        assertThat(identities.pending()).filteredOn(p -> p.id().equals(proposal)).singleElement()
                .satisfies(p -> assertThat(p.mine()).isFalse());
        identities.approve(proposal);

        assertThat(level(registered.person())).isEqualTo("NONE");
        assertThat(changes.history(registered.person())).containsExactly(
                "REGISTERED - PROTECTED_REGISTRATION " + registered.caseworker().username(),
                "PROPOSED PROTECTED_REGISTRATION NONE " + proposer.username(),
                "APPROVED PROTECTED_REGISTRATION NONE " + approver.username());
        assertThat(jdbc.sql("""
                        SELECT actor_username || ' ' || access_kind || ' ' || what || ' ' || purpose
                        FROM accesslog.access_log WHERE person_id = ? AND purpose = 'ADMINISTRATION' ORDER BY id""")
                .param(registered.person().value()).query(String.class).list())
                .contains(proposer.username() + " CHANGE PROTECTION_PROPOSAL ADMINISTRATION",
                        approver.username() + " CHANGE PERSON_PROTECTION ADMINISTRATION");
    }

    @Test
    void theProposerCannotApproveTheirOwnLift() {
        var registered = personWithCase(ProtectionLevel.FICTITIOUS_IDENTITY);
        var proposer = manager("Karin Chef");
        var proposal = identities.propose(registered.person(), identities.find(registered.number()).version(),
                ProtectionLevel.NONE, "Upphört.");

        assertThatThrownBy(() -> identities.approve(proposal)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> identities.reject(proposal, "Ångrar mig")).isInstanceOf(AccessDenied.class);
        // Not under another username either: the same Keycloak subject is the same person.
        actors.login(new Actor(proposer.subject(), proposer.username() + "-2", "Karin Chef", proposer.roles(),
                proposer.units(), Set.of()));
        assertThatThrownBy(() -> identities.approve(proposal)).isInstanceOf(AccessDenied.class);

        assertThat(level(registered.person())).isEqualTo("FICTITIOUS_IDENTITY");
        assertThat(jdbc.sql("SELECT status FROM casehandling.protection_proposals WHERE id = ?")
                .param(proposal.value()).query(String.class).single()).isEqualTo("PENDING");
        assertThat(jdbc.sql("""
                        SELECT operation || ' ' || reason FROM accesslog.security_events
                        WHERE actor_subject = ? ORDER BY id""")
                .param(proposer.subject()).query(String.class).list()).as("each attempt is recorded")
                .containsExactly("PROTECTION_PROPOSAL SECOND_PERSON", "PROTECTION_PROPOSAL SECOND_PERSON",
                        "PROTECTION_PROPOSAL SECOND_PERSON");
    }

    @Test
    void theDatabaseRefusesTheProposerAsDeciderAndASecondDecision() {
        var registered = personWithCase(ProtectionLevel.PROTECTED_REGISTRATION);
        manager("Karin Chef");
        var proposal = identities.propose(registered.person(), identities.find(registered.number()).version(),
                ProtectionLevel.NONE, "Upphört.");

        assertThatThrownBy(() -> jdbc.sql("""
                        UPDATE casehandling.protection_proposals SET status = 'APPROVED', decided_at = now(),
                            decided_by_subject = proposed_by_subject, decided_by_username = 'someone'
                        WHERE id = ?""").param(proposal.value()).update()).hasMessageContaining("check constraint");
        manager("Kim Biträdande");
        identities.reject(proposal, "Skyddet gäller fortfarande.");
        assertThatThrownBy(() -> jdbc.sql("UPDATE casehandling.protection_proposals SET status = 'APPROVED' "
                + "WHERE id = ?").param(proposal.value()).update()).rootCause().hasMessageContaining("decided once");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM casehandling.protection_history WHERE person_id = ?")
                .param(registered.person().value()).update()).rootCause().hasMessageContaining("permission denied");
        assertThat(level(registered.person())).isEqualTo("PROTECTED_REGISTRATION");
    }

    @Test
    void changingBetweenProtectedLevelsAlsoWaitsForASecondPersonWhoMayReject() {
        var registered = personWithCase(ProtectionLevel.CONFIDENTIALITY_MARKING);
        actors.login(TestActors.staff("admin-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(Roles.ADMINISTRATOR)));
        var proposal = identities.propose(registered.person(), identities.find(registered.number()).version(),
                ProtectionLevel.PROTECTED_REGISTRATION, "Ny uppgift från Skatteverket.");
        assertThat(ruleOf(() -> identities.propose(registered.person(),
                identities.find(registered.number()).version(), ProtectionLevel.NONE, "Och lyft")))
                .isEqualTo("casehandling.protected.error.proposal-pending");

        manager("Karin Chef");
        identities.reject(proposal, "Uppgiften stämmer inte.");

        assertThat(level(registered.person())).isEqualTo("CONFIDENTIALITY_MARKING");
        assertThat(identities.find(registered.number()).pending()).isNull();
        assertThat(ruleOf(() -> identities.approve(proposal)))
                .isEqualTo("casehandling.protected.error.already-decided");
    }

    @Test
    void raisingProtectionTakesEffectAtOnceAndHidesTheCasesUntilStaffAreNamed() {
        var registered = personWithCase(ProtectionLevel.NONE);
        assertThat(caseHandling.summary(registered.caseId()).person().streetAddress()).isEqualTo("Gatan 1");
        var chef = manager("Karin Chef");
        var status = identities.find(registered.number());
        assertThat(ruleOf(() -> identities.propose(registered.person(), status.version(),
                ProtectionLevel.PROTECTED_REGISTRATION, "Skäl")))
                .as("raising needs no proposal").isEqualTo("casehandling.protected.error.nothing-to-lift");

        identities.raise(registered.person(), status.version(), ProtectionLevel.PROTECTED_REGISTRATION);

        assertThat(level(registered.person())).isEqualTo("PROTECTED_REGISTRATION");
        assertThat(changes.history(registered.person()))
                .containsExactly("RAISED NONE PROTECTED_REGISTRATION " + chef.username());
        assertThat(ruleOf(() -> identities.raise(registered.person(), status.version() + 1,
                ProtectionLevel.FICTITIOUS_IDENTITY))).isEqualTo("casehandling.protected.error.raise-only-from-none");
        assertThatThrownBy(() -> identities.raise(registered.person(), status.version(),
                ProtectionLevel.FICTITIOUS_IDENTITY)).as("a stale version").isInstanceOf(ConcurrentChange.class);

        actors.login(registered.caseworker());
        assertThatThrownBy(() -> caseHandling.summary(registered.caseId())).isInstanceOf(AccessDenied.class);
        actors.login(chef);
        assertThat(protectedCases.workList(0, 200)).extracting(ProtectedCaseStaffing::caseId)
                .contains(registered.caseId());
    }

    @Test
    void aUnitManagerActsOnlyForPersonsWithACaseInTheirUnits() {
        var registered = personWithCase(ProtectionLevel.PROTECTED_REGISTRATION);
        actors.login(TestFixtures.unitManager(SOUTH));

        assertThatThrownBy(() -> identities.find(registered.number())).isInstanceOf(AccessDenied.class);
        assertThat(identities.pending()).extracting(ProtectionStatus.Proposal::personId)
                .doesNotContain(registered.person());
        assertThat(ruleOf(() -> identities.find("Petra Person"))).isEqualTo("casehandling.protected.error.whole-number");
    }

    @Test
    void aProtectionRegisteredWithThePersonIsKeptInTheHistory() {
        var registered = personWithCase(ProtectionLevel.CONFIDENTIALITY_MARKING);
        assertThat(changes.history(registered.person())).containsExactly(
                "REGISTERED - CONFIDENTIALITY_MARKING " + registered.caseworker().username());
    }

    private static String ruleOf(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e.messageKey();
        }
        throw new AssertionError("No rule refused it");
    }
}
