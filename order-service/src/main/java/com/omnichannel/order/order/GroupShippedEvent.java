package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The group's goods left with the carrier. */
@Revision("1")
public record GroupShippedEvent(String orderId, String groupId, String locationId, String carrier,
                                String trackingNumber, Instant shippedAt)
        implements OrderEvent {
}
