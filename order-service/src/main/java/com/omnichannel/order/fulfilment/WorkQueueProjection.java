package com.omnichannel.order.fulfilment;

import com.omnichannel.order.order.GroupAllocatedEvent;
import com.omnichannel.order.order.GroupCollectedEvent;
import com.omnichannel.order.order.GroupExpiredEvent;
import com.omnichannel.order.order.GroupPickedEvent;
import com.omnichannel.order.order.GroupPlan;
import com.omnichannel.order.order.GroupReadyForPickupEvent;
import com.omnichannel.order.order.GroupReroutedEvent;
import com.omnichannel.order.order.GroupReservationRequestedEvent;
import com.omnichannel.order.order.GroupShippedEvent;
import com.omnichannel.order.order.LinesCancelledEvent;
import com.omnichannel.order.order.OrderCancelledEvent;
import com.omnichannel.order.order.OrderConfirmedEvent;
import com.omnichannel.order.order.OrderPlacedEvent;
import com.omnichannel.order.order.OrderRejectedEvent;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code work_item}: every group of an order from placement until it leaves the store's hands (collected,
 * shipped, expired, cancelled), at the location that works on it and in its current status. A tracking processor,
 * so it is built from the whole event store on first start; each handler only sets state, so a redelivery is
 * harmless.
 */
@Component
@ProcessingGroup("work-queue")
public class WorkQueueProjection {

    private final WorkItemRepository items;
    private final JsonMapper json;

    public WorkQueueProjection(WorkItemRepository items, JsonMapper json) {
        this.items = items;
        this.json = json;
    }

    @EventHandler
    void on(OrderPlacedEvent e) {
        for (GroupPlan plan : e.groups()) {
            add(e.orderId(), plan, e.customerId(), e.channel(), e.placedAt());
        }
    }

    @EventHandler
    void on(GroupReroutedEvent e) {
        items.findById(WorkItem.idOf(e.orderId(), e.fromGroupId())).ifPresent(from ->
                add(e.orderId(), e.group(), from.getCustomerId(), from.getChannel(), from.getPlacedAt()));
    }

    @EventHandler
    void on(GroupReservationRequestedEvent e) {
        change(e.orderId(), e.groupId(), item -> item.setLocationId(e.locationId()));
    }

    @EventHandler
    void on(OrderConfirmedEvent e) {
        items.findByOrderId(e.orderId()).forEach(item -> {
            item.setStatus("ALLOCATED");
            items.save(item);
        });
    }

    @EventHandler
    void on(GroupAllocatedEvent e) {
        change(e.orderId(), e.groupId(), item -> item.setStatus("ALLOCATED"));
    }

    @EventHandler
    void on(GroupPickedEvent e) {
        if (e.picked().isEmpty()) {
            items.deleteById(WorkItem.idOf(e.orderId(), e.groupId()));
        } else {
            change(e.orderId(), e.groupId(), item -> {
                item.setStatus("PICKED");
                item.setLineItems(json.writeValueAsString(e.picked()));
            });
        }
    }

    @EventHandler
    void on(GroupReadyForPickupEvent e) {
        change(e.orderId(), e.groupId(), item -> {
            item.setStatus("READY_FOR_PICKUP");
            item.setHoldUntil(e.holdUntil());
        });
    }

    @EventHandler
    void on(GroupCollectedEvent e) {
        items.deleteById(WorkItem.idOf(e.orderId(), e.groupId()));
    }

    @EventHandler
    void on(GroupShippedEvent e) {
        items.deleteById(WorkItem.idOf(e.orderId(), e.groupId()));
    }

    @EventHandler
    void on(GroupExpiredEvent e) {
        items.deleteById(WorkItem.idOf(e.orderId(), e.groupId()));
    }

    /** Lines cancelled out of a re-routed group that found no stock end it; those of a picked group do not. */
    @EventHandler
    void on(LinesCancelledEvent e) {
        items.findById(WorkItem.idOf(e.orderId(), e.groupId())).filter(item -> "PENDING".equals(item.getStatus()))
                .ifPresent(items::delete);
    }

    @EventHandler
    void on(OrderRejectedEvent e) {
        items.deleteAll(items.findByOrderId(e.orderId()));
    }

    @EventHandler
    void on(OrderCancelledEvent e) {
        items.deleteAll(items.findByOrderId(e.orderId()));
    }

    @ResetHandler
    void reset() {
        items.deleteAllInBatch();
    }

    private void add(String orderId, GroupPlan plan, String customerId, String channel, Instant placedAt) {
        WorkItem item = new WorkItem(orderId, plan.groupId(), plan.type(), customerId, channel, placedAt);
        if ("PICKUP".equals(plan.type()) && !plan.candidates().isEmpty()) {
            item.setLocationId(plan.candidates().get(0));
        }
        item.setLineItems(json.writeValueAsString(plan.lines()));
        items.save(item);
    }

    private void change(String orderId, String groupId, Consumer<WorkItem> change) {
        items.findById(WorkItem.idOf(orderId, groupId)).ifPresent(item -> {
            change.accept(item);
            items.save(item);
        });
    }
}
