package com.omnichannel.order.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a line to a quantity (0 removes it), from a channel. */
public record SetCartLineCommand(@TargetAggregateIdentifier String customerId, CartLine line, String channel) {
}
