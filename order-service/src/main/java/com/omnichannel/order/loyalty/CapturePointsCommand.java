package com.omnichannel.order.loyalty;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The order of a hold completed: its held points are spent. Capturing again changes nothing; an unknown hold is
 * not found, a released one is a conflict.
 */
public record CapturePointsCommand(String customerId, String holdId) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LoyaltyAccount.idOf(customerId);
    }
}
