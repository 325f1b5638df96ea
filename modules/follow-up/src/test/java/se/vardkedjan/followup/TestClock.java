package se.vardkedjan.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock in Sweden that a test moves forward; the real time plus the offset moved. */
public final class TestClock extends Clock {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock forward by the given number of days. */
    public void advanceDays(long days) {
        offset.updateAndGet(current -> current.plusDays(days));
    }

    /** Back to the real time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return SWEDEN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
