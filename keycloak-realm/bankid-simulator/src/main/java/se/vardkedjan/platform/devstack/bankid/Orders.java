package se.vardkedjan.platform.devstack.bankid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * All orders of the simulator, in memory, and everything that happens to them: started and collected by the relying
 * party, scanned, approved or cancelled by the (simulated) user, failed by timeouts.
 *
 * <p>Thread-safe: every method holds the store's lock, and orders are only changed under it. Timeouts are applied
 * lazily: whenever the store is used, pending orders past their time fail first.
 */
final class Orders {

    /** How long the outcome of a completed order can be collected (after that the real service forgets it). */
    static final Duration COMPLETED_RETENTION = Duration.ofMinutes(3);
    /** How long the outcome of a failed order can be collected. */
    static final Duration FAILED_RETENTION = Duration.ofMinutes(5);

    private final Clock clock;
    private final Duration unstartedOrderTimeout;
    private final Duration userSignTimeout;
    private final TestBank bank;
    private final Map<UUID, Order> orders = new LinkedHashMap<>();

    Orders(Clock clock, Duration unstartedOrderTimeout, Duration userSignTimeout, TestBank bank) {
        this.clock = clock;
        this.unstartedOrderTimeout = unstartedOrderTimeout;
        this.userSignTimeout = userSignTimeout;
        this.bank = bank;
    }

    // --- the relying party (RP API) ---

    /**
     * Starts an order. When the request names a personal number and that person already has a pending order, the
     * real service aborts that order and creates none: the old order fails with {@code cancelled} and the request
     * fails with {@code alreadyInProgress}.
     */
    synchronized Order start(OrderRequest request, RpClient client) {
        Instant now = applyTimeouts();
        var personalNumber = request.requirement().personalNumber();
        if (personalNumber.isPresent()) {
            List<Order> inProgress = pendingHeldBy(personalNumber.get(), null);
            if (!inProgress.isEmpty()) {
                inProgress.forEach(order -> order.fail(HintCode.CANCELLED, now));
                throw RpApiError.ALREADY_IN_PROGRESS.exception();
            }
        }
        var order = new Order(request, client, now);
        orders.put(order.orderRef(), order);
        return order;
    }

    /** The order's state for {@code collect}. A completed or failed order is forgotten once collected. */
    synchronized CollectAnswer collect(String orderRef, RpClient client) {
        applyTimeouts();
        Order order = ownedBy(orderRef, client);
        var answer = new CollectAnswer(order.orderRef(), order.status(), order.hintCode(), order.completionData());
        if (!order.isPending()) {
            orders.remove(order.orderRef());
        }
        return answer;
    }

    /** The relying party cancels the order: the service forgets it, so a later collect finds no such order. */
    synchronized void cancel(String orderRef, RpClient client) {
        applyTimeouts();
        orders.remove(ownedBy(orderRef, client).orderRef());
    }

    private Order ownedBy(String orderRef, RpClient client) {
        return parse(orderRef)
                .map(orders::get)
                .filter(order -> order.belongsTo(client))
                .orElseThrow(() -> RpApiError.INVALID_PARAMETERS.withDetails("No such order"));
    }

    // --- the user, through the tester page or the tester API ---

    /** The pending orders, oldest first. */
    synchronized List<PendingOrder> pending() {
        Instant now = applyTimeouts();
        return orders.values().stream()
                .filter(Order::isPending)
                .sorted(Comparator.comparing(Order::createdAt))
                .map(order -> PendingOrder.of(order, now))
                .toList();
    }

    /**
     * The phone app scans the order's QR code. Without QR data the scan is not checked (the tester page's button);
     * with it, the data must be a current code of this order. When the scanning person is known, their other pending
     * orders are cancelled.
     */
    synchronized void scan(String orderRef, Optional<String> qrData, Optional<TestPerson> by) {
        Instant now = applyTimeouts();
        Order order = pendingOrder(orderRef);
        if (qrData.isPresent()) {
            var code = AnimatedQrCode.parse(qrData.get())
                    .orElseThrow(() -> TesterActionRefused.scanRefused(ScanRefusal.MALFORMED));
            code.checkAgainst(order.qrStartToken().toString(), order.qrStartSecret().toString(), order.age(now))
                    .ifPresent(refusal -> {
                        throw TesterActionRefused.scanRefused(refusal);
                    });
        }
        order.scan(by.orElse(null), now);
        by.ifPresent(person -> cancelOtherOrdersOf(person, order, now));
    }

    /** The phone app scans QR data without knowing which order it belongs to; returns the order's reference. */
    synchronized UUID scan(String qrData, Optional<TestPerson> by) {
        applyTimeouts();
        var code = AnimatedQrCode.parse(qrData).orElseThrow(() -> TesterActionRefused.scanRefused(ScanRefusal.MALFORMED));
        Order order = orders.values().stream()
                .filter(Order::isPending)
                .filter(candidate -> candidate.qrStartToken().toString().equals(code.qrStartToken()))
                .findFirst()
                .orElseThrow(() -> TesterActionRefused.scanRefused(ScanRefusal.UNKNOWN_TOKEN));
        scan(order.orderRef().toString(), Optional.of(qrData), by);
        return order.orderRef();
    }

    /** The user signs in the app: the order completes with this person's identity. */
    synchronized void approve(String orderRef, TestPerson person) {
        Instant now = applyTimeouts();
        Order order = pendingOrder(orderRef);
        order.complete(person, bank.complete(order, person, now), now);
        cancelOtherOrdersOf(person, order, now);
    }

    /** The user presses cancel in the app. */
    synchronized void cancelByUser(String orderRef) {
        fail(orderRef, HintCode.USER_CANCEL);
    }

    /** The order fails for the given reason, as if the app or the service had failed it. */
    synchronized void fail(String orderRef, HintCode reason) {
        Instant now = applyTimeouts();
        pendingOrder(orderRef).fail(reason, now);
    }

    /** The order expires now, as if its time had run out. */
    synchronized void expire(String orderRef) {
        fail(orderRef, HintCode.EXPIRED_TRANSACTION);
    }

    private Order pendingOrder(String orderRef) {
        Order order = parse(orderRef).map(orders::get).orElseThrow(() -> TesterActionRefused.noSuchOrder(orderRef));
        if (!order.isPending()) {
            throw TesterActionRefused.notPending(order.orderRef());
        }
        return order;
    }

    private void cancelOtherOrdersOf(TestPerson person, Order current, Instant now) {
        pendingHeldBy(person.personalNumber(), current).forEach(order -> order.fail(HintCode.CANCELLED, now));
    }

    private List<Order> pendingHeldBy(String personalNumber, Order except) {
        List<Order> held = new ArrayList<>();
        for (Order order : orders.values()) {
            if (order != except && order.isHeldBy(personalNumber)) {
                held.add(order);
            }
        }
        return held;
    }

    /** Fails pending orders whose time has run out and forgets outcomes nobody collected in time. */
    private Instant applyTimeouts() {
        Instant now = clock.instant();
        for (Order order : orders.values()) {
            order.overdue(now, unstartedOrderTimeout, userSignTimeout).ifPresent(reason -> order.fail(reason, now));
        }
        orders.values().removeIf(order -> order.finishedAt()
                .map(finished -> finished.plus(order.status() == OrderStatus.COMPLETE
                        ? COMPLETED_RETENTION : FAILED_RETENTION))
                .map(deadline -> !now.isBefore(deadline))
                .orElse(false));
        return now;
    }

    private static Optional<UUID> parse(String orderRef) {
        if (orderRef == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(orderRef.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What {@code collect} answers. */
    record CollectAnswer(UUID orderRef, OrderStatus status, Optional<HintCode> hintCode,
                         Optional<CompletionData> completionData) {
    }

    /** A pending order as the tester sees it. */
    record PendingOrder(UUID orderRef, OrderType type, HintCode hintCode, UUID qrStartToken, UUID autoStartToken,
                        Instant createdAt, Duration age, String endUserIp, Optional<String> requiredPersonalNumber,
                        boolean scanned) {

        static PendingOrder of(Order order, Instant now) {
            HintCode hint = order.hintCode().orElseThrow();
            return new PendingOrder(order.orderRef(), order.type(), hint, order.qrStartToken(),
                    order.autoStartToken(), order.createdAt(), order.age(now), order.request().endUserIp(),
                    order.request().requirement().personalNumber(), hint != HintCode.OUTSTANDING_TRANSACTION);
        }
    }
}
