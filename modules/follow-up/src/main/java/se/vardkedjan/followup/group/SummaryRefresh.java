package se.vardkedjan.followup.group;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.followup.group.persistence.GroupRows;
import se.vardkedjan.sharedkernel.OnceAcrossNodes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Builds group follow-up's summaries again from the reporting views (ADR 0031): every hour (the cron
 * {@code vardkedjan.follow-up.summary-refresh-cron}); the demo data's loader builds them once after it has generated
 * the demo municipality. One transaction: the views read the old summaries until it commits. The
 * page shows when it last ran. The hourly rebuild runs on one app node per tick ({@link OnceAcrossNodes}, ADR 0033): at
 * national scale it takes minutes, and two at once would double the load and wait on each other's locks. A rebuild cut
 * off (its node died) changed nothing, and the next tick builds them again.
 */
@Component
@EnableScheduling
public class SummaryRefresh {

    /** When the job fires (Spring cron, Swedish time): the scheduler and the run-once lock read the same setting. */
    static final String CRON = "${vardkedjan.follow-up.summary-refresh-cron:0 20 * * * *}";

    private static final Logger log = LoggerFactory.getLogger(SummaryRefresh.class);

    private final GroupRows rows;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final OnceAcrossNodes once;
    private final String cron;

    SummaryRefresh(GroupRows rows, TransactionTemplate transactions, Clock clock, OnceAcrossNodes once,
                   @Value(CRON) String cron) {
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
        this.once = once;
        this.cron = cron;
    }

    /** The scheduled rebuild: on one node per tick. */
    @Scheduled(cron = CRON, zone = "Europe/Stockholm")
    public void refreshOnOneNode() {
        once.run("followup.summary-refresh", cron, this::refresh);
    }

    /** Builds the summaries again now, on this node. */
    public void refresh() {
        var started = Instant.now();
        transactions.executeWithoutResult(status -> rows.refresh(clock.instant()));
        log.info("Group follow-up's summaries built in {} ms", Duration.between(started, Instant.now()).toMillis());
    }
}
