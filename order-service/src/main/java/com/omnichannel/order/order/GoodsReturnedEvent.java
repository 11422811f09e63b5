package com.omnichannel.order.order;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Goods of the order came back to {@code storeId} (restocked there): {@code refund} is owed for them at the prices
 * paid, and {@code pointsReversed} of the points earned on them are taken back.
 */
@Revision("1")
public record GoodsReturnedEvent(String orderId, String returnId, String storeId, List<OrderLineItem> lines,
                                 String reason, long refund, String currency, long pointsReversed, String customerId,
                                 Instant returnedAt)
        implements OrderEvent {
}
