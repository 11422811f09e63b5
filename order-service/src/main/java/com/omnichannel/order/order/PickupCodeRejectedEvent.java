package com.omnichannel.order.order;

import org.axonframework.serialization.Revision;

/** A wrong pickup code was shown; {@code locked} once too many were. */
@Revision("1")
public record PickupCodeRejectedEvent(String orderId, String groupId, int wrongCodes, boolean locked)
        implements OrderEvent {
}
