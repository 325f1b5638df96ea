package se.vardkedjan.providercontracts.escalation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import se.vardkedjan.sharedkernel.OnceAcrossNodes;

import java.time.Clock;

/**
 * Runs the escalation on a schedule ({@code vardkedjan.assignments.escalation-cron}, by default every quarter of an
 * hour) on one app node per tick ({@link OnceAcrossNodes}, ADR 0033). Were two nodes to run it at once, it would still
 * record every step once ({@link Escalation}'s claim); the lock saves the second node the work. The clock is the
 * app's (platform.TimeConfiguration), so tests control it.
 */
@Configuration
@EnableScheduling
class EscalationSchedule {

    /** When the job fires (Spring cron, Swedish time): the scheduler and the run-once lock read the same setting. */
    static final String CRON = "${vardkedjan.assignments.escalation-cron:0 */15 * * * *}";

    static final String JOB = "providercontracts.escalation";

    private final Escalation escalation;
    private final Clock clock;
    private final OnceAcrossNodes once;
    private final String cron;

    EscalationSchedule(Escalation escalation, Clock clock, OnceAcrossNodes once,
                       @Value(CRON) String cron) {
        this.escalation = escalation;
        this.clock = clock;
        this.once = once;
        this.cron = cron;
    }

    @Scheduled(cron = CRON, zone = "Europe/Stockholm")
    void escalate() {
        once.run(JOB, cron, () -> escalation.run(clock));
    }
}
