package com.omnichannel.order.order;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.omnichannel.support.domain.BusinessRuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An order: its groups, the reservations each group holds, and its status. It keeps the books of the placement
 * (which reservation belongs to which attempt of which group) and confirms itself when every line is reserved;
 * {@link OrderPlacementSaga} decides where to ask next and when to give up. A reservation the order does not want
 * (an abandoned attempt, a cancelled order) is released as soon as it is confirmed.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Order {

    public enum Status { PLACED, CONFIRMED, REJECTED, CANCELLED, COMPLETED }

    @AggregateIdentifier
    private String orderId;
    private Status status;
    private String channel;
    private String customerId;
    private long pointsRedeemed;
    private Map<String, GroupPlan> groups = new LinkedHashMap<>();
    /** Per group: the attempt in progress, its location and its reservations (true when confirmed). */
    private Map<String, Attempt> attempts = new LinkedHashMap<>();
    /** Every reservation ever requested: id to (group, attempt). */
    private Map<String, Requested> requested = new LinkedHashMap<>();

    record Attempt(int number, String locationId, Map<String, Boolean> confirmed) {

        boolean complete() {
            return !confirmed.isEmpty() && confirmed.values().stream().allMatch(Boolean::booleanValue);
        }
    }

    record Requested(String groupId, int attempt, String locationId, String sku) {
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
    }

    @CommandHandler
    public void handle(RequestGroupReservationCommand c) {
        GroupPlan group = groups.get(c.groupId());
        if (status != Status.PLACED || group == null || c.attempt() >= group.candidates().size()
                || (attempts.containsKey(c.groupId()) && attempts.get(c.groupId()).number() >= c.attempt())) {
            return;
        }
        List<LineReservation> lines = new ArrayList<>();
        for (int i = 0; i < group.lines().size(); i++) {
            OrderLineItem line = group.lines().get(i);
            lines.add(new LineReservation(orderId + "-" + c.groupId() + "-" + c.attempt() + "-" + i, line.sku(),
                    line.quantity()));
        }
        apply(new GroupReservationRequestedEvent(orderId, c.groupId(), c.attempt(),
                group.candidates().get(c.attempt()), lines, channel));
    }

    @CommandHandler
    public void handle(RecordReservationOutcomeCommand c) {
        Requested r = requested.get(c.reservationId());
        if (r == null) {
            return; // not one of ours
        }
        Attempt current = attempts.get(r.groupId());
        boolean wanted = status == Status.PLACED && current.number() == r.attempt()
                && current.confirmed().containsKey(c.reservationId());
        if (c.confirmed()) {
            if (!wanted) {
                apply(new ReservationReleaseRequestedEvent(orderId, c.reservationId(), r.locationId(), r.sku()));
            } else if (!current.confirmed().get(c.reservationId())) {
                apply(new LineReservationConfirmedEvent(orderId, r.groupId(), c.reservationId()));
                if (attempts.size() == groups.size() && attempts.values().stream().allMatch(Attempt::complete)) {
                    apply(new OrderConfirmedEvent(orderId, Instant.now()));
                }
            }
        } else if (wanted) {
            apply(new GroupReservationFailedEvent(orderId, r.groupId(), r.attempt(), r.locationId(), r.sku(),
                    c.available()));
            releaseAll(current, c.reservationId());
        }
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
        apply(new OrderCancelledEvent(orderId, c.reason(), customerId, pointsRedeemed));
        attempts.values().forEach(a -> releaseAll(a, null));
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
}
