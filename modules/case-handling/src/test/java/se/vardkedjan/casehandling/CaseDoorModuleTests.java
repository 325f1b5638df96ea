package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.TestActors;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * Case handling's door for downstream modules ({@link CaseDoor#admit}, {@link CaseDoor#clientOf}), attacked as an
 * insider would: the client's identity comes only with an admission, an admission is made only with an access-log row
 * in the user's name, a rule that says no is refused and recorded, and an admission kept for one user serves no other.
 */
@CaseHandlingModuleTest
class CaseDoorModuleTests {

    private final CaseDoor door;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    CaseDoorModuleTests(CaseDoor door, PersonRegister register, CaseHandling caseHandling,
                        TransactionTemplate transaction, JdbcClient jdbc) {
        this.door = door;
        this.register = register;
        this.caseHandling = caseHandling;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Test
    void anAdmissionWritesTheReadInTheUsersNameAndGivesTheClientWithoutAProtectedAddress() {
        var caseId = aCase(ProtectionLevel.PROTECTED_REGISTRATION);
        var provider = TestActors.signIn(providerStaff());

        var client = transaction.execute(status -> door.clientOf(door.admit(caseId, actor -> true,
                Target.of("ASSIGNMENT", UUID.randomUUID()), AccessKind.READ, "CASE", Purpose.CASE_WORK)));

        assertThat(client.name()).isEqualTo("Dora Dörr");
        assertThat(client.protectedIdentity()).isTrue();
        assertThat(client.streetAddress()).as("a protected person's address never leaves case handling").isNull();
        assertThat(jdbc.sql("SELECT actor_username || ' ' || what FROM accesslog.access_log WHERE case_id = ?")
                .param(caseId.value()).query(String.class).list()).contains(provider.username() + " CASE");
    }

    @Test
    void aRuleThatSaysNoIsRefusedAsAnUnknownTargetRecordedAndLeavesNoReadInTheLog() {
        var caseId = aCase(ProtectionLevel.NONE);
        var provider = TestActors.signIn(providerStaff());
        var assignment = UUID.randomUUID();

        assertThatThrownBy(() -> transaction.execute(status -> door.admit(caseId, actor -> false,
                Target.of("ASSIGNMENT", assignment), AccessKind.READ, "CASE", Purpose.CASE_WORK)))
                .isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("SELECT target_kind || ' ' || target_id || ' ' || reason FROM accesslog.security_events "
                + "WHERE actor_subject = ?").param(provider.subject()).query(String.class).list())
                .containsExactly("ASSIGNMENT " + assignment + " UNKNOWN_TARGET");
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND actor_username = ?")
                .params(caseId.value(), provider.username()).query(Integer.class).single()).isZero();
    }

    @Test
    void anUnknownCaseIsRefusedAsTheTargetTheUserAimedAt() {
        var provider = TestActors.signIn(providerStaff());
        var assignment = UUID.randomUUID();

        assertThatThrownBy(() -> transaction.execute(status -> door.admit(CaseId.random(), actor -> true,
                Target.of("ASSIGNMENT", assignment), AccessKind.READ, "CASE", Purpose.CASE_WORK)))
                .isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("SELECT target_kind || ' ' || target_id || ' ' || reason FROM accesslog.security_events "
                + "WHERE actor_subject = ?").param(provider.subject()).query(String.class).list())
                .containsExactly("ASSIGNMENT " + assignment + " UNKNOWN_TARGET");
    }

    @Test
    void anAdmissionKeptForOneUserGivesAnotherUserNothingAndTheAttemptIsRecorded() {
        var caseId = aCase(ProtectionLevel.NONE);
        TestActors.signIn(providerStaff());
        var admission = transaction.execute(status -> door.admit(caseId, actor -> true,
                Target.of("ASSIGNMENT", UUID.randomUUID()), AccessKind.READ, "CASE", Purpose.CASE_WORK));
        var insider = TestActors.signIn(providerStaff());

        assertThatThrownBy(() -> transaction.execute(status -> door.clientOf(admission)))
                .isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("SELECT target_kind || ' ' || reason FROM accesslog.security_events "
                + "WHERE actor_subject = ?").param(insider.subject()).query(String.class).list())
                .containsExactly("CASE UNKNOWN_TARGET");
    }

    private CaseId aCase(ProtectionLevel protection) {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var person = register.register(new RegisterPerson(TestFixtures.personalNumber(), null, null, "Dora", "Dörr",
                "070-123 45 67", null, "Hemlig väg 1", "111 11", "Ort", protection));
        return caseHandling.registerIntake(new RegisterIntake(person, NORTH, IntakeKind.APPLICATION,
                LocalDate.now().minusDays(3), "Ansöker om stöd.", null, null, null, false, null, true)).caseId();
    }

    private static se.vardkedjan.sharedkernel.Actor providerStaff() {
        return TestActors.staff("utforare-" + System.nanoTime(), Set.of(Roles.PROVIDER_STAFF));
    }
}
