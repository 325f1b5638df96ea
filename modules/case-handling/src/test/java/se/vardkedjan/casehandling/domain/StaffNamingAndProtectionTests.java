package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of who decides on protected cases and of changing a person's protection, without Spring. */
class StaffNamingAndProtectionTests {

    private static final UnitCode NORTH = new UnitCode("nord-beroende");
    private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");
    private static final Actor MANAGER = new Actor("s-ec", "ec", "Ec", Set.of(Roles.UNIT_MANAGER), Set.of(NORTH),
            Set.of());
    private static final Actor OTHER_MANAGER = new Actor("s-ec2", "ec2", "Ec2", Set.of(Roles.UNIT_MANAGER),
            Set.of(NORTH), Set.of());
    private static final Actor CASEWORKER = new Actor("s-hl", "hl", "Hl", Set.of(Roles.CASEWORKER), Set.of(NORTH),
            Set.of());

    @Test
    void theDecidingRoleDecidesOnlyForItsOwnUnits() {
        assertThat(StaffNaming.decides(MANAGER, Roles.UNIT_MANAGER, NORTH)).isTrue();
        assertThat(StaffNaming.decides(MANAGER, Roles.UNIT_MANAGER, new UnitCode("syd"))).isFalse();
        assertThat(StaffNaming.decides(CASEWORKER, Roles.UNIT_MANAGER, NORTH)).isFalse();
        assertThat(StaffNaming.decides(MANAGER, Roles.ADMINISTRATOR, NORTH)).as("another role decides").isFalse();
    }

    @Test
    void nobodyNamesThemselvesNeitherByUsernameNorByAnAccountBoundToTheirSubject() {
        var staff = Set.of("ec", "hl", "alias");
        assertThat(StaffNaming.namesThemselves(MANAGER, "ec", "s-ec")).isTrue();
        assertThat(StaffNaming.namesThemselves(MANAGER, "alias", "s-ec")).as("bound to their subject").isTrue();
        assertThat(StaffNaming.namesThemselves(MANAGER, "hl", "s-hl")).isFalse();
        assertThat(ruleOf(() -> StaffNaming.checkNaming(MANAGER, "ec", "s-ec", staff, List.of(), "Skäl")))
                .isEqualTo("casehandling.protected.error.self-naming");
        assertThat(ruleOf(() -> StaffNaming.checkNaming(MANAGER, "alias", "s-ec", staff, List.of(), "Skäl")))
                .isEqualTo("casehandling.protected.error.self-naming");
        assertThat(StaffNaming.checkNaming(MANAGER, "hl", "s-hl", staff, List.of(), " Ansvarig ")).isEqualTo("Ansvarig");
    }

    @Test
    void namingNeedsActiveStaffOfTheUnitSomebodyNotYetNamedAndAReason() {
        var staff = Set.of("hl");
        assertThat(ruleOf(() -> StaffNaming.checkNaming(MANAGER, " ", null, staff, List.of(), "Skäl")))
                .isEqualTo("casehandling.error.staff-required");
        assertThat(ruleOf(() -> StaffNaming.checkNaming(MANAGER, "nobody", null, staff, List.of(), "Skäl")))
                .isEqualTo("casehandling.protected.error.not-unit-staff");
        assertThat(ruleOf(() -> StaffNaming.checkNaming(MANAGER, "hl", null, staff, List.of("hl"), "Skäl")))
                .isEqualTo("casehandling.protected.error.already-named");
        assertThat(ruleOf(() -> StaffNaming.checkNaming(MANAGER, "hl", null, staff, List.of(), "  ")))
                .isEqualTo("casehandling.error.text-required");
    }

    @Test
    void raisingProtectionIsOnlyFromNone() {
        ProtectionProposal.checkRaise(ProtectionLevel.NONE, ProtectionLevel.PROTECTED_REGISTRATION);
        assertThat(ruleOf(() -> ProtectionProposal.checkRaise(ProtectionLevel.CONFIDENTIALITY_MARKING,
                ProtectionLevel.PROTECTED_REGISTRATION))).isEqualTo("casehandling.protected.error.raise-only-from-none");
        assertThat(ruleOf(() -> ProtectionProposal.checkRaise(ProtectionLevel.NONE, ProtectionLevel.NONE)))
                .isEqualTo("casehandling.protected.error.level-required");
    }

    @Test
    void liftingIsAProposalThatTheProposerCannotDecide() {
        var proposal = ProtectionProposal.propose(PersonId.random(), ProtectionLevel.PROTECTED_REGISTRATION,
                ProtectionLevel.NONE, "Folkbokföringen har tagit bort skyddet.", MANAGER, NOW);
        assertThat(proposal.status()).isEqualTo(ProtectionProposal.Status.PENDING);
        assertThat(ruleOf(() -> proposal.approve(MANAGER, ProtectionLevel.PROTECTED_REGISTRATION, NOW)))
                .isEqualTo("casehandling.protected.error.own-proposal");
        var renamed = new Actor("s-ec", "ec-renamed", "Ec", Set.of(Roles.UNIT_MANAGER), Set.of(NORTH), Set.of());
        assertThat(ruleOf(() -> proposal.reject(renamed, null, NOW))).as("the same subject under another name")
                .isEqualTo("casehandling.protected.error.own-proposal");
        assertThat(proposal.status()).isEqualTo(ProtectionProposal.Status.PENDING);

        assertThat(proposal.approve(OTHER_MANAGER, ProtectionLevel.PROTECTED_REGISTRATION, NOW))
                .isEqualTo(ProtectionLevel.NONE);
        assertThat(proposal.status()).isEqualTo(ProtectionProposal.Status.APPROVED);
        assertThat(proposal.decidedByUsername()).isEqualTo("ec2");
        assertThat(ruleOf(() -> proposal.reject(CASEWORKER, null, NOW)))
                .isEqualTo("casehandling.protected.error.already-decided");
    }

    @Test
    void aProposalNeedsAProtectedPersonAnotherLevelAndAReasonAndGoesStaleWhenTheLevelChanges() {
        assertThat(ruleOf(() -> ProtectionProposal.propose(PersonId.random(), ProtectionLevel.NONE,
                ProtectionLevel.PROTECTED_REGISTRATION, "Skäl", MANAGER, NOW)))
                .isEqualTo("casehandling.protected.error.nothing-to-lift");
        assertThat(ruleOf(() -> ProtectionProposal.propose(PersonId.random(), ProtectionLevel.PROTECTED_REGISTRATION,
                ProtectionLevel.PROTECTED_REGISTRATION, "Skäl", MANAGER, NOW)))
                .isEqualTo("casehandling.protected.error.level-unchanged");
        assertThat(ruleOf(() -> ProtectionProposal.propose(PersonId.random(), ProtectionLevel.PROTECTED_REGISTRATION,
                ProtectionLevel.NONE, " ", MANAGER, NOW))).isEqualTo("casehandling.error.text-required");
        var proposal = ProtectionProposal.propose(PersonId.random(), ProtectionLevel.PROTECTED_REGISTRATION,
                ProtectionLevel.CONFIDENTIALITY_MARKING, "Ny nivå", MANAGER, NOW);
        assertThat(ruleOf(() -> proposal.approve(OTHER_MANAGER, ProtectionLevel.FICTITIOUS_IDENTITY, NOW)))
                .isEqualTo("casehandling.protected.error.changed-since-proposal");
        assertThat(proposal.status()).isEqualTo(ProtectionProposal.Status.PENDING);
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
