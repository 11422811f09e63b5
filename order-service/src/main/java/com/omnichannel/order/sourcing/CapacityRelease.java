package com.omnichannel.order.sourcing;

import com.omnichannel.order.order.GroupReservationFailedEvent;
import com.omnichannel.order.order.OrderCancelledEvent;
import com.omnichannel.order.order.OrderRejectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Gives a group's slot of daily capacity back, in the transaction of the event, when the group leaves the location:
 * its reservation there was refused (it is re-sourced), or the order was rejected or cancelled.
 */
@Component
@ProcessingGroup(CapacityRelease.GROUP)
public class CapacityRelease {

    public static final String GROUP = "sourcing-capacity";

    private final DailyCapacity capacity;

    public CapacityRelease(DailyCapacity capacity) {
        this.capacity = capacity;
    }

    @EventHandler
    void on(GroupReservationFailedEvent e) {
        capacity.giveBack(e.orderId(), e.groupId(), e.locationId());
    }

    @EventHandler
    void on(OrderRejectedEvent e) {
        capacity.giveBackAll(e.orderId());
    }

    @EventHandler
    void on(OrderCancelledEvent e) {
        capacity.giveBackAll(e.orderId());
    }
}
