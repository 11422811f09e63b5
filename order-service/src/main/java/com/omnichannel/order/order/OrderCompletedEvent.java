package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Every group is collected, shipped or expired, and at least one reached the customer. {@code fulfilledValue} is
 * what the collected and shipped lines were sold for; {@code paidValue} what the customer paid for them, the points
 * discount taken off (points are earned on it), and {@code paidInStore} the part of it handed over in a store
 * (collected or carried out; the rest was shipped), in proportion to the goods' value. Both are null in events
 * stored before they were recorded: points were then earned on the fulfilled value. {@code pointsRedeemed} are held
 * for the order and now spent.
 */
@Revision("1")
public record OrderCompletedEvent(String orderId, String customerId, String channel, long pointsRedeemed,
                                  long fulfilledValue, String currency, Instant completedAt, Long paidValue,
                                  Long paidInStore)
        implements OrderEvent {

    /** What points are earned on: the paid value, or the fulfilled value in events stored before it was recorded. */
    public long paid() {
        return paidValue == null ? fulfilledValue : paidValue;
    }
}
