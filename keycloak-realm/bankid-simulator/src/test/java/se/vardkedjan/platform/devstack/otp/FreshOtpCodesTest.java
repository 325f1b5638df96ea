package se.vardkedjan.platform.devstack.otp;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FreshOtpCodesTest {

    private static final DemoOtpAccount ANNA = new DemoOtpAccount("handlaggare", "Anna Lindqvist",
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", true, "HmacSHA1", 6, Duration.ofSeconds(30));
    /** 10 seconds into a time step. */
    private static final Instant START = Instant.ofEpochSecond(30 * 40_000_000L + 10);

    private final SettableClock clock = new SettableClock(START);
    private final List<Instant> waits = new ArrayList<>();
    private final FreshOtpCodes codes = new FreshOtpCodes(DemoOtpAccounts.of(List.of(ANNA)), clock, until -> {
        waits.add(until);
        clock.now = until;
    });

    @Test
    void theFirstCodeIsTheCurrentOne() {
        assertThat(codes.next("handlaggare")).isEqualTo(ANNA.code(START));
        assertThat(waits).isEmpty();
    }

    @Test
    void aSecondLoginInTheSameTimeStepTakesTheNextStepsCodeAndAThirdWaitsForTheNextStep() {
        var step = ANNA.timeStep(START);

        var first = codes.next("handlaggare");
        var second = codes.next("handlaggare");
        var third = codes.next("handlaggare");

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(ANNA.codeOfTimeStep(step + 1));
        assertThat(waits).containsExactly(Totp.start(step + 1, ANNA.period()));
        assertThat(third).isEqualTo(ANNA.codeOfTimeStep(step + 2));
    }

    @Test
    void nearTheEndOfAStepTheCurrentCodeIsNotTyped() {
        clock.now = Totp.start(ANNA.timeStep(START) + 1, ANNA.period()).minusSeconds(2);

        assertThat(codes.next("handlaggare")).isEqualTo(ANNA.codeOfTimeStep(ANNA.timeStep(clock.now) + 1));
    }

    @Test
    void aWrongCodeIsNoneOfTheCodesKeycloakAcceptsNow() {
        var step = ANNA.timeStep(START);

        assertThat(codes.wrong("handlaggare")).hasSize(6).isNotIn(ANNA.codeOfTimeStep(step - 1),
                ANNA.codeOfTimeStep(step), ANNA.codeOfTimeStep(step + 1));
    }

    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
