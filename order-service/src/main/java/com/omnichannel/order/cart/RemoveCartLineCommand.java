package com.omnichannel.order.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveCartLineCommand(@TargetAggregateIdentifier String customerId, String sku, String channel) {
}
