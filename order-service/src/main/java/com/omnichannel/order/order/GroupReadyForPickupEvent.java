package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GroupReadyForPickupEvent(String orderId, String groupId, String locationId, String pickupCode,
                                       Instant holdUntil)
        implements OrderEvent {
}
