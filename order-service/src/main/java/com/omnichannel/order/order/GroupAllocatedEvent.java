package com.omnichannel.order.order;

import org.axonframework.serialization.Revision;

/** A group added after confirmation (a re-routed short pick) has its stock. */
@Revision("1")
public record GroupAllocatedEvent(String orderId, String groupId, String locationId)
        implements OrderEvent {
}
