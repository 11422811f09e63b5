package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ShipGroupCommand(@TargetAggregateIdentifier String orderId, String groupId, String carrier,
                               String trackingNumber, Instant at) {
}
