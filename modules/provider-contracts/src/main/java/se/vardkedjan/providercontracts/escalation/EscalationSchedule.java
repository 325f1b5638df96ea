package se.vardkedjan.providercontracts.escalation;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/**
 * Runs the escalation on every app node on a schedule ({@code vardkedjan.assignments.escalation-cron}, by default
 * every quarter of an hour); running on several nodes at once is safe ({@link Escalation}). The clock is the app's
 * (platform.TimeConfiguration), so tests control it.
 */
@Configuration
@EnableScheduling
class EscalationSchedule {

    private final Escalation escalation;
    private final Clock clock;

    EscalationSchedule(Escalation escalation, Clock clock) {
        this.escalation = escalation;
        this.clock = clock;
    }

    @Scheduled(cron = "${vardkedjan.assignments.escalation-cron:0 */15 * * * *}", zone = "Europe/Stockholm")
    void escalate() {
        escalation.run(clock);
    }
}
