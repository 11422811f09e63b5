package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Every group has its stock. */
@Revision("1")
public record OrderConfirmedEvent(String orderId, Instant confirmedAt)
        implements OrderEvent {
}
