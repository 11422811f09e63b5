package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer shows {@code pickupCode} at the store. Answers a {@link HandoverOutcome}. */
public record HandOverGroupCommand(@TargetAggregateIdentifier String orderId, String groupId, String pickupCode,
                                   Instant at) {
}
