package se.vardkedjan.platform.devstack.bankid;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Starts a simulator in-process for each test: ports chosen by the system, a clock the test controls, certificates
 * created once per test class.
 */
abstract class SimulatorTest {

    @TempDir
    static Path dataDirectory;

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T08:00:00Z"));
    protected BankIdSimulator simulator;
    protected RpTestClient rp;
    protected TesterTestClient tester;

    @BeforeEach
    void startSimulator() {
        simulator = BankIdSimulator.start(BankIdSimulator.Settings.of(dataDirectory, 0, 0), clock);
        rp = RpTestClient.of(simulator);
        tester = new TesterTestClient(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    /** The QR data the relying party would show now for the order it started. */
    protected String currentQrData(JsonNode started, Duration sinceStart) {
        return AnimatedQrCode.generate(started.get("qrStartToken").asString(),
                started.get("qrStartSecret").asString(), sinceStart.toSeconds()).data();
    }
}
