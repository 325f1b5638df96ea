package se.vardkedjan.accesslog;

import java.util.Map;
import java.util.Set;

/**
 * An extension point: the parts of a person's file a module names in its access-log rows (the row's {@code what} code,
 * e.g. {@code JOURNAL_ENTRY}) with the text key that says each in words. Every module that writes access-log rows
 * provides one as a Spring bean; {@link AccessLog#record} refuses a code that no module declares, so a forgotten
 * declaration fails the first test that writes it (ADR 0021). The access-log review shows the codes through these
 * tables, and a test checks every key in Swedish and English (ADR 0019: whole literal keys, never
 * {@code prefix + code}).
 */
public interface AccessLogParts {

    /** Each {@code what} code this module writes, with the whole literal key of its text. */
    Map<String, String> textKeys();

    /**
     * The codes of this module that are written for an overview of many persons at once (a page of a list, search
     * hits, the start page's reminders), not for opening one person's file. The hint "Många personer" counts the
     * persons whose file was opened, so ordinary browsing of lists does not raise it (ADR 0021).
     */
    default Set<String> overviewCodes() {
        return Set.of();
    }
}
