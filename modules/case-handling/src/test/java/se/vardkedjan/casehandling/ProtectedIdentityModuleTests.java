package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.readmodel.CaseListItem;
import se.vardkedjan.casehandling.readmodel.PersonSummary;
import se.vardkedjan.casehandling.readmodel.ProtectedCaseStaffing;
import se.vardkedjan.organisation.StaffMember;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * Protected identity against real PostgreSQL, as an attacker would try it: nobody gets access to a protected person by
 * their own action (registering an intake, searching, naming themselves, renaming their account); who may see them is
 * decided by a unit manager of the case's unit and logged; search tells an unnamed user only that a protected person
 * matched and whom to ask.
 */
@CaseHandlingModuleTest
class ProtectedIdentityModuleTests {

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final ProtectedCases protectedCases;
    private final TestActors actors;
    private final JdbcClient jdbc;

    ProtectedIdentityModuleTests(PersonRegister register, CaseHandling caseHandling, ProtectedCases protectedCases,
                                 TestActors actors, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.protectedCases = protectedCases;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    /** A protected person with a case in the north unit, registered by a caseworker who is in the register. */
    private record ProtectedCase(PersonId person, CaseId caseId, String number, Actor registrar) {
    }

    private ProtectedCase protectedCase() {
        var registrar = actors.login(staffOf(TestFixtures.caseworker(NORTH), "Rita Registrerar"));
        var number = TestFixtures.personalNumber();
        var person = register.register(new RegisterPerson(number, null, null, "Skyddad", "Person", "070-111 22 33",
                null, "Hemliga vägen 1", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        return new ProtectedCase(person, caseId, number, registrar);
    }

    private Actor staffOf(Actor actor, String name) {
        return TestFixtures.registerStaffOfUnits(jdbc, actor, name);
    }

    private Actor manager(String name) {
        return staffOf(TestFixtures.unitManager(NORTH), name);
    }

    private void name(Actor manager, CaseId caseId, Actor nominee) {
        actors.login(manager);
        protectedCases.nameStaff(caseId, nominee.username(), "Handlägger utredningen.");
    }

    // --- Registering an intake gives no access (finding 1) -----------------------------------------------------

    @Test
    void aCaseworkerWhoRegistersAnIntakeForAProtectedPersonDoesNotSeeTheCase() {
        var manager = actors.login(manager("Karin Chef"));
        TestActors.signOut();
        var registrar = actors.login(staffOf(TestFixtures.caseworker(NORTH), "Rita Registrerar"));
        var person = register.register(new RegisterPerson(TestFixtures.personalNumber(), null, null, "Skyddad",
                "Person", null, null, "Hemliga vägen 1", "111 11", "Ort", ProtectionLevel.PROTECTED_REGISTRATION));

        var registered = caseHandling.registerIntake(TestFixtures.application(person, NORTH));

        assertThat(registered.visible()).isFalse();
        assertThat(registered.whomToAsk()).contains("Karin Chef");
        assertThatThrownBy(() -> caseHandling.summary(registered.caseId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> register.details(person)).isInstanceOf(AccessDenied.class);
        assertThat(caseHandling.list(CaseListQuery.units(), 0, 200)).extracting(CaseListItem::caseId)
                .doesNotContain(registered.caseId());
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.case_named_staff WHERE case_id = ?")
                .param(registered.caseId().value()).query(Integer.class).single()).as("nobody is named").isZero();
        assertThat(jdbc.sql("""
                        SELECT actor_username || ' ' || access_kind || ' ' || what FROM accesslog.access_log
                        WHERE case_id = ?""").param(registered.caseId().value()).query(String.class).list())
                .as("the registration is logged").containsExactly(registrar.username() + " CHANGE INTAKE");
        assertThat(manager.username()).isNotEqualTo(registrar.username());
    }

    @Test
    void aUnitManagerWhoRegistersAnIntakeForAProtectedPersonDoesNotSeeTheCaseEither() {
        actors.login(manager("Karin Chef"));
        var person = register.register(new RegisterPerson(TestFixtures.personalNumber(), null, null, "Skyddad",
                "Person", null, null, null, null, null, ProtectionLevel.CONFIDENTIALITY_MARKING));

        var registered = caseHandling.registerIntake(TestFixtures.application(person, NORTH));

        assertThat(registered.visible()).isFalse();
        assertThatThrownBy(() -> caseHandling.summary(registered.caseId())).isInstanceOf(AccessDenied.class);
    }

    // --- Search and open cases tell an unnamed user only that a protected person matched -----------------------

    @Test
    void searchTellsAnUnnamedCaseworkerOnlyThatAProtectedPersonMatched() {
        var chef = actors.login(manager("Karin Chef"));
        var existing = protectedCase();
        var colleague = actors.login(staffOf(TestFixtures.caseworker(NORTH), "Nils Nyfiken"));

        var byBirthDate = register.search(existing.number().substring(0, 8));
        assertThat(byBirthDate.hits()).extracting(PersonSummary::personId).doesNotContain(existing.person());
        assertThat(byBirthDate.protectedPersonMatched()).isTrue();
        assertThat(byBirthDate.protectedPersonId()).as("a birth date does not let them pick the person").isNull();
        assertThat(byBirthDate.whomToAsk()).contains("Karin Chef");

        var byName = register.search("Skyddad Person");
        assertThat(byName.hits()).extracting(PersonSummary::personId).doesNotContain(existing.person());
        assertThat(byName.protectedPersonMatched()).isTrue();
        assertThat(byName.protectedPersonId()).as("nor does a name").isNull();
        assertThat(byName.toString()).doesNotContain(existing.number(), existing.number().substring(8));

        var byNumber = register.search(existing.number());
        assertThat(byNumber.hits()).isEmpty();
        assertThat(byNumber.protectedPersonId()).as("the whole number: they may register an intake")
                .isEqualTo(existing.person());

        assertThat(jdbc.sql("""
                        SELECT bool_and(protected_identity) AND count(*) = 3 FROM accesslog.access_log
                        WHERE person_id = ? AND actor_username = ? AND what = 'SEARCH_HIT'""")
                .params(existing.person().value(), colleague.username()).query(Boolean.class).single())
                .as("every hit is logged, with the protected hint").isTrue();
        assertThat(chef.username()).isNotEqualTo(colleague.username());
    }

    @Test
    void whenNobodyWhoDecidesIsKnownTheSearchNamesNobody() {
        var unit = PlanFixtures.newUnit(jdbc);
        actors.login(staffOf(TestFixtures.caseworker(unit), "Ensam Handläggare"));
        var number = TestFixtures.personalNumber();
        var person = register.register(new RegisterPerson(number, null, null, "Skyddad", "Ensam", null, null, null,
                null, null, ProtectionLevel.FICTITIOUS_IDENTITY));
        caseHandling.registerIntake(TestFixtures.application(person, unit));

        var found = register.search(number);
        assertThat(found.protectedPersonMatched()).isTrue();
        assertThat(found.whomToAsk()).isEmpty();
    }

    @Test
    void openCasesOfAProtectedPersonTellAnUnnamedCaseworkerNothingAndNeedNoAcknowledging() {
        var existing = protectedCase();
        actors.login(staffOf(TestFixtures.caseworker(NORTH), "Nils Nyfiken"));

        var open = caseHandling.openCasesOf(existing.person());
        assertThat(open.visible()).isEmpty();
        assertThat(open.elsewhere()).isZero();
        // A police report must not wait: a second intake needs no acknowledging of cases the user cannot see.
        var second = caseHandling.registerIntake(TestFixtures.application(existing.person(), NORTH));
        assertThat(second.visible()).isFalse();
    }

    @Test
    void aNamedCaseworkerSeesTheProtectedPersonInSearchAndTheCaseButNeverTheAddress() {
        var existing = protectedCase();
        var named = actors.login(staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven"));
        name(manager("Karin Chef"), existing.caseId(), named);

        actors.login(named);
        var summary = caseHandling.summary(existing.caseId());
        assertThat(summary.person().fullName()).isEqualTo("Skyddad Person");
        assertThat(summary.person().streetAddress()).isNull();
        assertThat(summary.person().city()).isNull();
        assertThat(summary.staffing().namedStaff()).containsExactly(named.username());
        assertThat(summary.staffing().namedStaffNames()).containsExactly("Nora Namngiven");
        assertThat(register.details(existing.person()).phone()).isEqualTo("070-111 22 33");
        var found = register.search(existing.number());
        assertThat(found.protectedPersonMatched()).isFalse();
        assertThat(found.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.name()).isEqualTo("Skyddad Person");
            assertThat(hit.openCasesInMyUnits()).isEqualTo(1);
        });
        assertThat(caseHandling.list(CaseListQuery.units(), 0, 200)).extracting(CaseListItem::caseId)
                .contains(existing.caseId());
    }

    // --- Naming staff: decided by a unit manager of the case's unit, never for themselves ----------------------

    @Test
    void aUnitManagerNamesStaffFromTheWorkListWithoutBeingNamedAndWithoutSeeingThePerson() {
        var existing = protectedCase();
        var colleague = staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven");
        var chef = actors.login(manager("Karin Chef"));

        var row = protectedCases.workList(0, 200).stream().filter(r -> r.caseId().equals(existing.caseId()))
                .findFirst().orElseThrow();
        assertThat(row.namedStaff()).isEmpty();
        assertThat(row.registeredByName()).isEqualTo("Rita Registrerar");
        assertThat(row.unitName()).isEqualTo("Beroendeenheten Norr");
        assertThat(row.toString()).as("no personal data").doesNotContain("Skyddad", existing.number(),
                existing.number().substring(2, 8), "Hemliga", "Ansöker");
        assertThat(protectedCases.candidates(existing.caseId())).extracting(StaffMember::username)
                .contains(colleague.username()).doesNotContain(chef.username());

        protectedCases.nameStaff(existing.caseId(), colleague.username(), "Ansvarig för utredningen.");

        assertThatThrownBy(() -> caseHandling.summary(existing.caseId())).as("the manager is not named")
                .isInstanceOf(AccessDenied.class);
        assertThat(protectedCases.workList(0, 200)).filteredOn(r -> r.caseId().equals(existing.caseId()))
                .singleElement().satisfies(r -> assertThat(r.namedStaff())
                        .extracting(ProtectedCaseStaffing.NamedStaffMember::name).containsExactly("Nora Namngiven"));
        assertThat(protectedCases.history(existing.caseId())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ProtectedCaseStaffing.HistoryEntry.Action.NAMED);
            assertThat(entry.name()).isEqualTo("Nora Namngiven");
            assertThat(entry.byName()).isEqualTo("Karin Chef");
            assertThat(entry.reason()).isEqualTo("Ansvarig för utredningen.");
        });
        assertThat(jdbc.sql("""
                        SELECT DISTINCT access_kind || ' ' || what || ' ' || purpose FROM accesslog.access_log
                        WHERE case_id = ? AND actor_username = ?""")
                .params(existing.caseId().value(), chef.username()).query(String.class).list())
                .contains("READ PROTECTED_CASE_STAFFING SUPERVISION", "CHANGE NAMED_STAFF SUPERVISION");

        actors.login(colleague);
        assertThat(caseHandling.summary(existing.caseId()).staffing().namedStaff()).containsExactly(colleague.username());
    }

    @Test
    void theWorkListShowsCasesWithoutNamedStaffFirst() {
        var staffed = protectedCase();
        var unstaffed = protectedCase();
        name(manager("Karin Chef"), staffed.caseId(), staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven"));

        var ids = protectedCases.workList(0, 200).stream().map(ProtectedCaseStaffing::caseId).toList();
        assertThat(ids.indexOf(unstaffed.caseId())).isLessThan(ids.indexOf(staffed.caseId()));
    }

    @Test
    void aUnitManagerCannotNameThemselves() {
        var existing = protectedCase();
        var chef = actors.login(manager("Karin Chef"));

        assertThatThrownBy(() -> protectedCases.nameStaff(existing.caseId(), chef.username(), "Jag behöver läsa."))
                .isInstanceOf(AccessDenied.class);
        assertThat(protectedCases.candidates(existing.caseId())).extracting(StaffMember::username)
                .doesNotContain(chef.username());
        assertThatThrownBy(() -> caseHandling.summary(existing.caseId())).isInstanceOf(AccessDenied.class);
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.case_named_staff WHERE case_id = ?")
                .param(existing.caseId().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT operation || ' ' || target_id || ' ' || reason FROM accesslog.security_events
                        WHERE actor_subject = ? ORDER BY id""")
                .param(chef.subject()).query(String.class).list()).as("the attempt and the case opened are recorded")
                .containsExactly("NAMED_STAFF " + existing.caseId().value() + " SECOND_PERSON",
                        "CASE " + existing.caseId().value() + " PROTECTED_NOT_NAMED");
    }

    @Test
    void aUnitManagerIsNamedByAnotherUnitManagerAndThenOpensTheCase() {
        var existing = protectedCase();
        var first = manager("Karin Chef");
        name(manager("Kim Biträdande"), existing.caseId(), first);

        actors.login(first);
        assertThat(caseHandling.summary(existing.caseId()).staffing().namedStaffNames()).containsExactly("Karin Chef");
    }

    @Test
    void theDatabaseRefusesANamingOfOneself() {
        var existing = protectedCase();
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO casehandling.case_named_staff (case_id, username, named_by_username,
                            named_by_subject, named_at)
                        VALUES (?, 'mallory', 'mallory', 's-mallory', now())""")
                .param(existing.caseId().value()).update()).hasMessageContaining("case_named_staff_not_oneself");
    }

    @Test
    void aCaseworkerCannotNameStaff() {
        var existing = protectedCase();
        var named = staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven");
        name(manager("Karin Chef"), existing.caseId(), named);

        actors.login(named);
        var accomplice = staffOf(TestFixtures.caseworker(NORTH), "Mats Medhjälpare");
        assertThatThrownBy(() -> protectedCases.nameStaff(existing.caseId(), accomplice.username(), "Hjälper mig."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> protectedCases.workList(0, 10)).isInstanceOf(AccessDeniedException.class);

        actors.login(staffOf(TestFixtures.unitManager(SOUTH), "Sam Söderchef"));
        assertThatThrownBy(() -> protectedCases.nameStaff(existing.caseId(), accomplice.username(), "Hjälper."))
                .as("a unit manager of another unit").isInstanceOf(AccessDenied.class);
        assertThat(protectedCases.workList(0, 200)).extracting(ProtectedCaseStaffing::caseId)
                .doesNotContain(existing.caseId());
    }

    @Test
    void namingNeedsStaffOfTheCasesUnit() {
        var existing = protectedCase();
        var outsider = staffOf(TestFixtures.caseworker(SOUTH), "Sven Söder");
        var chef = actors.login(manager("Karin Chef"));

        assertThat(ruleOf(() -> protectedCases.nameStaff(existing.caseId(), "nobody-in-the-register", "Skäl")))
                .isEqualTo("casehandling.protected.error.not-unit-staff");
        assertThat(ruleOf(() -> protectedCases.nameStaff(existing.caseId(), outsider.username(), "Skäl")))
                .isEqualTo("casehandling.protected.error.not-unit-staff");
        var colleague = staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven");
        assertThat(ruleOf(() -> protectedCases.nameStaff(existing.caseId(), colleague.username(), " ")))
                .as("a reason is required").isEqualTo("casehandling.error.text-required");
        jdbc.sql("UPDATE organisation.staff_members SET active = false WHERE username = ?")
                .param(colleague.username()).update();
        assertThat(ruleOf(() -> protectedCases.nameStaff(existing.caseId(), colleague.username(), "Skäl")))
                .as("an inactive staff member").isEqualTo("casehandling.protected.error.not-unit-staff");
        assertThat(jdbc.sql("SELECT count(*) FROM casehandling.case_named_staff WHERE case_id = ?")
                .param(existing.caseId().value()).query(Integer.class).single()).isZero();
        assertThat(chef.username()).isNotEqualTo(colleague.username());
    }

    @Test
    void namingIsOnlyForProtectedCases() {
        actors.login(staffOf(TestFixtures.caseworker(NORTH), "Rita Registrerar"));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Öppen", "Person"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var colleague = staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven");
        actors.login(manager("Karin Chef"));

        assertThat(ruleOf(() -> protectedCases.nameStaff(caseId, colleague.username(), "Skäl")))
                .isEqualTo("casehandling.protected.error.case-not-protected");
    }

    @Test
    void removingANamedStaffMemberEndsTheirAccessAndIsKeptInTheHistory() {
        var existing = protectedCase();
        var named = actors.login(staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven"));
        var chef = manager("Karin Chef");
        name(chef, existing.caseId(), named);

        protectedCases.removeNamedStaff(existing.caseId(), named.username(), "Utredningen är klar.");

        actors.login(named);
        assertThatThrownBy(() -> caseHandling.summary(existing.caseId())).isInstanceOf(AccessDenied.class);
        actors.login(chef);
        assertThat(protectedCases.history(existing.caseId())).extracting(ProtectedCaseStaffing.HistoryEntry::action)
                .containsExactly(ProtectedCaseStaffing.HistoryEntry.Action.NAMED,
                        ProtectedCaseStaffing.HistoryEntry.Action.REMOVED);
        assertThat(ruleOf(() -> protectedCases.removeNamedStaff(existing.caseId(), named.username(), null)))
                .isEqualTo("casehandling.protected.error.not-named");
    }

    @Test
    void theNamingHistoryIsAppendOnlyInTheDatabase() {
        var existing = protectedCase();
        name(manager("Karin Chef"), existing.caseId(), staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE casehandling.case_named_staff_history SET reason = 'x' "
                + "WHERE case_id = ?").param(existing.caseId().value()).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM casehandling.case_named_staff_history WHERE case_id = ?")
                .param(existing.caseId().value()).update()).rootCause().hasMessageContaining("permission denied");
    }

    // --- Grants are keyed on the Keycloak subject (finding 8) -------------------------------------------------

    @Test
    void anAccountRenamedToANamedUsernameSeesNothing() {
        var existing = protectedCase();
        var named = actors.login(staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven"));
        name(manager("Karin Chef"), existing.caseId(), named);

        // Another account, renamed in Keycloak to the named username: same username, another subject.
        var impostor = actors.login(new Actor(UUID.randomUUID().toString(), named.username(), "Nora Namngiven",
                named.roles(), named.units(), Set.of()));

        assertThatThrownBy(() -> caseHandling.summary(existing.caseId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> register.details(existing.person())).isInstanceOf(AccessDenied.class);
        assertThat(caseHandling.list(CaseListQuery.units(), 0, 200)).extracting(CaseListItem::caseId)
                .doesNotContain(existing.caseId());
        assertThat(register.search(existing.number()).hits()).isEmpty();
        assertThat(jdbc.sql("SELECT subject FROM casehandling.accounts WHERE username = ?")
                .param(named.username()).query(String.class).single()).as("the username stays bound")
                .isEqualTo(named.subject()).isNotEqualTo(impostor.subject());
        assertThat(jdbc.sql("""
                        SELECT attempt || ' ' || actor_username || ' ' || reason FROM accesslog.security_events
                        WHERE actor_subject = ? AND attempt = 'SIGN_IN'""")
                .param(impostor.subject()).query(String.class).list()).as("the sign-in is recorded")
                .containsExactly("SIGN_IN " + named.username() + " ACCOUNT_MISMATCH");

        actors.login(named);
        assertThat(caseHandling.summary(existing.caseId()).staffing().namedStaff()).containsExactly(named.username());
    }

    @Test
    void aGrantToSomeoneWhoHasNotSignedInIsBoundAtTheirFirstSignIn() {
        var existing = protectedCase();
        var newcomer = staffOf(TestFixtures.caseworker(NORTH), "Nina Ny");
        name(manager("Karin Chef"), existing.caseId(), newcomer);
        assertThat(jdbc.sql("SELECT subject FROM casehandling.case_named_staff WHERE case_id = ?")
                .param(existing.caseId().value()).query(String.class).optional()).isEmpty();

        TestActors.signIn(newcomer);
        assertThatThrownBy(() -> caseHandling.summary(existing.caseId())).as("not yet bound")
                .isInstanceOf(AccessDenied.class);
        actors.login(newcomer);
        assertThat(caseHandling.summary(existing.caseId()).staffing().namedStaffNames()).containsExactly("Nina Ny");
    }

    // --- Assigning (finding 8) ---------------------------------------------------------------------------------

    @Test
    void aCaseworkerCannotAssignSomeoneElse() {
        actors.login(staffOf(TestFixtures.caseworker(NORTH), "Rita Registrerar"));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ada", "Annan"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var colleague = staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven");

        assertThatThrownBy(() -> caseHandling.assign(caseId, 0, colleague.username()))
                .isInstanceOf(AccessDenied.class);
        var taker = actors.login(staffOf(TestFixtures.caseworker(NORTH), "Tage Tar"));
        caseHandling.assign(caseId, 0, taker.username());
        assertThat(caseHandling.summary(caseId).staffing().responsible()).isEqualTo(taker.username());
    }

    @Test
    void aUnitManagerAssignsOnlyActiveStaffOfTheCasesUnit() {
        actors.login(staffOf(TestFixtures.caseworker(NORTH), "Rita Registrerar"));
        var person = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ada", "Annan"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, NORTH)).caseId();
        var outsider = staffOf(TestFixtures.caseworker(SOUTH), "Sven Söder");
        actors.login(manager("Karin Chef"));

        assertThat(ruleOf(() -> caseHandling.assign(caseId, 0, outsider.username())))
                .isEqualTo("casehandling.error.staff-not-in-unit");
        assertThat(ruleOf(() -> caseHandling.assign(caseId, 0, "not-in-the-register")))
                .isEqualTo("casehandling.error.staff-not-in-unit");
        var colleague = staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven");
        caseHandling.assign(caseId, 0, colleague.username());
        assertThat(caseHandling.summary(caseId).staffing().responsibleName()).isEqualTo("Nora Namngiven");
    }

    @Test
    void assigningDoesNotNameTheAssigneeOnAProtectedCase() {
        var existing = protectedCase();
        var first = staffOf(TestFixtures.caseworker(NORTH), "Nora Namngiven");
        var chef = manager("Karin Chef");
        var deputy = manager("Kim Biträdande");
        name(deputy, existing.caseId(), chef);
        name(deputy, existing.caseId(), first);
        var other = staffOf(TestFixtures.caseworker(NORTH), "Otto Onamngiven");

        actors.login(chef);
        var version = caseHandling.summary(existing.caseId()).version();
        assertThat(ruleOf(() -> caseHandling.assign(existing.caseId(), version, other.username())))
                .isEqualTo("casehandling.error.assignee-not-named");
        actors.login(other);
        assertThatThrownBy(() -> caseHandling.summary(existing.caseId())).isInstanceOf(AccessDenied.class);

        actors.login(chef);
        caseHandling.assign(existing.caseId(), version, first.username());
        assertThat(caseHandling.summary(existing.caseId()).staffing().responsibleName()).isEqualTo("Nora Namngiven");
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
