package se.vardkedjan.sharedkernel;

/**
 * Where every module records a {@link SecurityEvent}, such as an attempt it refused. Case handling keeps them in an
 * append-only table that unit managers review beside the access log; the platform records the refusals of views and
 * of method security here too.
 *
 * <p>Call it where the refusal happens, with what is known there:
 * <pre>{@code
 * securityEvents.record(new SecurityEvent(actor, Attempt.READ, "CASE",
 *         Target.of("CASE", caseId.value()).in(unit), Reason.OUTSIDE_UNITS));
 * }</pre>
 */
public interface SecurityEvents {

    /**
     * Records the event in a transaction of its own, so that it stays when the caller's transaction rolls back (as a
     * refusal thrown from a {@code @Transactional} method makes it). Never throws: a failure to record is written to
     * the application log, and the caller goes on to refuse.
     */
    void record(SecurityEvent event);
}
