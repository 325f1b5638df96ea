package se.vardkedjan.accesslog;

import java.util.Map;

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
}
