package se.vardkedjan.followup.group;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.followup.group.persistence.GroupRows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Builds group follow-up's summaries again from the reporting views (ADR 0031): every hour (the cron
 * {@code vardkedjan.follow-up.summary-refresh-cron}); the demo data's loader builds them once after it has generated
 * the demo municipality. One transaction: the views read the old summaries until it commits. The
 * page shows when it last ran.
 */
@Component
@EnableScheduling
public class SummaryRefresh {

    private static final Logger log = LoggerFactory.getLogger(SummaryRefresh.class);

    private final GroupRows rows;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SummaryRefresh(GroupRows rows, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${vardkedjan.follow-up.summary-refresh-cron:0 20 * * * *}", zone = "Europe/Stockholm")
    public void refresh() {
        var started = Instant.now();
        transactions.executeWithoutResult(status -> rows.refresh(clock.instant()));
        log.info("Group follow-up's summaries built in {} ms", Duration.between(started, Instant.now()).toMillis());
    }
}
