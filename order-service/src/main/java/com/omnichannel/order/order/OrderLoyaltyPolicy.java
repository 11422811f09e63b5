package com.omnichannel.order.order;

import com.omnichannel.order.loyalty.ReleasePointsHoldCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Points held for an order go back to the customer when the order is rejected or cancelled. */
@Component
@ProcessingGroup("order-loyalty")
public class OrderLoyaltyPolicy {

    private final CommandGateway commands;

    public OrderLoyaltyPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(OrderRejectedEvent e) {
        release(e.customerId(), e.orderId(), e.pointsRedeemed());
    }

    @EventHandler
    void on(OrderCancelledEvent e) {
        release(e.customerId(), e.orderId(), e.pointsRedeemed());
    }

    private void release(String customerId, String orderId, long points) {
        if (points > 0) {
            commands.sendAndWait(new ReleasePointsHoldCommand(customerId, orderId));
        }
    }
}
