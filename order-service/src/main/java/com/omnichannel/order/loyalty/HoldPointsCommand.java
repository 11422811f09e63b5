package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets {@code points} of the balance aside for an order being placed, until the hold is captured (the order
 * completes) or released (cancelled or rejected). Refused with {@link InsufficientPointsException} when the balance
 * is smaller. Idempotent on {@code holdId}: a hold id that was used before changes nothing (with other points it is
 * a conflict).
 */
public record HoldPointsCommand(String customerId, String holdId, long points, SalesChannel channel,
                                String orderId) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LoyaltyAccount.idOf(customerId);
    }
}
