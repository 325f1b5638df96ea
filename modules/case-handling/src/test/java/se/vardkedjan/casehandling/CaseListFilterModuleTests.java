package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * The case list's person filter is bounded: every word becomes a {@code LIKE}, so a filter of many words, a very long
 * one or one-letter words is refused with a clear message before anything is queried; LIKE's wildcards typed into it
 * are matched as themselves.
 */
@CaseHandlingModuleTest
class CaseListFilterModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final JdbcClient jdbc;

    CaseListFilterModuleTests(PersonRegister register, CaseHandling caseHandling, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.jdbc = jdbc;
    }

    @Test
    void aFilterOfMoreThanFourWordsIsRefusedBeforeAnythingIsQueried() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var logRows = logRowsOf(caseworker.username());

        assertThatThrownBy(() -> caseHandling.list(units("an be ce de ef"), 0, 50))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("casehandling.error.case-filter-too-many-words");
                    assertThat(e.arguments()).containsExactly(4);
                });
        assertThatThrownBy(() -> caseHandling.count(units("an be ce de ef fg gh hi ij jk kl lm mn")))
                .isInstanceOf(RuleViolation.class);
        assertThat(logRowsOf(caseworker.username())).as("nothing was listed").isEqualTo(logRows);
    }

    @Test
    void aFilterOfMoreThanAHundredCharactersIsRefused() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));

        assertThatThrownBy(() -> caseHandling.list(units("x".repeat(101)), 0, 50))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("casehandling.error.case-filter-too-long");
                    assertThat(e.arguments()).containsExactly(100);
                });
        assertThat(caseHandling.list(units("x".repeat(100)), 0, 50)).isEmpty();
    }

    @Test
    void aWordShorterThanTwoCharactersIsRefusedButANumberIsOneTerm() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var number = TestFixtures.personalNumber();
        var person = register.register(TestFixtures.person(number, "Tove", "Tvåteckensdotter"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();

        assertThatThrownBy(() -> caseHandling.list(units("Tove T"), 0, 50))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.case-filter-word-too-short"));
        assertThat(caseHandling.list(units("Tove Tvåteckensdotter"), 0, 50)).extracting(CaseListItem::caseId)
                .containsExactly(caseId);
        assertThat(caseHandling.list(units(number.substring(0, 8) + " - " + number.substring(8)), 0, 50))
                .extracting(CaseListItem::caseId).containsExactly(caseId);
    }

    @Test
    void likeWildcardsInTheFilterMatchThemselvesNotEveryName() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Wilda", "Kortsson"));
        caseHandling.registerIntake(TestFixtures.application(person, NORTH));
        assertThat(caseHandling.count(CaseListQuery.units())).isPositive();

        for (var wildcards : new String[] {"%%", "__", "\\\\", "%_", "Wilda %%", "__ Kortsson"}) {
            assertThat(caseHandling.list(units(wildcards), 0, 50)).as(wildcards).isEmpty();
            assertThat(caseHandling.count(units(wildcards))).as(wildcards).isZero();
        }
    }

    private static CaseListQuery units(String personTerm) {
        return new CaseListQuery(CaseListQuery.Scope.UNITS, Set.of(), null, personTerm, null, false);
    }

    private int logRowsOf(String username) {
        return jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ?").param(username)
                .query(Integer.class).single();
    }
}
