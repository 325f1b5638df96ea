package se.vardkedjan.platform.devstack.otp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Codes for tests that log the same demo accounts in again and again, as a person with an authenticator app would type
 * them, without tripping over the rules Keycloak applies to codes:
 * <ul>
 *     <li>a code is accepted once: Keycloak remembers the codes it accepted for a credential until they can no longer
 *     be valid, so a second login in the same 30 seconds needs another code;</li>
 *     <li>Keycloak accepts the codes of the time steps just before and just after its own (the realm's look-around
 *     window of 1), for clocks that drift. A second login in the same time step takes the next step's code, as an
 *     app whose clock runs a little ahead would show; a third waits for the next step;</li>
 *     <li>a code near the end of its time step could reach Keycloak after the step: with less than
 *     {@link #SAFETY_MARGIN} left, the next step's code is used instead.</li>
 * </ul>
 * One instance per Keycloak server (its memory of used codes is that server's).
 */
public final class FreshOtpCodes {

    /** The least time a current code must have left to be typed. */
    public static final Duration SAFETY_MARGIN = Duration.ofSeconds(3);

    /** How the instance waits for the clock; tests of this class pass one that moves their clock. */
    @FunctionalInterface
    public interface Waiting {
        void until(Instant instant) throws InterruptedException;
    }

    private final DemoOtpAccounts accounts;
    private final Clock clock;
    private final Waiting waiting;
    private final Map<String, Set<Long>> usedTimeSteps = new HashMap<>();

    public FreshOtpCodes(DemoOtpAccounts accounts, Clock clock, Waiting waiting) {
        this.accounts = accounts;
        this.clock = clock;
        this.waiting = waiting;
    }

    /** With the system clock, waiting by sleeping. */
    public static FreshOtpCodes of(DemoOtpAccounts accounts) {
        var clock = Clock.systemUTC();
        return new FreshOtpCodes(accounts, clock, instant -> {
            var wait = Duration.between(clock.instant(), instant);
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis() + 1);
            }
        });
    }

    /** A code for {@code username} that this instance has not handed out before and that Keycloak accepts now. */
    public synchronized String next(String username) {
        var account = accounts.withUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("The realm file gives " + username + " no TOTP secret"));
        var used = usedTimeSteps.computeIfAbsent(username, name -> new HashSet<>());
        while (true) {
            var now = clock.instant();
            var current = account.timeStep(now);
            var first = account.remaining(now).compareTo(SAFETY_MARGIN) >= 0 ? current : current + 1;
            for (var step = first; step <= current + 1; step++) {
                if (used.add(step)) {
                    return account.codeOfTimeStep(step);
                }
            }
            try {
                waiting.until(Totp.start(current + 1, account.period()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a fresh code", e);
            }
        }
    }

    /** A code Keycloak must refuse now: none of the codes of the time steps around the current one. */
    public String wrong(String username) {
        var account = accounts.withUsername(username).orElseThrow();
        var current = account.timeStep(clock.instant());
        var accepted = Set.of(account.codeOfTimeStep(current - 1), account.codeOfTimeStep(current),
                account.codeOfTimeStep(current + 1), account.codeOfTimeStep(current + 2));
        var right = account.codeOfTimeStep(current);
        for (var digit = 1; ; digit++) {
            var candidate = right.substring(0, right.length() - 1) + (char) ('0' + (right.charAt(right.length() - 1) - '0' + digit) % 10);
            if (!accepted.contains(candidate)) {
                return candidate;
            }
        }
    }
}
