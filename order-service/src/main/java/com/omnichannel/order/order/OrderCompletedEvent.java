package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Every group is collected, shipped or expired, and at least one reached the customer. {@code fulfilledValue} is
 * what the collected and shipped lines were sold for (points are earned on it); {@code pointsRedeemed} are held
 * for the order and now spent.
 */
@Revision("1")
public record OrderCompletedEvent(String orderId, String customerId, String channel, long pointsRedeemed,
                                  long fulfilledValue, String currency, Instant completedAt)
        implements OrderEvent {
}
