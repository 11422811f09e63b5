package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A ready group is still not collected and expires at {@code holdUntil}: time to remind the customer. */
@Revision("1")
public record PickupExpiringEvent(String orderId, String groupId, String locationId, Instant holdUntil)
        implements OrderEvent {
}
