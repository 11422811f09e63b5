package com.omnichannel.order.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The customer took the group's goods at the store. */
@Revision("1")
public record GroupCollectedEvent(String orderId, String groupId, String locationId, Instant collectedAt)
        implements OrderEvent {
}
