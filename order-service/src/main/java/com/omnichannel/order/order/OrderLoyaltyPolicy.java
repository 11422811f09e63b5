package com.omnichannel.order.order;

import com.omnichannel.order.loyalty.CapturePointsCommand;
import com.omnichannel.order.loyalty.EarnPointsCommand;
import com.omnichannel.order.loyalty.LoyaltyRules;
import com.omnichannel.order.loyalty.ReleasePointsHoldCommand;
import com.omnichannel.order.loyalty.ReversePointsCommand;
import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Points held for an order go back to the customer when the order is rejected or cancelled, and are spent when it
 * completes; a completed order earns points on what reached the customer, and a return takes back the points
 * earned on what came back (at the store, so on the STORE channel).
 */
@Component
@ProcessingGroup("order-loyalty")
public class OrderLoyaltyPolicy {

    private final CommandGateway commands;
    private final LoyaltyRules rules;

    public OrderLoyaltyPolicy(CommandGateway commands, LoyaltyRules rules) {
        this.commands = commands;
        this.rules = rules;
    }

    @EventHandler
    void on(OrderCompletedEvent e) {
        if (e.pointsRedeemed() > 0) {
            commands.sendAndWait(new CapturePointsCommand(e.customerId(), e.orderId()));
        }
        long points = rules.pointsEarnedFor(new Money(e.fulfilledValue(), e.currency()));
        if (points > 0) {
            commands.sendAndWait(new EarnPointsCommand(e.customerId(), points, SalesChannel.valueOf(e.channel()),
                    e.orderId(), "order:" + e.orderId()));
        }
    }

    @EventHandler
    void on(OrderRejectedEvent e) {
        release(e.customerId(), e.orderId(), e.pointsRedeemed());
    }

    @EventHandler
    void on(OrderCancelledEvent e) {
        release(e.customerId(), e.orderId(), e.pointsRedeemed());
    }

    @EventHandler
    void on(GoodsReturnedEvent e) {
        if (e.pointsReversed() > 0) {
            commands.sendAndWait(new ReversePointsCommand(e.customerId(), e.pointsReversed(), SalesChannel.STORE,
                    e.orderId(), "return:" + e.returnId()));
        }
    }

    private void release(String customerId, String orderId, long points) {
        if (points > 0) {
            commands.sendAndWait(new ReleasePointsHoldCommand(customerId, orderId));
        }
    }
}
