package se.vardkedjan.accesslog;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One user action that reads one thing through several facades — a case page's tab built of parts, each part reading
 * through its own facade — logged as one read (ADR 0030's slice-4 amendment): while {@link #as} runs on the thread,
 * the first read row {@link AccessLog#record} writes per actor, person, case and purpose is written under the action's
 * own {@code what} (a code a module declares), and the further read rows of the same actor, person, case and purpose
 * are not written. Every facade still checks the reader's right as before, and refusals are recorded as before; a
 * change, a read of another case or person, or a read for another purpose is a row of its own. A row whose transaction
 * rolls back counts as not written, so the next read writes it.
 */
public final class OneRead {

    private record Key(String subject, PersonId person, CaseId caseId, Purpose purpose) {
    }

    private static final class Scope {
        private final String what;
        private final Set<Key> written = new HashSet<>();

        private Scope(String what) {
            this.what = what;
        }
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private OneRead() {
    }

    /**
     * Runs the action as one read named {@code what} (declared in a module's {@link AccessLogParts}); nested, the
     * outer action's name and rows hold.
     */
    public static <T> T as(String what, Supplier<T> action) {
        Objects.requireNonNull(what, "what");
        if (CURRENT.get() != null) {
            return action.get();
        }
        CURRENT.set(new Scope(what));
        try {
            return action.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** The rows to write of these: as they are outside an action; inside one, its read rows merged as described. */
    static List<AccessRecord> merge(List<AccessRecord> records) {
        var scope = CURRENT.get();
        if (scope == null) {
            return records;
        }
        var kept = new ArrayList<AccessRecord>();
        for (var row : records) {
            if (row.kind() != AccessKind.READ) {
                kept.add(row);
                continue;
            }
            var key = new Key(row.actor().subject(), row.personId(), row.caseId(), row.purpose());
            if (!scope.written.add(key)) {
                continue;
            }
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status != STATUS_COMMITTED) {
                            scope.written.remove(key);
                        }
                    }
                });
            }
            kept.add(new AccessRecord(row.actor(), row.personId(), row.caseId(), row.caseUnit(), row.kind(),
                    scope.what, row.purpose(), row.outsideUnits(), row.protectedIdentity()));
        }
        return kept;
    }
}
