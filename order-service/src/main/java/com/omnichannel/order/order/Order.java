package com.omnichannel.order.order;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.omnichannel.order.loyalty.LoyaltyRules;
import com.omnichannel.order.order.ConsideredLocation.Verdict;
import com.omnichannel.order.order.SourcingDecidedEvent.Trigger;
import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.pricing.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An order: its groups, the reservations each group holds, and its status. It keeps the books of the placement
 * (which reservation belongs to which attempt of which group) and confirms itself when every line is reserved;
 * {@link OrderPlacementSaga} decides where to ask next when a location falls short, and {@link PlacementTimeouts}
 * gives up on an order inventory has not answered in time. A reservation the order does not want
 * (an abandoned attempt, a cancelled order) is released as soon as it is confirmed.
 *
 * <p>Once confirmed, each group goes its own way in the store: a pickup group is made ready with a pickup code and
 * expires (a durable deadline) unless it is handed over in time; a ship group is shipped. Goods that leave the
 * building fulfil their reservations; an expired group releases them. A short pick sends what is missing to
 * another location as a new group, reserved here candidate by candidate (not by the placement saga), or
 * cancels those lines with a refund when nobody has them. When no group is left open the order is completed (or
 * cancelled, if nothing reached the customer).
 */
@Aggregate(cache = "orderCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Order {

    public enum Status { PLACED, CONFIRMED, REJECTED, CANCELLED, COMPLETED }

    static final String PICKUP_EXPIRY = "pickup-expiry";
    static final String PICKUP_REMINDER = "pickup-reminder";
    static final int MAX_WRONG_CODES = 5;
    private static final String READY = "READY_FOR_PICKUP";

    @AggregateIdentifier
    private String orderId;
    private Status status;
    private String channel;
    private String customerId;
    private long pointsRedeemed;
    private String currency;
    private Map<String, GroupPlan> groups = new LinkedHashMap<>();
    /** Per group: the attempt in progress, its location and its reservations (true when confirmed). */
    private Map<String, Attempt> attempts = new LinkedHashMap<>();
    /** Every reservation ever requested: id to (group, attempt). */
    private Map<String, Requested> requested = new LinkedHashMap<>();
    /** Per group, once the store has worked on it: its status and pickup details. */
    private Map<String, Progress> progress = new LinkedHashMap<>();
    /** Per picked group: what was picked (what leaves when it is handed over or shipped). */
    private Map<String, List<OrderLineItem>> picked = new LinkedHashMap<>();
    /** Per sourced group: the locations weighed at its latest sourcing decision. */
    private Map<String, List<ConsideredLocation>> sourced = new LinkedHashMap<>();
    /** Groups added by a short pick whose stock is still being reserved. */
    private Set<String> rerouting = new LinkedHashSet<>();
    /** Returns: their ids, the quantities back per SKU, what they refunded and the points they took back. */
    private Set<String> returnIds = new LinkedHashSet<>();
    private Map<String, Integer> returned = new LinkedHashMap<>();
    private long refunded;
    private long pointsReversed;
    /** What the points redeemed took off the order's total. */
    private long pointsDiscount;
    /** What the customer paid for what reached them, as the completion counted it (points were earned on it). */
    private long completedValue;

    record Attempt(int number, String locationId, Map<String, Boolean> confirmed) {

        boolean complete() {
            return !confirmed.isEmpty() && confirmed.values().stream().allMatch(Boolean::booleanValue);
        }
    }

    record Requested(String groupId, int attempt, String locationId, String sku) {
    }

    record Progress(String status, String pickupCode, Instant holdUntil, int wrongCodes) {

        boolean closed() {
            return "COLLECTED".equals(status) || "SHIPPED".equals(status) || "EXPIRED".equals(status)
                    || "CANCELLED".equals(status);
        }

        boolean fulfilled() {
            return "COLLECTED".equals(status) || "SHIPPED".equals(status);
        }
    }

    protected Order() {
        // for Axon
    }

    @CommandHandler
    public Order(PlaceOrderCommand c) {
        if (c.groups().isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one group");
        }
        apply(new OrderPlacedEvent(c.orderId(), c.customerId(), c.channel(), c.groups(), c.shippingAddress(),
                c.payment(), c.total(), c.currency(), c.pointsRedeemed(), c.placedAt()));
        if (c.sourcing() != null) {
            c.sourcing().forEach((groupId, considered) -> {
                List<String> candidates = ConsideredLocation.candidates(considered);
                apply(new SourcingDecidedEvent(c.orderId(), groupId, Trigger.PLACEMENT,
                        candidates.isEmpty() ? null : candidates.get(0), considered));
            });
        }
        // every group asks its first candidate at once; an order with a group nobody can serve is rejected at once
        Optional<GroupPlan> unserved = c.groups().stream().filter(g -> g.candidates().isEmpty()).findFirst();
        if (unserved.isPresent()) {
            apply(new OrderRejectedEvent(c.orderId(), "no location can serve group " + unserved.get().groupId(),
                    c.customerId(), c.pointsRedeemed()));
        } else {
            c.groups().forEach(g -> apply(reservationRequest(c.orderId(), c.channel(), g, 0)));
        }
    }

    @CommandHandler
    public void handle(RequestGroupReservationCommand c) {
        GroupPlan group = groups.get(c.groupId());
        if (status != Status.PLACED || group == null
                || (attempts.containsKey(c.groupId()) && attempts.get(c.groupId()).number() >= c.attempt())) {
            return;
        }
        boolean left = c.attempt() < group.candidates().size();
        if (c.noCapacity() != null && !c.noCapacity().isEmpty() && sourced.containsKey(c.groupId())) {
            String next = left ? group.candidates().get(c.attempt()) : null;
            apply(new SourcingDecidedEvent(orderId, c.groupId(), Trigger.RESERVATION_REFUSED, next,
                    ConsideredLocation.withoutCapacityAt(sourced.get(c.groupId()), c.noCapacity(), next)));
        }
        if (left) {
            requestAttempt(group, c.attempt());
        }
    }

    private void requestAttempt(GroupPlan group, int attempt) {
        apply(reservationRequest(orderId, channel, group, attempt));
    }

    private static GroupReservationRequestedEvent reservationRequest(String orderId, String channel, GroupPlan group,
                                                                     int attempt) {
        List<LineReservation> lines = new ArrayList<>();
        for (int i = 0; i < group.lines().size(); i++) {
            OrderLineItem line = group.lines().get(i);
            lines.add(new LineReservation(orderId + "-" + group.groupId() + "-" + attempt + "-" + i, line.sku(),
                    line.quantity()));
        }
        return new GroupReservationRequestedEvent(orderId, group.groupId(), attempt, group.candidates().get(attempt),
                lines, channel);
    }

    @CommandHandler
    public void handle(RecordReservationOutcomeCommand c) {
        Requested r = requested.get(c.reservationId());
        if (r == null) {
            return; // not one of ours
        }
        Attempt current = attempts.get(r.groupId());
        boolean reserving = status == Status.PLACED
                || (status == Status.CONFIRMED && rerouting.contains(r.groupId()));
        boolean wanted = reserving && current.number() == r.attempt()
                && current.confirmed().containsKey(c.reservationId());
        if (c.confirmed()) {
            if (!wanted) {
                apply(new ReservationReleaseRequestedEvent(orderId, c.reservationId(), r.locationId(), r.sku()));
            } else if (!current.confirmed().get(c.reservationId())) {
                apply(new LineReservationConfirmedEvent(orderId, r.groupId(), c.reservationId()));
                if (status == Status.CONFIRMED) {
                    if (attempts.get(r.groupId()).complete()) {
                        apply(new GroupAllocatedEvent(orderId, r.groupId(), r.locationId()));
                    }
                } else if (attempts.size() == groups.size()
                        && attempts.values().stream().allMatch(Attempt::complete)) {
                    apply(new OrderConfirmedEvent(orderId, Instant.now()));
                }
            }
        } else if (wanted) {
            GroupPlan group = groups.get(r.groupId());
            apply(new GroupReservationFailedEvent(orderId, r.groupId(), r.attempt(), r.locationId(), r.sku(),
                    c.available(), group.candidates(), status == Status.PLACED));
            releaseAll(current, c.reservationId());
            resource(group, r.attempt());
            if (status == Status.CONFIRMED) {
                if (r.attempt() + 1 < group.candidates().size()) {
                    requestAttempt(group, r.attempt() + 1);
                } else {
                    cancelLines(group.groupId(), group.lines(), "no location has the goods");
                    closeIfDone(Instant.now());
                }
            }
        }
    }

    /**
     * A full pick marks the group picked. A short pick also sends what is missing to the first of the reroute
     * candidates as a new group of the same type, or cancels it with a refund when there are none; a group with
     * nothing picked at all is cancelled, its reservations fulfilled to write the missing stock off.
     */
    @CommandHandler
    public void handle(PickGroupCommand c) {
        GroupPlan group = plan(c.groupId());
        if (!"ALLOCATED".equals(groupStatus(c.groupId()))) {
            throw conflict("Group " + c.groupId() + " is " + groupStatus(c.groupId()).toLowerCase()
                    + " and cannot be picked");
        }
        Map<String, Integer> pickedQuantities = new LinkedHashMap<>();
        for (int i = 0; i < c.lines().size(); i++) {
            PickGroupCommand.PickedLine line = c.lines().get(i);
            if (group.lines().stream().noneMatch(l -> l.sku().equals(line.sku()))) {
                throw new FieldValidationException("lines[" + i + "].sku",
                        "group " + c.groupId() + " has no line for " + line.sku());
            }
            pickedQuantities.merge(line.sku(), line.quantity(), Integer::sum);
        }
        List<OrderLineItem> pickedLines = new ArrayList<>();
        List<OrderLineItem> shortfall = new ArrayList<>();
        for (OrderLineItem line : group.lines()) {
            int quantity = pickedQuantities.getOrDefault(line.sku(), 0);
            if (quantity > line.quantity()) {
                throw new BusinessRuleViolation("conflict", "Picked " + quantity + " of " + line.sku()
                        + " but group " + c.groupId() + " has only " + line.quantity(),
                        Map.of("sku", line.sku(), "ordered", line.quantity()));
            }
            if (quantity > 0) {
                pickedLines.add(withQuantity(line, quantity));
            }
            if (quantity < line.quantity()) {
                shortfall.add(withQuantity(line, line.quantity() - quantity));
            }
        }
        apply(new GroupPickedEvent(orderId, c.groupId(), locationOf(c.groupId()), pickedLines, shortfall, c.at()));
        if (!shortfall.isEmpty()) {
            List<ConsideredLocation> considered = c.reroute() == null ? List.of() : c.reroute();
            List<String> candidates = ConsideredLocation.candidates(considered);
            if (candidates.isEmpty()) {
                apply(new SourcingDecidedEvent(orderId, c.groupId(), Trigger.SHORT_PICK, null, considered));
                cancelLines(c.groupId(), shortfall, "no other location has the goods");
            } else {
                GroupPlan reroute = new GroupPlan(c.groupId() + "-R" + groups.size(), group.type(), shortfall,
                        candidates);
                apply(new GroupReroutedEvent(orderId, c.groupId(), reroute));
                apply(new SourcingDecidedEvent(orderId, reroute.groupId(), Trigger.SHORT_PICK, candidates.get(0),
                        considered));
                requestAttempt(reroute, 0);
            }
        }
        if (pickedLines.isEmpty()) {
            fulfilAll(c.groupId());
        }
        closeIfDone(c.at());
    }

    /**
     * Takes back goods that reached the customer (collected or shipped groups, as picked), at the prices paid, in
     * any store. More than was delivered and not yet returned, or the same return again, is a conflict. Once the
     * order has earned its points, the points on the refund are reversed (never more than were earned).
     */
    @CommandHandler
    public GoodsReturnedEvent handle(ReturnGoodsCommand c, LoyaltyRules rules) {
        if (returnIds.contains(c.returnId())) {
            throw conflict("Return " + c.returnId() + " of order " + orderId + " is already recorded");
        }
        Map<String, Integer> asked = new LinkedHashMap<>();
        c.lines().forEach(l -> asked.merge(l.sku(), l.quantity(), Integer::sum));
        Map<String, Integer> delivered = new LinkedHashMap<>();
        Map<String, OrderLineItem> prices = new LinkedHashMap<>();
        groups.values().stream().filter(g -> progress.containsKey(g.groupId()) && progress.get(g.groupId()).fulfilled())
                .flatMap(g -> picked.getOrDefault(g.groupId(), g.lines()).stream())
                .forEach(l -> {
                    delivered.merge(l.sku(), l.quantity(), Integer::sum);
                    prices.putIfAbsent(l.sku(), l);
                });
        List<OrderLineItem> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> line : asked.entrySet()) {
            int returnable = delivered.getOrDefault(line.getKey(), 0) - returned.getOrDefault(line.getKey(), 0);
            if (line.getValue() > returnable) {
                throw new BusinessRuleViolation("conflict", "Order " + orderId + " has " + returnable + " of "
                        + line.getKey() + " that reached the customer and are not returned yet, not "
                        + line.getValue(), Map.of("sku", line.getKey(), "returnable", returnable));
            }
            lines.add(withQuantity(prices.get(line.getKey()), line.getValue()));
        }
        long refund = lines.stream().mapToLong(OrderLineItem::lineTotal).sum();
        long points = 0;
        if (status == Status.COMPLETED) {
            long earned = rules.pointsEarnedFor(new Money(completedValue, currency));
            points = Math.min(earned - pointsReversed, rules.pointsEarnedFor(new Money(refund, currency)));
        }
        GoodsReturnedEvent event = new GoodsReturnedEvent(orderId, c.returnId(), c.storeId(), lines, c.reason(), refund,
                currency, Math.max(points, 0), customerId, c.at());
        apply(event);
        return event;
    }

    /**
     * A sourced group whose reservation was refused at its candidate number {@code failed} moves to the next
     * candidate (the placement saga, or the re-routing here, asks there), or to none when no candidate is left.
     */
    private void resource(GroupPlan group, int failed) {
        List<ConsideredLocation> before = sourced.get(group.groupId());
        if (before == null) {
            return;
        }
        List<String> candidates = group.candidates();
        String next = failed + 1 < candidates.size() ? candidates.get(failed + 1) : null;
        List<ConsideredLocation> after = before.stream().map(l -> {
            int index = candidates.indexOf(l.locationId());
            if (index >= 0 && index <= failed) {
                return l.as(Verdict.ALREADY_TRIED);
            }
            return l.locationId().equals(next) ? l.as(Verdict.CHOSEN) : l;
        }).toList();
        apply(new SourcingDecidedEvent(orderId, group.groupId(), Trigger.RESERVATION_REFUSED, next, after));
    }

    private void cancelLines(String groupId, List<OrderLineItem> lines, String reason) {
        long refund = lines.stream().mapToLong(OrderLineItem::lineTotal).sum();
        apply(new LinesCancelledEvent(orderId, groupId, lines, refund, currency, reason));
    }

    private static OrderLineItem withQuantity(OrderLineItem line, int quantity) {
        return new OrderLineItem(line.sku(), quantity, line.unitPrice(), line.currency(), line.promotionId());
    }

    @CommandHandler
    public void handle(RejectOrderCommand c) {
        if (status == Status.PLACED) {
            apply(new OrderRejectedEvent(orderId, c.reason(), customerId, pointsRedeemed));
            attempts.values().forEach(a -> releaseAll(a, null));
        }
    }

    @CommandHandler
    public void handle(CancelOrderCommand c) {
        if (status != Status.PLACED && status != Status.CONFIRMED) {
            throw new BusinessRuleViolation("conflict", "Order " + orderId + " is " + status.name().toLowerCase()
                    + " and can no longer be cancelled");
        }
        if (progress.values().stream().anyMatch(Progress::fulfilled)) {
            throw new BusinessRuleViolation("conflict", "Order " + orderId
                    + " has goods with the customer already and can no longer be cancelled");
        }
        apply(new OrderCancelledEvent(orderId, c.reason(), customerId, pointsRedeemed));
        attempts.forEach((groupId, attempt) -> {
            if (!progress.containsKey(groupId) || !progress.get(groupId).closed()) {
                releaseAll(attempt, null);
            }
        });
    }

    /**
     * Asking again for a ready group answers its code and hold; anything but an allocated or picked pickup group
     * is a conflict.
     */
    @CommandHandler
    public PickupHold handle(MarkGroupReadyCommand c, DeadlineManager deadlines) {
        GroupPlan group = plan(c.groupId());
        Progress current = progress.get(c.groupId());
        if (current != null && READY.equals(current.status())) {
            return new PickupHold(current.pickupCode(), current.holdUntil());
        }
        if (!"PICKUP".equals(group.type())) {
            throw conflict("Group " + c.groupId() + " is shipped, not picked up");
        }
        requireOpen(c.groupId(), "made ready for pickup");
        apply(new GroupReadyForPickupEvent(orderId, c.groupId(), locationOf(c.groupId()), c.pickupCode(),
                c.holdUntil()));
        deadlines.schedule(c.holdUntil(), PICKUP_EXPIRY, c.groupId());
        if (c.remindAt() != null && c.remindAt().isBefore(c.holdUntil())) {
            deadlines.schedule(c.remindAt(), PICKUP_REMINDER, c.groupId());
        }
        return new PickupHold(c.pickupCode(), c.holdUntil());
    }

    @CommandHandler
    public HandoverOutcome handle(HandOverGroupCommand c) {
        plan(c.groupId());
        Progress current = progress.get(c.groupId());
        if (status != Status.CONFIRMED || current == null || !READY.equals(current.status())) {
            throw conflict("Group " + c.groupId() + " is " + groupStatus(c.groupId()).toLowerCase()
                    + ", not ready for pickup");
        }
        if (current.wrongCodes() >= MAX_WRONG_CODES) {
            return HandoverOutcome.LOCKED;
        }
        if (!MessageDigest.isEqual(current.pickupCode().getBytes(StandardCharsets.UTF_8),
                String.valueOf(c.pickupCode()).getBytes(StandardCharsets.UTF_8))) {
            int wrong = current.wrongCodes() + 1;
            apply(new PickupCodeRejectedEvent(orderId, c.groupId(), wrong, wrong >= MAX_WRONG_CODES));
            return wrong >= MAX_WRONG_CODES ? HandoverOutcome.LOCKED : HandoverOutcome.WRONG_CODE;
        }
        apply(new GroupCollectedEvent(orderId, c.groupId(), locationOf(c.groupId()), c.at()));
        fulfilAll(c.groupId());
        closeIfDone(c.at());
        return HandoverOutcome.COLLECTED;
    }

    @CommandHandler
    public void handle(ShipGroupCommand c) {
        GroupPlan group = plan(c.groupId());
        if (!"SHIP".equals(group.type())) {
            throw conflict("Group " + c.groupId() + " is picked up in store, not shipped");
        }
        requireOpen(c.groupId(), "shipped");
        apply(new GroupShippedEvent(orderId, c.groupId(), locationOf(c.groupId()), c.carrier(), c.trackingNumber(),
                c.at()));
        fulfilAll(c.groupId());
        closeIfDone(c.at());
    }

    @DeadlineHandler(deadlineName = PICKUP_REMINDER)
    void pickupExpiring(String groupId) {
        Progress current = progress.get(groupId);
        if (status == Status.CONFIRMED && current != null && READY.equals(current.status())) {
            apply(new PickupExpiringEvent(orderId, groupId, locationOf(groupId), current.holdUntil()));
        }
    }

    @DeadlineHandler(deadlineName = PICKUP_EXPIRY)
    void pickupExpired(String groupId) {
        Progress current = progress.get(groupId);
        if (status != Status.CONFIRMED || current == null || !READY.equals(current.status())) {
            return;
        }
        apply(new GroupExpiredEvent(orderId, groupId, locationOf(groupId)));
        releaseAll(attempts.get(groupId), null);
        closeIfDone(Instant.now());
    }

    private GroupPlan plan(String groupId) {
        GroupPlan group = groups.get(groupId);
        if (group == null) {
            throw new NotFoundException("Order " + orderId + " has no group " + groupId);
        }
        return group;
    }

    private void requireOpen(String groupId, String what) {
        String groupStatus = groupStatus(groupId);
        if (!"ALLOCATED".equals(groupStatus) && !"PICKED".equals(groupStatus)) {
            throw conflict("Group " + groupId + " is " + groupStatus.toLowerCase() + " and cannot be " + what);
        }
    }

    /** The group's status as the API names it. */
    private String groupStatus(String groupId) {
        Progress current = progress.get(groupId);
        if (current != null) {
            return current.status();
        }
        if (rerouting.contains(groupId)) {
            return "PENDING";
        }
        return switch (status) {
            case PLACED -> "PENDING";
            case CONFIRMED, COMPLETED -> "ALLOCATED";
            default -> "CANCELLED";
        };
    }

    private String locationOf(String groupId) {
        return attempts.get(groupId).locationId();
    }

    private void fulfilAll(String groupId) {
        for (String reservationId : attempts.get(groupId).confirmed().keySet()) {
            Requested r = requested.get(reservationId);
            apply(new ReservationFulfilmentRequestedEvent(orderId, reservationId, r.locationId(), r.sku()));
        }
    }

    /** With no group left open, completes the order, or cancels it when nothing reached the customer. */
    private void closeIfDone(Instant at) {
        if (groups.keySet().stream().anyMatch(g -> !progress.containsKey(g) || !progress.get(g).closed())) {
            return;
        }
        long delivered = 0;
        long deliveredInStore = 0;
        for (GroupPlan g : groups.values()) {
            if (progress.get(g.groupId()).fulfilled()) {
                long value = picked.getOrDefault(g.groupId(), g.lines()).stream().mapToLong(OrderLineItem::lineTotal)
                        .sum();
                delivered += value;
                deliveredInStore += "SHIP".equals(g.type()) ? 0 : value;
            }
        }
        long fulfilledValue = delivered - refunded;
        long paid = Math.max(fulfilledValue - pointsDiscount, 0);
        long paidInStore = delivered == 0 ? 0 : Math.multiplyExact(paid, deliveredInStore) / delivered;
        if (progress.values().stream().anyMatch(Progress::fulfilled)) {
            apply(new OrderCompletedEvent(orderId, customerId, channel, pointsRedeemed, fulfilledValue, currency, at,
                    paid, paidInStore));
        } else {
            boolean expired = progress.values().stream().anyMatch(p -> "EXPIRED".equals(p.status()));
            apply(new OrderCancelledEvent(orderId, expired ? "not collected in time" : "no location has the goods",
                    customerId, pointsRedeemed));
        }
    }

    private static BusinessRuleViolation conflict(String detail) {
        return new BusinessRuleViolation("conflict", detail);
    }

    /** Asks for every reservation of the attempt to be released, whether confirmed yet or not. */
    private void releaseAll(Attempt attempt, String except) {
        for (String reservationId : List.copyOf(attempt.confirmed().keySet())) {
            if (!reservationId.equals(except)) {
                Requested r = requested.get(reservationId);
                apply(new ReservationReleaseRequestedEvent(orderId, reservationId, r.locationId(), r.sku()));
            }
        }
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent e) {
        orderId = e.orderId();
        channel = e.channel();
        customerId = e.customerId();
        pointsRedeemed = e.pointsRedeemed();
        currency = e.currency();
        pointsDiscount = e.groups().stream().flatMap(g -> g.lines().stream()).mapToLong(OrderLineItem::lineTotal).sum()
                - e.total();
        status = Status.PLACED;
        e.groups().forEach(g -> groups.put(g.groupId(), g));
    }

    @EventSourcingHandler
    void on(GroupReservationRequestedEvent e) {
        Map<String, Boolean> confirmed = new LinkedHashMap<>();
        for (LineReservation line : e.reservations()) {
            confirmed.put(line.reservationId(), false);
            requested.put(line.reservationId(), new Requested(e.groupId(), e.attempt(), e.locationId(), line.sku()));
        }
        attempts.put(e.groupId(), new Attempt(e.attempt(), e.locationId(), confirmed));
    }

    @EventSourcingHandler
    void on(LineReservationConfirmedEvent e) {
        attempts.get(e.groupId()).confirmed().put(e.reservationId(), true);
    }

    @EventSourcingHandler
    void on(GroupReservationFailedEvent e) {
        Attempt failed = attempts.get(e.groupId());
        // the attempt stays, emptied: its reservations are no longer wanted
        attempts.put(e.groupId(), new Attempt(failed.number(), failed.locationId(), new LinkedHashMap<>()));
    }

    @EventSourcingHandler
    void on(OrderConfirmedEvent e) {
        status = Status.CONFIRMED;
    }

    @EventSourcingHandler
    void on(OrderRejectedEvent e) {
        status = Status.REJECTED;
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent e) {
        status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(GroupReadyForPickupEvent e) {
        progress.put(e.groupId(), new Progress(READY, e.pickupCode(), e.holdUntil(), 0));
    }

    @EventSourcingHandler
    void on(PickupCodeRejectedEvent e) {
        Progress p = progress.get(e.groupId());
        progress.put(e.groupId(), new Progress(p.status(), p.pickupCode(), p.holdUntil(), e.wrongCodes()));
    }

    @EventSourcingHandler
    void on(GroupCollectedEvent e) {
        progress.put(e.groupId(), new Progress("COLLECTED", null, null, 0));
    }

    @EventSourcingHandler
    void on(GroupShippedEvent e) {
        progress.put(e.groupId(), new Progress("SHIPPED", null, null, 0));
    }

    @EventSourcingHandler
    void on(GroupExpiredEvent e) {
        progress.put(e.groupId(), new Progress("EXPIRED", null, null, 0));
    }

    @EventSourcingHandler
    void on(OrderCompletedEvent e) {
        status = Status.COMPLETED;
        completedValue = e.paid();
    }

    @EventSourcingHandler
    void on(GoodsReturnedEvent e) {
        returnIds.add(e.returnId());
        e.lines().forEach(l -> returned.merge(l.sku(), l.quantity(), Integer::sum));
        refunded += e.refund();
        pointsReversed += e.pointsReversed();
    }

    @EventSourcingHandler
    void on(GroupPickedEvent e) {
        progress.put(e.groupId(), new Progress(e.picked().isEmpty() ? "CANCELLED" : "PICKED", null, null, 0));
        picked.put(e.groupId(), e.picked());
    }

    @EventSourcingHandler
    void on(GroupReroutedEvent e) {
        groups.put(e.group().groupId(), e.group());
        rerouting.add(e.group().groupId());
    }

    @EventSourcingHandler
    void on(SourcingDecidedEvent e) {
        sourced.put(e.groupId(), e.considered());
    }

    @EventSourcingHandler
    void on(GroupAllocatedEvent e) {
        rerouting.remove(e.groupId());
    }

    @EventSourcingHandler
    void on(LinesCancelledEvent e) {
        if (rerouting.remove(e.groupId())) {
            progress.put(e.groupId(), new Progress("CANCELLED", null, null, 0));
        }
    }
}
