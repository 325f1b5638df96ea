package se.vardkedjan.casehandling;

import java.util.Map;

/**
 * An extension point: the parts of the case file a module names in its access-log rows (the row's {@code what} code,
 * e.g. {@code JOURNAL_ENTRY}) with the text key that says each in words. Every module that writes access-log rows
 * provides one as a Spring bean; the access-log review shows the codes through them, and a test checks every key in
 * Swedish and English (ADR 0019: whole literal keys, never {@code prefix + code}). A code no table names shows as it
 * is.
 */
public interface AccessLogParts {

    /** Each {@code what} code this module writes, with the whole literal key of its text. */
    Map<String, String> textKeys();
}
