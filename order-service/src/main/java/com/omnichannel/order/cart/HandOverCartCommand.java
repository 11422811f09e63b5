package com.omnichannel.order.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A guest signed in: the guest cart gives its lines to the customer's cart and is empty afterwards. */
public record HandOverCartCommand(@TargetAggregateIdentifier String guestId, String intoCustomerId, String channel) {
}
