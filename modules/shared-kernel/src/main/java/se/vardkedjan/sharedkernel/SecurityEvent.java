package se.vardkedjan.sharedkernel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A refused attempt, recorded for the people who review access (and, as the list of {@link Reason}s grows, other
 * events that deserve the same review). It names the actor and pseudonymous ids only: never a client's name, personal
 * number or any free text, so that the record can be kept and shown without being personal data about clients.
 *
 * @param actor     who tried (their Keycloak subject, username and units at the time are kept)
 * @param attempt   what kind of attempt it was
 * @param operation the code of what was attempted: a facade's {@code what} (e.g. {@code CASE}, {@code JOURNAL_ENTRY}),
 *                  a route's path (e.g. {@code arenden}) or a method ({@code CaseHandling.list}); letters, digits and
 *                  {@code _ . : / * -} only, at most 200 characters
 * @param target    what the attempt aimed at, when it aimed at one record; may be null
 * @param reason    why it was refused
 */
public record SecurityEvent(Actor actor, Attempt attempt, String operation, Target target, Reason reason) {

    private static final Pattern OPERATION = Pattern.compile("[A-Za-z0-9_.:/*-]{1,200}");

    public SecurityEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(reason, "reason");
        if (operation == null || !OPERATION.matcher(operation).matches()) {
            throw new IllegalArgumentException("An operation is a code of letters, digits and _.:/*- : " + operation);
        }
    }

    /** What kind of attempt was refused. */
    public enum Attempt {
        /** Reading personal data through a facade. */
        READ,
        /** Changing personal data through a facade. */
        CHANGE,
        /** Opening a view (a page) the user's roles do not allow. */
        VIEW,
        /** Calling a facade method the user's roles do not allow (method security). */
        CALL,
        /** Signing in (the grants of the account are refused, not the login itself). */
        SIGN_IN
    }

    /**
     * Why the attempt was refused. A module that needs another reason adds a constant here, with its texts in the
     * review ({@code casehandling.staff.refusals.reason.*}) and nothing else: the database stores the name.
     */
    public enum Reason {
        /** The user's role does not allow it (a view, a facade method, an act only a unit manager may do). */
        ROLE,
        /** The case or the unit belongs to a unit the user does not belong to. */
        OUTSIDE_UNITS,
        /** The person has a protected identity and the user is not named on their case. */
        PROTECTED_NOT_NAMED,
        /** No such record, or one the user may not even know exists (a probe by id). */
        UNKNOWN_TARGET,
        /** A region participant without a live grant for the SIP. */
        NO_GRANT,
        /**
         * An act that needs a second person, tried alone: naming oneself on a protected case, deciding one's own
         * proposal to lift or change a protection.
         */
        SECOND_PERSON,
        /**
         * A sign-in under a username that is bound to another Keycloak subject: an account renamed to someone else's
         * username. It gets none of that username's grants.
         */
        ACCOUNT_MISMATCH,
        /**
         * An adult a client trusts with reading access, aiming at a part of the client's file the client did not share
         * with them (or trying to change anything in it): a trusted reader reads only what was shared (ADR 0028).
         */
        NOT_SHARED,
        /**
         * The client has blocked their portal access: every part of their file but their choices is refused, to them
         * and to the adults they trust (ADR 0028).
         */
        BLOCKED_BY_CLIENT
    }

    /**
     * What an attempt aimed at, by pseudonymous id.
     *
     * @param kind the kind of record, an upper-case code such as {@code CASE}, {@code PERSON}, {@code JOURNAL_ENTRY}
     * @param id   its id: a UUID or a code of lower-case letters, digits and hyphens (never a personal number)
     * @param unit the unit the record belongs to, when known (it decides which unit managers see the event)
     */
    public record Target(String kind, String id, UnitCode unit) {

        private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,31}");
        private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
        private static final Pattern PERSONAL_NUMBER = Pattern.compile("\\d{6}(\\d{2})?-?\\d{4}");

        public Target {
            if (kind == null || !KIND.matcher(kind).matches()) {
                throw new IllegalArgumentException("A target kind is an upper-case code: " + kind);
            }
            if (id != null && (!ID.matcher(id).matches() || PERSONAL_NUMBER.matcher(id).matches())) {
                // The id itself is not repeated: it might be exactly what must not be written anywhere.
                throw new IllegalArgumentException("A target id is a UUID or a lower-case code");
            }
        }

        /** A record by its id (a UUID, or an id type's value). */
        public static Target of(String kind, Object id) {
            return new Target(kind, id == null ? null : id.toString(), null);
        }

        /** The same target, known to belong to a unit. */
        public Target in(UnitCode owningUnit) {
            return new Target(kind, id, owningUnit);
        }
    }
}
