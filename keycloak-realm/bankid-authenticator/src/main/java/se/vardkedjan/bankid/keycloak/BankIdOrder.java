package se.vardkedjan.bankid.keycloak;

import org.keycloak.sessions.AuthenticationSessionModel;
import se.vardkedjan.bankid.keycloak.qr.AnimatedQrCode;
import se.vardkedjan.bankid.keycloak.rp.OrderStarted;

import java.time.Instant;
import java.util.Optional;

/**
 * The BankID order of one login, kept in the notes of Keycloak's authentication session: server-side, and bound to
 * the browser tab that started it. The browser never sees the order reference or the QR secret, and never sends
 * either; everything the page asks for is answered from these notes.
 */
record BankIdOrder(String orderRef, String autoStartToken, String qrStartToken, String qrStartSecret, Instant started,
                   Status status, UserMessage message, Instant lastCollected, Person person, Instant completed) {

    enum Status { PENDING, FAILED, COMPLETE }

    /** Who BankID says completed the order; the personal number is validated before it is stored here. */
    record Person(String personalNumber, String givenName, String surname) {
        @Override
        public String toString() {
            return "Person[(hidden)]";
        }
    }

    private static final String PREFIX = "vardkedjan.bankid.";
    private static final String ORDER_REF = PREFIX + "orderRef";
    private static final String AUTO_START_TOKEN = PREFIX + "autoStartToken";
    private static final String QR_START_TOKEN = PREFIX + "qrStartToken";
    private static final String QR_START_SECRET = PREFIX + "qrStartSecret";
    private static final String STARTED = PREFIX + "started";
    private static final String STATUS = PREFIX + "status";
    private static final String MESSAGE = PREFIX + "message";
    private static final String LAST_COLLECTED = PREFIX + "lastCollected";
    private static final String PERSONAL_NUMBER = PREFIX + "personalNumber";
    private static final String GIVEN_NAME = PREFIX + "givenName";
    private static final String SURNAME = PREFIX + "surname";
    private static final String COMPLETED = PREFIX + "completed";
    private static final String[] ALL = {ORDER_REF, AUTO_START_TOKEN, QR_START_TOKEN, QR_START_SECRET, STARTED, STATUS,
            MESSAGE, LAST_COLLECTED, PERSONAL_NUMBER, GIVEN_NAME, SURNAME, COMPLETED};

    /** A new order as BankID answered {@code auth}: pending, never collected. */
    static BankIdOrder started(OrderStarted order, Instant now) {
        return new BankIdOrder(order.orderRef(), order.autoStartToken(), order.qrStartToken(), order.qrStartSecret(),
                now, Status.PENDING, UserMessage.RFA1, null, null, null);
    }

    /** A login where no order could be started (BankID refused or was unreachable). */
    static BankIdOrder notStarted(UserMessage message) {
        return new BankIdOrder(null, null, null, null, null, Status.FAILED, message, null, null, null);
    }

    boolean isPending() {
        return status == Status.PENDING;
    }

    boolean isComplete() {
        return status == Status.COMPLETE;
    }

    AnimatedQrCode qrCode() {
        return new AnimatedQrCode(qrStartToken, qrStartSecret, started);
    }

    BankIdOrder collectedAt(Instant when, UserMessage pendingMessage) {
        return new BankIdOrder(orderRef, autoStartToken, qrStartToken, qrStartSecret, started, Status.PENDING,
                pendingMessage, when, null, null);
    }

    BankIdOrder failed(UserMessage failure) {
        return new BankIdOrder(orderRef, null, null, null, started, Status.FAILED, failure, lastCollected, null, null);
    }

    BankIdOrder completed(Person who, Instant when) {
        return new BankIdOrder(orderRef, null, null, null, started, Status.COMPLETE, UserMessage.RFA21, when, who, when);
    }

    static Optional<BankIdOrder> load(AuthenticationSessionModel session) {
        var status = session.getAuthNote(STATUS);
        if (status == null) {
            return Optional.empty();
        }
        var personalNumber = session.getAuthNote(PERSONAL_NUMBER);
        return Optional.of(new BankIdOrder(
                session.getAuthNote(ORDER_REF),
                session.getAuthNote(AUTO_START_TOKEN),
                session.getAuthNote(QR_START_TOKEN),
                session.getAuthNote(QR_START_SECRET),
                instant(session.getAuthNote(STARTED)),
                Status.valueOf(status),
                UserMessage.valueOf(session.getAuthNote(MESSAGE)),
                instant(session.getAuthNote(LAST_COLLECTED)),
                personalNumber == null ? null : new Person(personalNumber, session.getAuthNote(GIVEN_NAME),
                        session.getAuthNote(SURNAME)),
                instant(session.getAuthNote(COMPLETED))));
    }

    void save(AuthenticationSessionModel session) {
        clear(session);
        set(session, ORDER_REF, orderRef);
        set(session, AUTO_START_TOKEN, autoStartToken);
        set(session, QR_START_TOKEN, qrStartToken);
        set(session, QR_START_SECRET, qrStartSecret);
        set(session, STARTED, started == null ? null : Long.toString(started.toEpochMilli()));
        set(session, STATUS, status.name());
        set(session, MESSAGE, message.name());
        set(session, LAST_COLLECTED, lastCollected == null ? null : Long.toString(lastCollected.toEpochMilli()));
        set(session, COMPLETED, completed == null ? null : Long.toString(completed.toEpochMilli()));
        if (person != null) {
            set(session, PERSONAL_NUMBER, person.personalNumber());
            set(session, GIVEN_NAME, person.givenName());
            set(session, SURNAME, person.surname());
        }
    }

    static void clear(AuthenticationSessionModel session) {
        for (var note : ALL) {
            session.removeAuthNote(note);
        }
    }

    private static void set(AuthenticationSessionModel session, String note, String value) {
        if (value != null) {
            session.setAuthNote(note, value);
        }
    }

    private static Instant instant(String epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(Long.parseLong(epochMillis));
    }

    @Override
    public String toString() {
        return "BankIdOrder[orderRef=" + orderRef + ", status=" + status + ", message=" + message + "]";
    }
}
