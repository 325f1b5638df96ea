package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.TestClients;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;

import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * The client's own assignments through {@link OwnAssignments} (ADR 0028, slice 2): the client reads where they get help
 * and from whom, and the LOV providers they can choose between, through case handling's door to the own file, logged
 * with the client as actor and purpose OWN_FILE; no method takes an id, so another client reaches nothing of it; staff
 * never call it.
 */
@ProviderContractsModuleTest
class OwnAssignmentsModuleTests {

    private final Assignments assignments;
    private final OwnAssignments ownAssignments;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final LocalDate today;

    OwnAssignmentsModuleTests(Assignments assignments, OwnAssignments ownAssignments, PersonRegister register,
                              CaseHandling caseHandling, Investigations investigations, Decisions decisions,
                              JdbcClient jdbc, Clock clock) {
        this.assignments = assignments;
        this.ownAssignments = ownAssignments;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    /** A client with a granted outpatient intervention whose assignment was sent to a LOV provider. */
    private record Client(String number, AssignmentFixtures.Granted granted, AssignmentId assignment,
                          AssignmentFixtures.Provider provider) {
    }

    private Client clientWithSentAssignment(boolean send) {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var provider = AssignmentFixtures.provider(jdbc, "LOV", null, today);
        jdbc.sql("UPDATE providercontracts.providers SET contact_phone = '010-555 12 34', "
                + "contact_email = 'kontakt@utforare.example' WHERE id = ?").param(provider.id().value()).update();
        var number = TestFixtures.personalNumber();
        var granted = AssignmentFixtures.granted(register, caseHandling, investigations, decisions, NORTH, today,
                TestFixtures.person(number, "Klara", "Klient"));
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        if (send) {
            var draft = assignments.saveDraft(id, 0, new AssignmentDraft(AssignmentFixtures.CBT, provider.id(),
                    provider.contract(), true, today.plusDays(7), "Sex månader", "Närvaro varje månad",
                    "Efter tre månader", "Hanna Handläggare", false, false, false));
            assignments.send(id, draft.version());
        }
        TestActors.signOut();
        return new Client(number, granted, id, provider);
    }

    private String providerName(AssignmentFixtures.Provider provider) {
        return jdbc.sql("SELECT name FROM providercontracts.providers WHERE id = ?").param(provider.id().value())
                .query(String.class).single();
    }

    @Test
    void aClientReadsWhereTheyGetHelpTheProvidersContactAndTheLovProvidersAndTheReadIsLoggedAsTheirOwn() {
        var client = clientWithSentAssignment(true);
        var signedIn = TestClients.signInClient(client.number());

        var mine = ownAssignments.mine();

        assertThat(mine).singleElement().satisfies(own -> {
            assertThat(own.interventionType()).isEqualTo(InterventionType.OUTPATIENT);
            assertThat(own.providerName()).isEqualTo(providerName(client.provider()));
            assertThat(own.providerPhone()).isEqualTo("010-555 12 34");
            assertThat(own.providerEmail()).isEqualTo("kontakt@utforare.example");
            assertThat(own.plannedStart()).isEqualTo(today.plusDays(7));
            assertThat(own.status()).isEqualTo(AssignmentStatus.SENT);
            assertThat(own.clientsChoice()).isTrue();
            assertThat(own.lovProviders()).extracting(OwnAssignment.LovProvider::name)
                    .contains(providerName(client.provider()));
        });
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || purpose || ' ' || access_kind FROM accesslog.access_log
                        WHERE case_id = ? AND actor_subject = ? ORDER BY id""")
                .params(client.granted().caseId().value(), signedIn.subject()).query(String.class).list())
                .containsExactly("OWN_ASSIGNMENTS OWN_FILE READ");
    }

    @Test
    void aDraftTheCaseworkerIsStillWritingIsNotShownToTheClient() {
        var client = clientWithSentAssignment(false);
        TestClients.signInClient(client.number());

        assertThat(ownAssignments.mine()).isEmpty();
    }

    @Test
    void anotherClientReachesNothingOfAClientsAssignmentsForNoMethodTakesAnId() {
        var a = clientWithSentAssignment(true);
        var b = clientWithSentAssignment(true);

        assertThat(Arrays.stream(OwnAssignments.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())))
                .as("no client-side method takes an id").allSatisfy(m -> assertThat(m.getParameterCount()).isZero());
        var intruder = TestClients.signInClient(b.number());
        assertThat(ownAssignments.mine()).extracting(OwnAssignment::providerName)
                .containsExactly(providerName(b.provider()));
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND actor_subject = ?")
                .params(a.granted().caseId().value(), intruder.subject()).query(Integer.class).single()).isZero();
    }

    @Test
    void staffNeverCallTheClientsMethodAndAClientWithoutACaseReadsNothing() {
        var client = clientWithSentAssignment(true);

        TestClients.signInWithIdentity(TestFixtures.caseworker(NORTH), client.number());
        assertThatThrownBy(ownAssignments::mine).isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        TestActors.signIn(new Actor(UUID.randomUUID().toString(), "utf-own", "Ulla Utförare",
                Set.of(Roles.PROVIDER_STAFF), Set.of(), Set.of(new ProviderOrganisationCode(client.provider().code()))));
        assertThatThrownBy(ownAssignments::mine).isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);

        var nobody = TestClients.signInClient(TestFixtures.personalNumber());
        assertThat(ownAssignments.mine()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ?")
                .param(nobody.subject()).query(Integer.class).single()).isZero();
    }
}
