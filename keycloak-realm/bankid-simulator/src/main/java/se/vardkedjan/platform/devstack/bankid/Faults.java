package se.vardkedjan.platform.devstack.bankid;

import java.util.Optional;

/**
 * Faults injected by a tester: the next {@code count} RP API requests (any endpoint) answer with the given error
 * instead of being handled, e.g. {@code maintenance} (503), {@code internalError} (500), {@code requestTimeout} (408).
 * Thread-safe.
 */
final class Faults {

    private RpApiError error;
    private int remaining;

    /** Replaces any earlier plan; a count of 0 clears it. */
    synchronized void inject(RpApiError error, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        this.error = count == 0 ? null : error;
        this.remaining = count;
    }

    /** The error for this request, if one is planned; counts it. */
    synchronized Optional<RpApiError> next() {
        if (remaining == 0) {
            return Optional.empty();
        }
        remaining--;
        RpApiError planned = error;
        if (remaining == 0) {
            error = null;
        }
        return Optional.of(planned);
    }
}
