package com.omnichannel.order.order;

import com.omnichannel.order.api.model.Address;
import com.omnichannel.order.api.model.Channel;
import com.omnichannel.order.api.model.SourcingDecision;
import com.omnichannel.order.api.model.SourcingTrigger;
import com.omnichannel.order.api.model.SourcingVerdict;
import com.omnichannel.order.api.model.GroupStatus;
import com.omnichannel.order.api.model.GroupType;
import com.omnichannel.order.api.model.Money;
import com.omnichannel.order.api.model.Order;
import com.omnichannel.order.api.model.OrderGroup;
import com.omnichannel.order.api.model.OrderHistoryEntry;
import com.omnichannel.order.api.model.OrderLine;
import com.omnichannel.order.api.model.OrderStatus;
import com.omnichannel.order.api.model.Payment;
import com.omnichannel.order.loyalty.PointsEarnedEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code order_view} in step with the order events, in the same transaction (a subscribing processor), so the
 * answer to a placement or a cancellation already shows it. Every change adds to the order's history.
 */
@Component
@ProcessingGroup("orders")
public class OrderProjection {

    private final OrderDocuments documents;
    private final PlacementTimer timer;

    public OrderProjection(OrderDocuments documents, PlacementTimer timer) {
        this.documents = documents;
        this.timer = timer;
    }

    @EventHandler
    void on(OrderPlacedEvent e, @Timestamp Instant at) {
        Order order = new Order().orderId(e.orderId()).customerId(e.customerId())
                .channel(Channel.fromValue(e.channel())).status(OrderStatus.PLACED)
                .total(money(e.total(), e.currency())).pointsRedeemed(e.pointsRedeemed()).pointsEarned(0L)
                .placedAt(utc(e.placedAt()));
        for (GroupPlan plan : e.groups()) {
            OrderGroup group = new OrderGroup().groupId(plan.groupId()).type(GroupType.fromValue(plan.type()))
                    .status(GroupStatus.PENDING)
                    .locationId("PICKUP".equals(plan.type()) ? plan.candidates().get(0) : null);
            plan.lines().forEach(l -> group.addLinesItem(line(l)));
            order.addGroupsItem(group);
        }
        if (e.shippingAddress() != null) {
            ShippingAddress a = e.shippingAddress();
            order.shippingAddress(new Address().line1(a.line1()).city(a.city()).postalCode(a.postalCode())
                    .country(a.country()).latitude(a.latitude()).longitude(a.longitude()));
        }
        PaymentReference p = e.payment();
        order.payment(new Payment().provider(p.provider()).reference(p.reference())
                .amount(money(p.amount(), p.currency())));
        history(order, at, "PLACED", null, "placed on " + e.channel());
        documents.opened(new OrderView(e.orderId(), e.customerId(), e.placedAt()), order);
    }

    @EventHandler
    void on(GroupReservationRequestedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            group(order, e.groupId()).locationId(e.locationId());
            history(order, at, "RESERVING", e.groupId(), "reserving at " + e.locationId());
        });
    }

    @EventHandler
    void on(GroupReservationFailedEvent e, @Timestamp Instant at) {
        change(e, order -> history(order, at, "NOT_AVAILABLE", e.groupId(),
                e.locationId() + " has " + e.available() + " of " + e.sku()));
    }

    @EventHandler
    void on(OrderConfirmedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            timer.reached(order, OrderStatus.CONFIRMED, at);
            order.status(OrderStatus.CONFIRMED);
            order.getGroups().forEach(g -> g.status(GroupStatus.ALLOCATED));
            history(order, at, "CONFIRMED", null, "every group has its stock");
        });
    }

    @EventHandler
    void on(OrderRejectedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            timer.reached(order, OrderStatus.REJECTED, at);
            order.status(OrderStatus.REJECTED);
            order.getGroups().forEach(g -> g.status(GroupStatus.CANCELLED));
            history(order, at, "REJECTED", null, e.reason());
        });
    }

    @EventHandler
    void on(OrderCancelledEvent e, @Timestamp Instant at) {
        change(e, order -> {
            timer.reached(order, OrderStatus.CANCELLED, at);
            order.status(OrderStatus.CANCELLED);
            order.getGroups().stream().filter(g -> g.getStatus() != GroupStatus.EXPIRED)
                    .forEach(g -> g.status(GroupStatus.CANCELLED));
            history(order, at, "CANCELLED", null, e.reason());
        });
    }

    @EventHandler
    void on(GroupReadyForPickupEvent e, @Timestamp Instant at) {
        change(e, order -> {
            group(order, e.groupId()).status(GroupStatus.READY_FOR_PICKUP).pickupCode(e.pickupCode())
                    .holdUntil(utc(e.holdUntil()));
            history(order, at, "READY_FOR_PICKUP", e.groupId(), "held at " + e.locationId() + " until "
                    + utc(e.holdUntil()));
        });
    }

    @EventHandler
    void on(PickupExpiringEvent e, @Timestamp Instant at) {
        change(e, order -> history(order, at, "READY_FOR_PICKUP", e.groupId(), "still not collected; expires at "
                + utc(e.holdUntil())));
    }

    @EventHandler
    void on(PickupCodeRejectedEvent e, @Timestamp Instant at) {
        change(e, order -> history(order, at, "READY_FOR_PICKUP", e.groupId(), e.locked()
                ? "wrong pickup code " + e.wrongCodes() + " times: handover locked"
                : "wrong pickup code (" + e.wrongCodes() + ")"));
    }

    @EventHandler
    void on(GroupCollectedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            group(order, e.groupId()).status(GroupStatus.COLLECTED);
            history(order, at, "COLLECTED", e.groupId(), "collected at " + e.locationId());
        });
    }

    @EventHandler
    void on(GroupShippedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            group(order, e.groupId()).status(GroupStatus.SHIPPED).carrier(e.carrier())
                    .trackingNumber(e.trackingNumber());
            history(order, at, "SHIPPED", e.groupId(), "shipped from " + e.locationId() + " with " + e.carrier()
                    + " (" + e.trackingNumber() + ")");
        });
    }

    @EventHandler
    void on(GroupExpiredEvent e, @Timestamp Instant at) {
        change(e, order -> {
            group(order, e.groupId()).status(GroupStatus.EXPIRED);
            history(order, at, "EXPIRED", e.groupId(), "not collected at " + e.locationId() + " in time; released");
        });
    }

    /** The group shows what was picked; what was missing moves to the group it is re-routed to, or is cancelled. */
    @EventHandler
    void on(GroupPickedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            OrderGroup group = group(order, e.groupId());
            group.status(e.picked().isEmpty() ? GroupStatus.CANCELLED : GroupStatus.PICKED)
                    .lines(new ArrayList<>(e.picked().stream().map(OrderProjection::line).toList()));
            history(order, at, group.getStatus().getValue(), e.groupId(), e.shortfall().isEmpty()
                    ? "picked at " + e.locationId()
                    : "short pick at " + e.locationId() + ": missing " + describe(e.shortfall()));
        });
    }

    @EventHandler
    void on(GroupReroutedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            GroupPlan plan = e.group();
            OrderGroup group = new OrderGroup().groupId(plan.groupId()).type(GroupType.fromValue(plan.type()))
                    .status(GroupStatus.PENDING).locationId(plan.candidates().get(0));
            plan.lines().forEach(l -> group.addLinesItem(line(l)));
            order.addGroupsItem(group);
            history(order, at, "PENDING", plan.groupId(), describe(plan.lines()) + " missing from " + e.fromGroupId()
                    + " re-routed; candidates " + String.join(", ", plan.candidates()));
        });
    }

    @EventHandler
    void on(SourcingDecidedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            SourcingDecision decision = new SourcingDecision().groupId(e.groupId()).at(utc(at))
                    .trigger(SourcingTrigger.fromValue(e.trigger().name())).chosenLocationId(e.chosenLocationId());
            for (ConsideredLocation c : e.considered()) {
                decision.addConsideredItem(new com.omnichannel.order.api.model.ConsideredLocation()
                        .locationId(c.locationId()).distanceKm(c.distanceKm())
                        .verdict(SourcingVerdict.fromValue(c.verdict().name())));
            }
            order.addSourcingDecisionsItem(decision);
        });
    }

    @EventHandler
    void on(GroupAllocatedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            group(order, e.groupId()).status(GroupStatus.ALLOCATED);
            history(order, at, "ALLOCATED", e.groupId(), "reserved at " + e.locationId());
        });
    }

    @EventHandler
    void on(LinesCancelledEvent e, @Timestamp Instant at) {
        change(e, order -> {
            OrderGroup group = group(order, e.groupId());
            if (group.getStatus() == GroupStatus.PENDING) {
                group.status(GroupStatus.CANCELLED);
            }
            history(order, at, "CANCELLED", e.groupId(), e.reason() + ": " + describe(e.lines())
                    + " cancelled, refund " + e.refund() + " " + e.currency());
        });
    }

    @EventHandler
    void on(GoodsReturnedEvent e, @Timestamp Instant at) {
        change(e, order -> history(order, at, "RETURNED", null, describe(e.lines()) + " returned at " + e.storeId()
                + " (" + e.returnId() + (e.reason() == null ? "" : ": " + e.reason()) + "), refund " + e.refund()
                + " " + e.currency() + ", " + e.pointsReversed() + " points reversed"));
    }

    @EventHandler
    void on(OrderCompletedEvent e, @Timestamp Instant at) {
        change(e, order -> {
            order.status(OrderStatus.COMPLETED);
            history(order, at, "COMPLETED", null, "every group collected, shipped or expired");
        });
    }

    /** Points earned on an order show on it; points earned elsewhere (the till) have no order view. */
    @EventHandler
    void on(PointsEarnedEvent e) {
        if (e.orderId() == null) {
            return;
        }
        documents.change(e.orderId(), order -> order.pointsEarned(order.getPointsEarned() + e.points()));
    }

    private void change(OrderEvent event, Consumer<Order> change) {
        if (!documents.change(event.orderId(), change)) {
            throw new IllegalStateException("No order view of " + event.orderId());
        }
    }

    private static OrderGroup group(Order order, String groupId) {
        return order.getGroups().stream().filter(g -> g.getGroupId().equals(groupId)).findFirst().orElseThrow();
    }

    private static void history(Order order, Instant at, String status, String groupId, String detail) {
        order.addHistoryItem(new OrderHistoryEntry().at(utc(at)).status(status).groupId(groupId).detail(detail));
    }

    private static OrderLine line(OrderLineItem l) {
        return new OrderLine().sku(l.sku()).quantity(l.quantity()).unitPrice(money(l.unitPrice(), l.currency()))
                .lineTotal(money(l.lineTotal(), l.currency())).promotionId(l.promotionId());
    }

    private static String describe(List<OrderLineItem> lines) {
        return lines.stream().map(l -> l.quantity() + " x " + l.sku()).collect(Collectors.joining(", "));
    }

    private static Money money(long amount, String currency) {
        return new Money().amount(amount).currency(currency);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
