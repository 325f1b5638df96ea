package se.vardkedjan.casehandling.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.casehandling.persistence.SecurityEventRows;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.SecurityEvents;

import java.time.Clock;

/**
 * Case handling keeps the security events of the whole application (table {@code casehandling.security_events}),
 * since its unit managers review them beside the access log. Each event is written in a transaction of its own: the
 * refusal that follows rolls back the caller's transaction, and the record of it must stay.
 */
@Component
class SecurityEventLog implements SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEventLog.class);

    private final SecurityEventRows rows;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SecurityEventLog(SecurityEventRows rows, PlatformTransactionManager transactions, Clock clock) {
        this.rows = rows;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void record(SecurityEvent event) {
        try {
            ownTransaction.executeWithoutResult(status -> rows.insert(clock.instant(), event));
        } catch (RuntimeException e) {
            // The caller refuses anyway; the application log keeps what the table could not (no personal data).
            LOG.error("Could not record a security event: {} {} refused for {} ({})", event.attempt(),
                    event.operation(), event.actor().subject(), event.reason(), e);
        }
    }
}
