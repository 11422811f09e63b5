package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Spends {@code points} of the balance at once, outside an order (e.g. at a POS). Refused with
 * {@link InsufficientPointsException} when the balance is smaller; idempotent on {@code redemptionId}.
 */
public record RedeemPointsCommand(String customerId, String redemptionId, long points, SalesChannel channel,
                                  String reference) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LoyaltyAccount.idOf(customerId);
    }
}
