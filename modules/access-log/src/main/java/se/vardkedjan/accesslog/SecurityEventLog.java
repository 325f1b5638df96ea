package se.vardkedjan.accesslog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.persistence.SecurityEventRows;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.sharedkernel.SecurityEvents;

import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The security events of the whole application (table {@code accesslog.security_events}, append-only): the shared
 * kernel's {@link SecurityEvents}, which every module and the platform record refusals through, and the search a unit
 * manager's review reads beside the access log. Each event is written in a transaction of its own: the refusal that
 * follows rolls back the caller's transaction, and the record of it must stay.
 */
@Component
public class SecurityEventLog implements SecurityEvents {

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

    /**
     * A page of events, newest first, that concern the given units: aimed at a record of one of them, or by a user who
     * belonged to one of them at the time; each marked when its user was refused many times within ten minutes. In the
     * caller's transaction: the caller's facade checks the reader's right.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<SecurityEventLine> search(SecurityEventQuery query, Set<UnitCode> units, int offset, int limit) {
        return rows.search(query, Set.copyOf(units), offset, limit);
    }

    /** How many events {@link #search} would find. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int count(SecurityEventQuery query, Set<UnitCode> units) {
        return rows.count(query, Set.copyOf(units));
    }
}
