package se.vardkedjan.platform.devstack.bankid;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An {@code auth} or {@code sign} order, from start until the relying party has collected its outcome.
 *
 * <p>Not thread-safe: {@link Orders} owns every order and changes it only under its own lock.
 */
final class Order {

    private final UUID orderRef = UUID.randomUUID();
    private final UUID autoStartToken = UUID.randomUUID();
    private final UUID qrStartToken = UUID.randomUUID();
    private final UUID qrStartSecret = UUID.randomUUID();
    private final OrderRequest request;
    private final RpClient client;
    private final Instant createdAt;

    private OrderStatus status = OrderStatus.PENDING;
    private HintCode hintCode = HintCode.OUTSTANDING_TRANSACTION;
    private Instant startedAt;
    private TestPerson holder;
    private CompletionData completionData;
    private Instant finishedAt;

    Order(OrderRequest request, RpClient client, Instant createdAt) {
        this.request = Objects.requireNonNull(request, "request");
        this.client = Objects.requireNonNull(client, "client");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The phone app has read the order (QR code scanned): the user is now asked to sign. */
    void scan(TestPerson by, Instant now) {
        requirePending();
        if (startedAt != null) {
            throw TesterActionRefused.alreadyScanned(orderRef);
        }
        if (by != null) {
            requireAllowed(by);
            holder = by;
        }
        startedAt = now;
        hintCode = HintCode.USER_SIGN;
    }

    /** The user has signed in the app: the order is complete. Approving implies that it was scanned. */
    void complete(TestPerson by, CompletionData data, Instant now) {
        requirePending();
        requireAllowed(by);
        holder = by;
        if (startedAt == null) {
            startedAt = now;
        }
        status = OrderStatus.COMPLETE;
        hintCode = null;
        completionData = Objects.requireNonNull(data, "data");
        finishedAt = now;
    }

    /** The order has failed for the given reason. */
    void fail(HintCode reason, Instant now) {
        requirePending();
        if (!reason.isFailure()) {
            throw new IllegalArgumentException(reason.code() + " is not a hint code of a failed order");
        }
        status = OrderStatus.FAILED;
        hintCode = reason;
        finishedAt = now;
    }

    /** The hint code the order fails with when a timeout has passed: not started, or not signed in time. */
    Optional<HintCode> overdue(Instant now, Duration unstartedOrderTimeout, Duration userSignTimeout) {
        if (!isPending()) {
            return Optional.empty();
        }
        if (startedAt == null) {
            return overdue(createdAt, now, unstartedOrderTimeout) ? Optional.of(HintCode.START_FAILED) : Optional.empty();
        }
        return overdue(startedAt, now, userSignTimeout) ? Optional.of(HintCode.EXPIRED_TRANSACTION) : Optional.empty();
    }

    private static boolean overdue(Instant since, Instant now, Duration timeout) {
        return !now.isBefore(since.plus(timeout));
    }

    /** Whether this (pending) order is held by the person: required by the RP, or picked up in the app. */
    boolean isHeldBy(String personalNumber) {
        return isPending() && personalNumber.equals(holderPersonalNumber().orElse(null));
    }

    Optional<String> holderPersonalNumber() {
        if (holder != null) {
            return Optional.of(holder.personalNumber());
        }
        return request.requirement().personalNumber();
    }

    private void requireAllowed(TestPerson person) {
        var required = request.requirement().personalNumber();
        if (required.isPresent() && !required.get().equals(person.personalNumber())) {
            throw TesterActionRefused.personalNumberMismatch(orderRef, required.get());
        }
    }

    private void requirePending() {
        if (!isPending()) {
            throw TesterActionRefused.notPending(orderRef);
        }
    }

    boolean isPending() {
        return status == OrderStatus.PENDING;
    }

    boolean belongsTo(RpClient rpClient) {
        return client.fingerprint().equals(rpClient.fingerprint());
    }

    Duration age(Instant now) {
        return Duration.between(createdAt, now);
    }

    UUID orderRef() {
        return orderRef;
    }

    UUID autoStartToken() {
        return autoStartToken;
    }

    UUID qrStartToken() {
        return qrStartToken;
    }

    UUID qrStartSecret() {
        return qrStartSecret;
    }

    OrderType type() {
        return request.type();
    }

    OrderRequest request() {
        return request;
    }

    RpClient client() {
        return client;
    }

    Instant createdAt() {
        return createdAt;
    }

    OrderStatus status() {
        return status;
    }

    /** Present while pending or failed, empty when complete. */
    Optional<HintCode> hintCode() {
        return Optional.ofNullable(hintCode);
    }

    Optional<CompletionData> completionData() {
        return Optional.ofNullable(completionData);
    }

    Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
