package com.omnichannel.order.loyalty;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The order of a hold was cancelled or rejected: its held points return to the balance. Releasing again, or a hold
 * that does not exist, changes nothing; a captured hold (points already spent) is a conflict.
 */
public record ReleasePointsHoldCommand(String customerId, String holdId) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LoyaltyAccount.idOf(customerId);
    }
}
