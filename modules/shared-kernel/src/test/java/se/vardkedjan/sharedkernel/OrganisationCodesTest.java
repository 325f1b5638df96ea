package se.vardkedjan.sharedkernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationCodesTest {

    @Test
    void aUnitCodeIsALowerCaseSlug() {
        assertThat(new UnitCode("nord-beroende").value()).isEqualTo("nord-beroende");
    }

    @Test
    void aUnitCodeRefusesSpacesCapitalsAndEmptiness() {
        assertThatThrownBy(() -> new UnitCode("Nord beroende")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitCode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitCode("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProviderOrganisationCodeRefusesScript() {
        assertThatThrownBy(() -> new ProviderOrganisationCode("<script>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anActorKnowsWhetherItIsStaff() {
        var caseworker = new Actor("s-1", "anna", "Anna", java.util.Set.of(Roles.CASEWORKER),
                java.util.Set.of(new UnitCode("nord-beroende")), java.util.Set.of());
        var provider = new Actor("s-2", "maria", "Maria", java.util.Set.of(Roles.PROVIDER_STAFF), java.util.Set.of(),
                java.util.Set.of(new ProviderOrganisationCode("solgarden-hvb")));
        assertThat(caseworker.isStaff()).isTrue();
        assertThat(provider.isStaff()).isFalse();
    }
}
