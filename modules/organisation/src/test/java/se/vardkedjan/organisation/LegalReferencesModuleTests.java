package se.vardkedjan.organisation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The table of legal references as an administrator maintains it, against real PostgreSQL: entries are added and
 * retired, bad input is refused with a clear reason, only the administrator changes the table, and what a decision may
 * cite is open to case handling's facades whoever is signed in.
 */
@ApplicationModuleTest
class LegalReferencesModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final LegalReferences references;

    LegalReferencesModuleTests(LegalReferences references) {
        this.references = references;
    }

    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    @Test
    void anAdministratorMaintainsTheLegalReferencesAndCaseworkersCannot() {
        var code = "TEST-" + System.nanoTime();
        TestActors.signIn(TestActors.staff("handlaggare" + System.nanoTime(), Set.of(Roles.CASEWORKER)));
        assertThatThrownBy(() -> references.addLegalReference(new LegalReference(code, "SoL (2025:400)", "11", "3",
                "Test", TODAY, null))).isInstanceOf(AccessDeniedException.class);

        TestActors.signIn(TestActors.administrator());
        references.addLegalReference(new LegalReference(code, "SoL (2025:400)", "11", "3", "Test", TODAY, null));
        references.retireLegalReference(code, TODAY);
        assertThat(references.legalReferences()).filteredOn(r -> r.code().equals(code)).singleElement()
                .satisfies(r -> assertThat(r.validTo()).isEqualTo(TODAY));
        assertThatThrownBy(() -> references.addLegalReference(new LegalReference("x y", "SoL", null, "1", "T", TODAY,
                null))).isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey())
                .isEqualTo("organisation.error.legal-reference-code"));
    }

    @Test
    void whatADecisionMayCiteIsTheEntriesValidOnItsDateWhoeverAsks() {
        TestActors.signIn(TestActors.staff("handlaggare" + System.nanoTime(), Set.of(Roles.CASEWORKER)));
        assertThat(references.validOn(LocalDate.of(2026, 1, 15))).extracting(LegalReference::code)
                .contains("SOL-11-1").doesNotContain("SOL2001-4-1");
        assertThat(references.validOn(LocalDate.of(2024, 1, 15))).extracting(LegalReference::code)
                .contains("SOL2001-4-1").doesNotContain("SOL-11-1");
        assertThat(references.find("SOL-11-1")).get().extracting(LegalReference::citation)
                .isEqualTo("11 kap. 1 § SoL (2025:400)");
        assertThatThrownBy(references::legalReferences).isInstanceOf(AccessDeniedException.class);
    }
}
