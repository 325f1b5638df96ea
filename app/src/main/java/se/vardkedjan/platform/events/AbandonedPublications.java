package se.vardkedjan.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
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
import java.util.UUID;
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
 * <p>
 * A publication whose listener fails every time is not retried for ever: once it has had
 * {@code vardkedjan.events.max-attempts} deliveries (twelve, about an hour of retries; Spring Modulith counts the
 * first delivery and each resubmission in {@code completion_attempts}), it is given up instead of resubmitted. It is
 * recorded in {@code platform.given_up_publications} (platform-0003), logged once (its id, listener, event type and
 * attempts; never its payload), and counted by the metric {@value #GIVEN_UP_METRIC} until an operator hands it over
 * again or removes it (docs/operations.md).
 */
@Component
@EnableScheduling
public class AbandonedPublications implements MeterBinder {

    /** When the job fires (Spring cron, Swedish time): the scheduler and the run-once lock read the same setting. */
    static final String CRON = "${vardkedjan.events.resubmission-cron:30 * * * * *}";

    static final String JOB = "platform.event-resubmission";

    /** The incomplete publications given up after their last attempt, across the nodes (every node reports it). */
    static final String GIVEN_UP_METRIC = "vardkedjan.events.publications.given-up";

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedPublications.class);

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final OnceAcrossNodes once;
    private final String cron;
    private final Duration abandonedAfter;
    private final int maxAttempts;

    AbandonedPublications(IncompleteEventPublications incomplete, JdbcClient jdbc, Clock clock, OnceAcrossNodes once,
                          @Value(CRON) String cron,
                          @Value("${vardkedjan.events.abandoned-after:PT5M}") Duration abandonedAfter,
                          @Value("${vardkedjan.events.max-attempts:12}") int maxAttempts) {
        if (abandonedAfter.isNegative() || abandonedAfter.isZero()) {
            throw new IllegalArgumentException("vardkedjan.events.abandoned-after must be a positive duration");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("vardkedjan.events.max-attempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
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
        giveUpTheExhausted(before);
        var taken = new AtomicInteger();
        incomplete.resubmitIncompletePublications(publication -> {
            var abandoned = abandoned(publication, before) && publication.getCompletionAttempts() < maxAttempts;
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

    /**
     * Records the abandoned publications that have had their last attempt as given up (one node wins each, by the
     * table's key) and logs each once: its id, listener, event type and attempts, never its payload.
     */
    private void giveUpTheExhausted(Instant before) {
        jdbc.sql("""
                        INSERT INTO platform.given_up_publications (publication_id, listener_id, event_type, attempts,
                            given_up_at)
                        SELECT id, listener_id, event_type, completion_attempts, ? FROM platform.event_publication
                        WHERE completion_date IS NULL AND completion_attempts >= ? AND publication_date < ?
                          AND coalesce(last_resubmission_date, publication_date) < ?
                        ON CONFLICT (publication_id) DO NOTHING
                        RETURNING publication_id, listener_id, event_type, attempts""")
                .params(Timestamp.from(clock.instant()), maxAttempts, Timestamp.from(before), Timestamp.from(before))
                .query((rs, n) -> new GivenUp(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4)))
                .list()
                .forEach(given -> LOG.error("Gave up event publication {} to listener {} (event {}) after {} "
                                + "attempts: it is no longer resubmitted (vardkedjan.events.max-attempts); see "
                                + "docs/operations.md to hand it over again", given.id(), given.listener(),
                        given.eventType(), given.attempts()));
    }

    private record GivenUp(UUID id, String listener, String eventType, int attempts) {
    }

    /** How many publications are given up and still incomplete; NaN when the database does not answer. */
    double givenUp() {
        try {
            return jdbc.sql("""
                            SELECT count(*) FROM platform.given_up_publications g
                            JOIN platform.event_publication p ON p.id = g.publication_id
                            WHERE p.completion_date IS NULL""").query(Long.class).single();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(GIVEN_UP_METRIC, this, AbandonedPublications::givenUp)
                .description("Event publications given up after vardkedjan.events.max-attempts deliveries and still "
                        + "incomplete, across the nodes (ADR 0033)")
                .register(registry);
    }

    int maxAttempts() {
        return maxAttempts;
    }

    private static boolean abandoned(EventPublication publication, Instant before) {
        if (publication.isCompleted() || !publication.getPublicationDate().isBefore(before)) {
            return false;
        }
        var last = publication.getLastResubmissionDate();
        return last == null || last.isBefore(before);
    }
}
