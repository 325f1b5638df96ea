package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.TestActors;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * Provider contracts' answer to another module acting on a client's case through an assignment (ADR 0030, slice 3
 * amendment): the addressed provider's staff while it is accepted or running, for its own case, with the row written
 * in their name; everything else refused and recorded.
 */
@ProviderContractsModuleTest
class ProviderCaseDoorModuleTests {

    private static final String WHAT = "ASSIGNMENT_DOCUMENT";

    private final ProviderCaseDoor door;
    private final Assignments assignments;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final LocalDate today;

    ProviderCaseDoorModuleTests(ProviderCaseDoor door, Assignments assignments, PersonRegister register,
                                CaseHandling caseHandling, Investigations investigations, Decisions decisions,
                                JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.door = door;
        this.assignments = assignments;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    private record Sent(AssignmentId id, CaseId caseId, String code, Actor staff, long version, String providerName) {
    }

    private Sent sent() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = AssignmentFixtures.granted(register, caseHandling, investigations, decisions, NORTH, today,
                TestFixtures.person(TestFixtures.personalNumber(), "Dora", "Dörr"));
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 3, today);
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var draft = assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider, today));
        var sent = assignments.send(id, draft.version());
        TestActors.signOut();
        var name = jdbc.sql("SELECT name FROM providercontracts.providers WHERE id = ?")
                .param(provider.id().value()).query(String.class).single();
        return new Sent(id, granted.caseId(), provider.code(), staffOf(provider.code()), sent.version(), name);
    }

    private static Actor staffOf(String organisation) {
        return new Actor(UUID.randomUUID().toString(), "utf" + UUID.randomUUID().toString().substring(0, 6),
                "Ulla Utförare", Set.of(Roles.PROVIDER_STAFF), Set.of(),
                Set.of(new ProviderOrganisationCode(organisation)));
    }

    private ProviderCaseDoor.Admitted open(Actor actor, AssignmentId id, CaseId caseId) {
        TestActors.signIn(actor);
        try {
            // The caller names its own code; follow-up's are not declared here, so one of this module's stands in.
            return transaction.execute(status -> door.openActive(id, caseId, AccessKind.CHANGE, WHAT));
        } finally {
            TestActors.signOut();
        }
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private void refused(Actor actor, AssignmentId id, CaseId caseId) {
        var before = count("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?",
                actor.subject());
        assertThatThrownBy(() -> open(actor, id, caseId)).isInstanceOf(AccessDenied.class);
        assertThat(count("SELECT count(*) FROM accesslog.security_events WHERE actor_subject = ?", actor.subject()))
                .as("the refusal recorded").isEqualTo(before + 1);
        assertThat(count("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ?", actor.subject()))
                .as("no row for a refusal").isZero();
    }

    @Test
    void theAddressedProvidersStaffAreLetInWhileTheAssignmentIsAcceptedWithTheRowInTheirName() {
        var sent = sent();
        refused(sent.staff(), sent.id(), sent.caseId());

        TestActors.signIn(sent.staff());
        assignments.accept(sent.id(), assignments.receive(sent.id(), sent.version()).version(), today);
        TestActors.signOut();
        // A colleague at the same provider, with no row of their own yet.
        var staff = staffOf(sent.code());
        var admitted = open(staff, sent.id(), sent.caseId());
        assertThat(admitted.caseId()).isEqualTo(sent.caseId());
        assertThat(admitted.providerName()).isEqualTo(sent.providerName());
        assertThat(count("SELECT count(*) FROM accesslog.access_log WHERE actor_subject = ? AND case_id = ? "
                        + "AND what = ? AND access_kind = 'CHANGE'", staff.subject(),
                sent.caseId().value(), WHAT)).isEqualTo(1);

        var other = sent();
        // Another provider's staff; the right staff aiming at another case; an assignment id that is none.
        refused(staffOf(other.code()), sent.id(), sent.caseId());
        refused(staffOf(sent.code()), sent.id(), other.caseId());
        refused(staffOf(sent.code()), new AssignmentId(UUID.randomUUID()), sent.caseId());
        var system = new Actor(UUID.randomUUID().toString(), "system-" + UUID.randomUUID().toString().substring(0, 6),
                "Utförarens system", Set.of(Roles.PROVIDER_SYSTEM), Set.of(),
                Set.of(new ProviderOrganisationCode(sent.code())));
        assertThatThrownBy(() -> open(system, sent.id(), sent.caseId())).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
    }
}
