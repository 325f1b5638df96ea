package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;
import static se.vardkedjan.casehandling.TestFixtures.SOUTH;

/**
 * The caseworker records the day they told the client of the right to a SIP and of the right to read their file
 * (issue 13, slice 3): versioned on its own, dated within the case, logged, published read-only to follow-up.
 */
@CaseHandlingModuleTest
class ClientInformedModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final JdbcClient jdbc;

    ClientInformedModuleTests(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                              JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.jdbc = jdbc;
    }

    @Test
    void theCaseworkerRecordsTheDaysTheClientWasToldAndFollowUpSeesThemInTheReportingView() {
        var caseworker = TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation();
        assertThat(investigations.clientInformed(caseId)).isEqualTo(ClientInformed.NONE);

        var first = investigations.recordClientInformed(caseId, 0, TODAY.minusDays(1), null);
        assertThat(first).isEqualTo(new ClientInformed(TODAY.minusDays(1), null, 1));
        var second = investigations.recordClientInformed(caseId, first.version(), TODAY.minusDays(1), TODAY);
        assertThat(investigations.clientInformed(caseId)).isEqualTo(second)
                .isEqualTo(new ClientInformed(TODAY.minusDays(1), TODAY, 2));

        // an investigation's draft saved meanwhile does not touch this part's version, nor this part the draft's
        var draft = investigations.saveDraft(caseId, 0, DecisionFixtures.draftContent(TODAY.minusDays(2)));
        investigations.saveDraft(caseId, draft.version(), DecisionFixtures.draftContent(TODAY.minusDays(2)));
        assertThat(investigations.clientInformed(caseId).version()).isEqualTo(2);

        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE actor_username = ? AND case_id = ? "
                        + "AND what = 'CLIENT_INFORMED' AND access_kind = 'CHANGE'")
                .params(caseworker.username(), caseId.value()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT right_to_sip_on, right_to_read_file_on FROM casehandling.reporting_client_informed
                        WHERE case_id = ?""").param(caseId.value())
                .query((rs, row) -> rs.getDate(1).toLocalDate() + " " + rs.getDate(2).toLocalDate()).single())
                .isEqualTo(TODAY.minusDays(1) + " " + TODAY);
    }

    @Test
    void aStaleVersionADayInTheFutureOrBeforeTheCaseWasReceivedIsRefusedAndNothingChanges() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation();
        var saved = investigations.recordClientInformed(caseId, 0, TODAY, null);

        assertThatThrownBy(() -> investigations.recordClientInformed(caseId, 0, TODAY, TODAY))
                .isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> investigations.recordClientInformed(caseId, saved.version() + 1, TODAY, TODAY))
                .isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> investigations.recordClientInformed(caseId, saved.version(), TODAY.plusDays(1),
                null)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field())
                        .contains("casehandling.investigation.informed-sip-on"));
        assertThatThrownBy(() -> investigations.recordClientInformed(caseId, saved.version(), null,
                TODAY.minusYears(1))).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field())
                        .contains("casehandling.investigation.informed-file-on"));
        assertThat(investigations.clientInformed(caseId)).isEqualTo(saved);
    }

    @Test
    void aCaseworkerOfAnotherUnitCanNeitherReadNorRecordItAndTheRefusalIsRecorded() {
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var caseId = caseUnderInvestigation();
        var saved = investigations.recordClientInformed(caseId, 0, TODAY, null);

        var other = TestActors.signIn(TestFixtures.caseworker(SOUTH));
        assertThatThrownBy(() -> investigations.clientInformed(caseId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> investigations.recordClientInformed(caseId, saved.version(), TODAY, TODAY))
                .isInstanceOf(AccessDenied.class);
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.security_events WHERE actor_username = ?")
                .param(other.username()).query(Integer.class).single()).isEqualTo(2);

        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assertThat(investigations.clientInformed(caseId)).isEqualTo(saved);
    }

    private CaseId caseUnderInvestigation() {
        var personId = register.register(TestFixtures.person(TestFixtures.personalNumber(), "Ida", "Berg"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, NORTH)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                TODAY.minusDays(2), TODAY.plusMonths(4));
        return caseId;
    }
}
