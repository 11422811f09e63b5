package com.omnichannel.order.order;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderPlacedEvent(String orderId, String customerId, String channel, List<GroupPlan> groups,
                               ShippingAddress shippingAddress, PaymentReference payment, long total,
                               String currency, long pointsRedeemed, Instant placedAt)
        implements OrderEvent {
}
