package com.omnichannel.order.order;

import org.axonframework.serialization.Revision;

/** A ready group was not collected within the store's hold period: cancelled, its reservations released. */
@Revision("1")
public record GroupExpiredEvent(String orderId, String groupId, String locationId)
        implements OrderEvent {
}
