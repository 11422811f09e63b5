package com.omnichannel.order.order;

import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderCancelledEvent(String orderId, String reason, String customerId, long pointsRedeemed)
        implements OrderEvent {
}
