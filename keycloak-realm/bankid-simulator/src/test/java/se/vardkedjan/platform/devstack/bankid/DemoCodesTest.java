package se.vardkedjan.platform.devstack.bankid;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vardkedjan.platform.devstack.otp.DemoOtpAccount;
import se.vardkedjan.platform.devstack.otp.DemoOtpAccounts;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tester page stands in for the demo staff's authenticator app too: "Demokoder". */
class DemoCodesTest {

    private static final DemoOtpAccount ANNA = new DemoOtpAccount("handlaggare", "Anna Lindqvist",
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", true, "HmacSHA1", 6, Duration.ofSeconds(30));

    @TempDir
    static Path dataDirectory;

    /** 20 seconds into a time step: the code has 10 seconds left. */
    private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(30 * 40_000_000L + 20));
    private BankIdSimulator simulator;
    private TesterTestClient tester;

    @BeforeEach
    void startSimulator() {
        simulator = BankIdSimulator.start(BankIdSimulator.Settings.of(dataDirectory, 0, 0)
                .withDemoOtpAccounts(DemoOtpAccounts.of(List.of(ANNA))), clock);
        tester = new TesterTestClient(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void thePageShowsEachDemoAccountsCurrentCodeAndWhenItChanges() {
        var page = tester.get("").body();

        assertThat(page).contains("<h2 id=\"demokoder-rubrik\">Demokoder</h2>",
                "<tr data-username=\"handlaggare\"><td>handlaggare</td><td>Anna Lindqvist</td>",
                "<code class=\"kod\" data-code>" + ANNA.code(clock.instant()) + "</code>",
                "<span data-seconds>10</span> s");
        assertThat(page).doesNotContain("GEZDGNBV");
    }

    @Test
    void theApiGivesTheCodesOfThisMoment() {
        var first = tester.get("api/demo-codes");
        clock.advance(Duration.ofSeconds(10));
        var next = tester.get("api/demo-codes");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("[{\"username\":\"handlaggare\",\"name\":\"Anna Lindqvist\",\"code\":\""
                + ANNA.code(clock.instant().minusSeconds(10)) + "\",\"secondsLeft\":10}]");
        assertThat(next.body()).contains("\"code\":\"" + ANNA.code(clock.instant()) + "\"", "\"secondsLeft\":30");
    }

    @Test
    void withoutDemoAccountsThereIsNoDemoCodesPart() {
        simulator.close();
        simulator = BankIdSimulator.start(BankIdSimulator.Settings.of(dataDirectory, 0, 0), clock);
        tester = new TesterTestClient(simulator);

        assertThat(tester.get("").body()).doesNotContain("Demokoder");
        assertThat(tester.get("api/demo-codes").body()).isEqualTo("[]");
    }
}
