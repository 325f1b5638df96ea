package se.vardkedjan.platform.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.vardkedjan.sharedkernel.OnceAcrossNodes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands the event publications that no node will complete to their listeners again (ADR 0033). A publication is
 * stored in the publisher's transaction and completed after its listener's; a node that dies in between leaves it
 * incomplete. Spring Modulith's republishing at start-up ({@code republish-outstanding-events-on-restart}) is off:
 * on several nodes a restarting node would republish what a living node is processing at that moment. Instead this
 * job runs on one node per tick ({@code vardkedjan.events.resubmission-cron}, every minute) and resubmits the
 * publications that have been incomplete for longer than {@code vardkedjan.events.abandoned-after} (five minutes)
 * since they were published or last resubmitted: far longer than a listener takes on a living node, so what it takes
 * was abandoned (its node died, or its listener failed and is retried). Spring Modulith claims each one for the
 * resubmission ({@code status = 'RESUBMITTED'}) before the listener gets it; one whose claiming node died before the
 * listener started is released here after the same time. The listeners are idempotent, so a publication handed over
 * twice (its listener had committed but the node died before marking it completed) has its effect once.
 */
@Component
@EnableScheduling
public class AbandonedPublications {

    /** When the job fires (Spring cron, Swedish time): the scheduler and the run-once lock read the same setting. */
    static final String CRON = "${vardkedjan.events.resubmission-cron:30 * * * * *}";

    static final String JOB = "platform.event-resubmission";

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedPublications.class);

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final OnceAcrossNodes once;
    private final String cron;
    private final Duration abandonedAfter;

    AbandonedPublications(IncompleteEventPublications incomplete, JdbcClient jdbc, Clock clock, OnceAcrossNodes once,
                          @Value(CRON) String cron,
                          @Value("${vardkedjan.events.abandoned-after:PT5M}") Duration abandonedAfter) {
        if (abandonedAfter.isNegative() || abandonedAfter.isZero()) {
            throw new IllegalArgumentException("vardkedjan.events.abandoned-after must be a positive duration");
        }
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.clock = clock;
        this.once = once;
        this.cron = cron;
        this.abandonedAfter = abandonedAfter;
    }

    @Scheduled(cron = CRON, zone = "Europe/Stockholm")
    void resubmitOnOneNode() {
        once.run(JOB, cron, this::resubmit);
    }

    /** Resubmits the abandoned publications on this node; returns how many were handed to their listeners. */
    public int resubmit() {
        var before = clock.instant().minus(abandonedAfter);
        var released = jdbc.sql("""
                        UPDATE platform.event_publication SET status = 'FAILED'
                        WHERE completion_date IS NULL AND status = 'RESUBMITTED' AND last_resubmission_date < ?""")
                .param(Timestamp.from(before)).update();
        var taken = new AtomicInteger();
        incomplete.resubmitIncompletePublications(publication -> {
            var abandoned = abandoned(publication, before);
            if (abandoned) {
                taken.incrementAndGet();
            }
            return abandoned;
        });
        if (released > 0 || taken.get() > 0) {
            LOG.info("Resubmitted {} event publications incomplete since before {} ({} released from a resubmission "
                    + "that never started)", taken.get(), before, released);
        }
        return taken.get();
    }

    private static boolean abandoned(EventPublication publication, Instant before) {
        if (publication.isCompleted() || !publication.getPublicationDate().isBefore(before)) {
            return false;
        }
        var last = publication.getLastResubmissionDate();
        return last == null || last.isBefore(before);
    }
}
