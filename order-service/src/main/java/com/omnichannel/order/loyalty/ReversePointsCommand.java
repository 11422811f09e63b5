package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes back points earned on goods that were returned. Never refused for want of points and never drives the
 * balance below zero: what the balance cannot cover (held points are not touched) is recorded as debt and paid off
 * by later earnings. Zero points record nothing. Not deduplicated: send it once per return.
 */
public record ReversePointsCommand(String customerId, long points, SalesChannel channel, String orderId,
                                   String reference) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LoyaltyAccount.idOf(customerId);
    }
}
