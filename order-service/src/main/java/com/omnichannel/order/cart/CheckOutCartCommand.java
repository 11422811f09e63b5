package com.omnichannel.order.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cart became an order: it is empty afterwards. */
public record CheckOutCartCommand(@TargetAggregateIdentifier String customerId, String orderId, String channel) {
}
