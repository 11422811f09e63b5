package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A pickup group goes on the pickup shelf with {@code pickupCode}, held until {@code holdUntil}; the customer is
 * reminded at {@code remindAt} if it is still there. The caller draws the code and reads the store's hold period,
 * so the order stays deterministic. Answers a {@link PickupHold}.
 */
public record MarkGroupReadyCommand(@TargetAggregateIdentifier String orderId, String groupId, String pickupCode,
                                    Instant holdUntil, Instant remindAt) {
}
