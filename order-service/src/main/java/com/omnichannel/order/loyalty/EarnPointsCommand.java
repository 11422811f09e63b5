package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Points earned when goods reach the customer (collected, carried out at the till, shipped), on {@code channel}.
 * What the customer owes from earlier reversals is paid off first; the rest adds to the balance. Zero points record
 * nothing; negative points are refused. Deduplicated per {@code reference} and {@code channel}: an account applies
 * an earning once, and the same earning again (a replayed event) changes nothing.
 */
public record EarnPointsCommand(String customerId, long points, SalesChannel channel, String orderId,
                                String reference) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LoyaltyAccount.idOf(customerId);
    }
}
