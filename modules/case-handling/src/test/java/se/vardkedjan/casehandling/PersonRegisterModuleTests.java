package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.readmodel.PersonSummary;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * The register of persons against real PostgreSQL: search and registration read numbers alike, search says when there
 * are more hits than it shows, and contact details are bound to case work.
 */
@CaseHandlingModuleTest
class PersonRegisterModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final JdbcClient jdbc;

    PersonRegisterModuleTests(PersonRegister register, CaseHandling caseHandling, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.jdbc = jdbc;
    }

    /** A valid ten-digit personnummer (YYMMDDNNNN) of someone born on the given date. */
    private static String tenDigits(LocalDate born) {
        var first = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), 100 + ThreadLocalRandom.current().nextInt(899));
        return first + TestFixtures.luhn(first);
    }

    // --- One parser for search and registration (finding 12) ---------------------------------------------------

    @Test
    void aPersonBornIn1920IsFoundByTheNumberWithAPlusAndEveryOtherUsualForm() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var ten = tenDigits(LocalDate.of(1920, 5, 17));
        var withPlus = ten.substring(0, 6) + "+" + ten.substring(6);
        var person = register.register(TestFixtures.person(withPlus, "Greta", "Gammal"));

        for (var typed : new String[]{withPlus, "19" + ten, "19" + ten.substring(0, 6) + "-" + ten.substring(6),
                "19" + ten.substring(0, 6) + " " + ten.substring(6), ten.substring(0, 6) + " + " + ten.substring(6)}) {
            assertThat(register.search(typed).hits()).as(typed).extracting(PersonSummary::personId)
                    .containsExactly(person);
        }
        assertThat(register.search("200517+").hits()).as("a birth date with the plus")
                .extracting(PersonSummary::personId).contains(person);
        assertThat(register.search("19200517").hits()).extracting(PersonSummary::personId).contains(person);
        assertThat(register.search(ten.substring(0, 6) + "-" + ten.substring(6)).hits()).as("without the plus: 2020")
                .isEmpty();
    }

    @Test
    void registrationReadsANumberWithAnInnerSpaceAsSearchDoes() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var number = TestFixtures.personalNumber();
        var spaced = number.substring(2, 8) + " " + number.substring(8);

        var person = register.register(TestFixtures.person(spaced, "Sara", "Space"));

        assertThat(register.search(number).hits()).extracting(PersonSummary::personId).containsExactly(person);
        assertThat(register.search(spaced).hits()).extracting(PersonSummary::personId).containsExactly(person);
        assertThatThrownBy(() -> register.register(TestFixtures.person(number, "Sara", "Igen")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("casehandling.error.person-already-registered"));
    }

    @Test
    void digitsThatAreNeitherANumberNorABirthDateGetAClearMessage() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThatThrownBy(() -> register.search("1234567"))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.search-number-form"));
    }

    // --- Search says when there are more (finding 13) ---------------------------------------------------------

    @Test
    void theSearchSaysWhenMorePersonsMatchThanItShows() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var random = ThreadLocalRandom.current();
        var family = "Mångdottir" + random.ints(6, 'a', 'z' + 1).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append);
        for (var i = 0; i < PersonRegister.SEARCH_LIMIT; i++) {
            register.register(TestFixtures.person(TestFixtures.personalNumber(), "Anna", family));
        }
        var exactly = register.search(family);
        assertThat(exactly.hits()).hasSize(PersonRegister.SEARCH_LIMIT);
        assertThat(exactly.more()).isFalse();

        register.register(TestFixtures.person(TestFixtures.personalNumber(), "Anna", family));
        var more = register.search(family);
        assertThat(more.hits()).hasSize(PersonRegister.SEARCH_LIMIT);
        assertThat(more.more()).isTrue();
    }

    // --- Contact details are bound to case work (finding 3) ----------------------------------------------------

    @Test
    void contactDetailsOfAPersonWithoutACaseInMyUnitsAreRefused() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Kent", "Kontakt"));
        caseHandling.registerIntake(TestFixtures.application(person, NORTH));
        var loose = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Utan", "Ärende"));
        var logRows = logRows(person);

        var south = TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> register.details(person)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> register.changeContact(person, 0, "070-666 66 66", null, "Ny väg 1", "123 45",
                "Ort")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> register.details(loose)).as("a person with no case at all")
                .isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("SELECT phone || ' ' || street_address FROM casehandling.persons WHERE id = ?")
                .param(person.value()).query(String.class).single()).isEqualTo("070-123 45 67 Storgatan 1");
        assertThat(logRows(person)).as("nothing read, nothing logged").isEqualTo(logRows);
        assertThat(south.username()).isNotBlank();
    }

    @Test
    void contactDetailsAreReadAndChangedThroughACaseTheUserMaySeeEvenAClosedOne() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Kent", "Kontakt"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.NO_INVESTIGATION, "Inget behov.", LocalDate.now(), null);

        var details = register.details(person);
        register.changeContact(person, details.version(), "070-999 99 99", null, "Ny väg 2", "123 45", "Ort");

        assertThat(register.details(person).phone()).isEqualTo("070-999 99 99");
        assertThat(jdbc.sql("""
                        SELECT access_kind || ' ' || what FROM accesslog.access_log
                        WHERE person_id = ? AND actor_username = ? AND what LIKE 'PERSON%' ORDER BY id""")
                .params(person.value(), caseworker.username()).query(String.class).list())
                .containsExactly("CHANGE PERSON", "READ PERSON", "CHANGE PERSON_CONTACT", "READ PERSON");
    }

    private java.util.List<String> logRows(PersonId person) {
        return jdbc.sql("SELECT actor_username || ' ' || what FROM accesslog.access_log WHERE person_id = ?")
                .param(person.value()).query(String.class).list();
    }
}
