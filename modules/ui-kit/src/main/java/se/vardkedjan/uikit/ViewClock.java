package se.vardkedjan.uikit;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * "Today" and "now" for the views, from the same {@link Clock} bean the facades use (the platform's, in the
 * municipality's zone; a fixed one in tests): a date a form proposes is the date the facade checks against, whatever
 * the server's own zone. Views never call {@code LocalDate.now()}.
 */
@Component
public class ViewClock {

    private final Clock clock;

    public ViewClock(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in the clock's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** This instant. */
    public Instant now() {
        return clock.instant();
    }
}
