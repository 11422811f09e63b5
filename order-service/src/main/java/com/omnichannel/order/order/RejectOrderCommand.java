package com.omnichannel.order.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectOrderCommand(@TargetAggregateIdentifier String orderId, String reason) {
}
