package se.vardkedjan.bench.fault;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.bench.fault.Ledger.Action.LOGIN_PASSWORD;
import static se.vardkedjan.bench.fault.Ledger.Action.LOGIN_SESSION;
import static se.vardkedjan.bench.fault.Ledger.Action.PASSWORD_PROMPT_UNPLANNED;
import static se.vardkedjan.bench.fault.Ledger.Action.READ_CASE;
import static se.vardkedjan.bench.fault.Ledger.Action.SIGN_ENTRY;
import static se.vardkedjan.bench.fault.Ledger.Outcome.ERROR;
import static se.vardkedjan.bench.fault.Ledger.Outcome.OK;
import static se.vardkedjan.bench.fault.Ledger.Outcome.UNCERTAIN;

class FaultReportTests {

    /** app1 is killed at 10 s, the service answers at 11 s, app1 is back at 60 s. */
    private static final FaultWindow APP1 = new FaultWindow("1. an app node dies", "app1", 10_000, 11_000, 60_000);

    private static Ledger.Event e(long end, String user, Ledger.Action action, Ledger.Outcome outcome, String node,
                                  String marker) {
        return new Ledger.Event(end, user, action, outcome, 100, node, marker, "");
    }

    private static List<Ledger.Event> aRunWhereU1WasOnApp1() {
        return List.of(
                e(5_000, "u1", SIGN_ENTRY, OK, "app1", "m1"),
                e(6_000, "u2", SIGN_ENTRY, OK, "app2", "m2"),
                e(12_000, "u1", SIGN_ENTRY, UNCERTAIN, "app1", "m3"),
                e(14_000, "u1", LOGIN_SESSION, OK, "app2", ""),
                e(15_000, "u1", READ_CASE, OK, "app2", ""),
                e(16_000, "u1", SIGN_ENTRY, OK, "app2", "m4"),
                e(17_000, "u2", SIGN_ENTRY, OK, "app2", "m5"));
    }

    @Test
    void aFaultWithNothingLostNorDoubledAndTheUsersOfTheDeadNodeBackWithoutThePasswordPasses() {
        var report = FaultReport.report(aRunWhereU1WasOnApp1(), List.of(APP1),
                Map.of("m1", 1, "m2", 1, "m3", 1, "m4", 1, "m5", 1));
        assertThat(report.passed()).as(report.text()).isTrue();
        assertThat(report.text())
                .contains("requests during the fault: 5 (4 ok)")
                .contains("errors seen by users: 1")
                .contains("time to recover: health 1.0 s, every user served again 4.0 s")
                .contains("users on app1 when it died: 1; logged in again through Keycloak's session: 1; "
                        + "asked for the password: 0")
                .contains("2 seen committed, 0 lost, 0 duplicated, 0 unexpected; 1 uncertain (1 of them in the database)")
                .endsWith("fault test: PASS\n");
    }

    @Test
    void aUserOfTheDeadNodeWhoseWorkWasDoneBeforeTheKillNeedNotLogInAgain() {
        var events = new java.util.ArrayList<>(aRunWhereU1WasOnApp1());
        events.add(e(7_000, "u4", Ledger.Action.DECIDE, OK, "app1", "c1"));
        var report = FaultReport.report(events, List.of(APP1), Map.of("m1", 1, "m2", 1, "m4", 1, "m5", 1));
        assertThat(report.text()).contains("users on app1 when it died: 1; logged in again through Keycloak's session: 1");
        assertThat(report.passed()).as(report.text()).isTrue();
    }

    @Test
    void aUserOfTheDeadNodeWhoWentOnWorkingButWasNeverSeenLoggingInAgainFails() {
        var events = new java.util.ArrayList<>(aRunWhereU1WasOnApp1());
        events.add(e(7_000, "u3", READ_CASE, OK, "app1", ""));
        events.add(e(20_000, "u3", READ_CASE, ERROR, "app1", ""));
        events.add(e(25_000, "u3", READ_CASE, OK, "app2", ""));
        var report = FaultReport.report(events, List.of(APP1), Map.of("m1", 1, "m2", 1, "m4", 1, "m5", 1));
        assertThat(report.passed()).isFalse();
        assertThat(report.text()).contains("users on app1 when it died: 2; logged in again through Keycloak's session: 1")
                .contains("1 users of the killed node not seen logging in again");
    }

    @Test
    void aSigningSeenCommittedThatIsGoneFailsTheFaultAndTheRun() {
        var report = FaultReport.report(aRunWhereU1WasOnApp1(), List.of(APP1),
                Map.of("m1", 1, "m2", 1, "m4", 1));
        assertThat(report.passed()).isFalse();
        assertThat(report.text()).contains("FAIL: lost [m5]").contains("lost: [m5]").endsWith("fault test: FAIL\n");
    }

    @Test
    void aSigningTheDatabaseHoldsTwiceFailsTheRun() {
        var report = FaultReport.report(aRunWhereU1WasOnApp1(), List.of(APP1),
                Map.of("m1", 2, "m2", 1, "m4", 1, "m5", 1));
        assertThat(report.passed()).isFalse();
        assertThat(report.text()).contains("duplicated: [m1]");
    }

    @Test
    void aUserOfTheDeadNodeAskedForThePasswordFailsTheAppNodesFault() {
        var events = new java.util.ArrayList<>(aRunWhereU1WasOnApp1());
        events.add(e(13_000, "u1", PASSWORD_PROMPT_UNPLANNED, ERROR, "app2", ""));
        events.add(e(13_500, "u1", LOGIN_PASSWORD, OK, "app2", ""));
        var report = FaultReport.report(events, List.of(APP1), Map.of("m1", 1, "m2", 1, "m4", 1, "m5", 1));
        assertThat(report.passed()).isFalse();
        assertThat(report.text()).contains("asked for the password: 1").contains("1 unplanned password prompts");
    }

    @Test
    void aUserWhoIsNeverServedAgainOrHealthThatNeverReturnsFails() {
        var events = List.of(e(5_000, "u1", SIGN_ENTRY, OK, "app2", "m1"),
                e(12_000, "u1", READ_CASE, ERROR, "app2", ""));
        var report = FaultReport.report(events,
                List.of(new FaultWindow("2. the PostgreSQL primary dies", "pg1", 10_000, -1, 60_000)), Map.of("m1", 1));
        assertThat(report.passed()).isFalse();
        assertThat(report.text()).contains("health never, every user served again never")
                .contains("the topology's health did not come back")
                .contains("a user who saw an error was never served again")
                .contains("no request served during the fault");
    }

    @Test
    void providerStaffsAcceptancesAreReconciledPerFaultAndForTheWholeRun() {
        var events = new java.util.ArrayList<>(aRunWhereU1WasOnApp1());
        events.add(e(13_000, "p1", Ledger.Action.OPEN_INBOX, OK, "app2", ""));
        events.add(e(13_500, "p1", Ledger.Action.ACCEPT_ASSIGNMENT, OK, "app2", "a1"));
        var signed = Map.of("m1", 1, "m2", 1, "m3", 1, "m4", 1, "m5", 1);
        var passing = FaultReport.report(events, List.of(APP1), signed, Map.of(),
                Map.of("a1", new AcceptReconciliation.Stored("ACCEPTED", 1)));
        assertThat(passing.passed()).as(passing.text()).isTrue();
        assertThat(passing.text())
                .contains("reconciliation (acceptances started during the fault): 1 seen accepted, 0 lost")
                .contains("reconciliation (acceptances): 1 seen accepted, 0 lost, 0 duplicated, 0 unexpected");

        var doubled = FaultReport.report(events, List.of(APP1), signed, Map.of(),
                Map.of("a1", new AcceptReconciliation.Stored("ACCEPTED", 2)));
        assertThat(doubled.passed()).isFalse();
        assertThat(doubled.text()).contains("acceptances duplicated: [a1]").endsWith("fault test: FAIL\n");
    }

    @Test
    void providerStaffWhoNeverSawAnAcceptanceFailTheRun() {
        var events = new java.util.ArrayList<>(aRunWhereU1WasOnApp1());
        events.add(e(13_000, "p1", Ledger.Action.OPEN_INBOX, OK, "app2", ""));
        var report = FaultReport.report(events, List.of(APP1), Map.of("m1", 1, "m2", 1, "m3", 1, "m4", 1, "m5", 1),
                Map.of(), Map.of());
        assertThat(report.passed()).isFalse();
        assertThat(report.text()).contains("no acceptance was seen: the provider staff's load did not work");
    }
}
