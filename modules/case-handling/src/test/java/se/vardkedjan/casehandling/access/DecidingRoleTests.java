package se.vardkedjan.casehandling.access;

import org.junit.jupiter.api.Test;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.Roles;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who decides on protected cases is configured, and only the unit manager or the administrator may be named. */
class DecidingRoleTests {

    @Test
    void onlyTheUnitManagerOrTheAdministratorCanBeTheDecidingRole() {
        assertThat(new DecidingRole(Roles.UNIT_MANAGER).role()).isEqualTo(Roles.UNIT_MANAGER);
        assertThat(new DecidingRole(Roles.ADMINISTRATOR).role()).isEqualTo(Roles.ADMINISTRATOR);
        for (var other : new String[] {Roles.CASEWORKER, Roles.CLIENT, Roles.ANALYST, "", "Unit_Manager"}) {
            assertThatThrownBy(() -> new DecidingRole(other)).as(other).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("vardkedjan.protected-identity.decided-by");
        }
    }

    @Test
    void theRoleIsHeldOnlyByThoseWhoHaveIt() {
        var role = new DecidingRole(Roles.UNIT_MANAGER);
        assertThat(role.heldBy(TestActors.staff("chef", Set.of(Roles.UNIT_MANAGER), "u"))).isTrue();
        assertThat(role.heldBy(TestActors.staff("hl", Set.of(Roles.CASEWORKER), "u"))).isFalse();
        assertThat(role.heldBy(TestActors.staff("admin", Set.of(Roles.ADMINISTRATOR)))).isFalse();
    }

    @Test
    void theDeciderDecidesForTheirOwnUnitsOnly() {
        var role = new DecidingRole(Roles.UNIT_MANAGER);
        var manager = TestActors.staff("chef", Set.of(Roles.UNIT_MANAGER), "nord");
        assertThat(role.decidesFor(manager, new se.vardkedjan.sharedkernel.UnitCode("nord"))).isTrue();
        assertThat(role.decidesFor(manager, new se.vardkedjan.sharedkernel.UnitCode("syd"))).isFalse();
        assertThat(role.decidesFor(TestActors.staff("hl", Set.of(Roles.CASEWORKER), "nord"),
                new se.vardkedjan.sharedkernel.UnitCode("nord"))).isFalse();
    }
}
