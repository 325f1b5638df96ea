package se.vardkedjan.providercontracts.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.providercontracts.domain.EscalationStep;
import se.vardkedjan.providercontracts.persistence.AssignmentRows;
import se.vardkedjan.providercontracts.persistence.AssignmentSettingsRows;
import se.vardkedjan.providercontracts.events.AssignmentEscalated;

import java.time.Clock;

/**
 * Escalates sent assignments the provider has not answered (ADR 0024): for each, the step its deadlines make due
 * ({@link EscalationStep#due}) is recorded once, step by step, each in a transaction of its own with its history entry
 * and its {@link AssignmentEscalated} event. The claim is one {@code UPDATE ... WHERE escalation_step = <the step
 * before>}: when two app nodes run at the same moment, PostgreSQL lets one statement change the row and the other
 * finds it changed and claims nothing, so every step is recorded and published once. Reads and writes no personal
 * data; the work items show the escalations to the people concerned, through the facade.
 */
@Component
public class Escalation {

    private static final Logger LOG = LoggerFactory.getLogger(Escalation.class);
    /** At most this many assignments per run; the next run takes the rest. */
    static final int BATCH = 500;

    private final AssignmentRows assignments;
    private final AssignmentSettingsRows settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Escalation(AssignmentRows assignments, AssignmentSettingsRows settings, ApplicationEventPublisher events,
               PlatformTransactionManager transactionManager) {
        this.assignments = assignments;
        this.settings = settings;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Records the steps due on the clock's date; returns how many steps this call recorded. */
    public int run(Clock clock) {
        var deadlines = settings.get().deadlines();
        var recorded = 0;
        for (var stored : assignments.awaitingAnswer(BATCH)) {
            var assignment = stored.assignment();
            var due = EscalationStep.due(assignment.status(), assignment.sentAt(), deadlines, clock);
            var step = stored.escalation();
            while (step.level() < due.level()) {
                var next = step.next();
                var claimed = Boolean.TRUE.equals(transactions.execute(status -> {
                    if (!assignments.claimEscalation(assignment.id(), next, clock.instant())) {
                        return false;
                    }
                    events.publishEvent(new AssignmentEscalated(assignment.id(), assignment.caseId(), next.level()));
                    return true;
                }));
                if (!claimed) {
                    break;
                }
                recorded++;
                step = next;
            }
        }
        if (recorded > 0) {
            LOG.info("Recorded {} escalation steps of unanswered assignments", recorded);
        }
        return recorded;
    }
}
