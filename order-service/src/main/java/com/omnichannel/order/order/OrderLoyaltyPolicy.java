package com.omnichannel.order.order;

import com.omnichannel.order.loyalty.CapturePointsCommand;
import com.omnichannel.order.loyalty.EarnPointsCommand;
import com.omnichannel.order.loyalty.LoyaltyRules;
import com.omnichannel.order.loyalty.ReleasePointsHoldCommand;
import com.omnichannel.order.loyalty.ReversePointsCommand;
import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.SalesChannel;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Points held for an order go back to the customer when the order is rejected or cancelled, and are spent when it
 * completes; a completed order earns points on what the customer paid for the goods that reached them (the points
 * discount taken off): the share handed over in a store (collected, carried out) on the STORE channel, the share
 * shipped on the order's channel. A return takes back the points earned on what came back (at the store, so on the
 * STORE channel). Earning is deduplicated by the account (per order reference and channel), so an event handled
 * twice earns once.
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
        long paid = e.paid();
        long points = rules.pointsEarnedFor(new Money(paid, e.currency()));
        long inStore = paid == 0 || e.paidInStore() == null ? 0 : Math.multiplyExact(points, e.paidInStore()) / paid;
        Map<SalesChannel, Long> earned = new EnumMap<>(SalesChannel.class);
        earned.merge(SalesChannel.STORE, inStore, Long::sum);
        earned.merge(SalesChannel.valueOf(e.channel()), points - inStore, Long::sum);
        earned.forEach((channel, channelPoints) -> {
            if (channelPoints > 0) {
                commands.sendAndWait(new EarnPointsCommand(e.customerId(), channelPoints, channel, e.orderId(),
                        "order:" + e.orderId()));
            }
        });
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
