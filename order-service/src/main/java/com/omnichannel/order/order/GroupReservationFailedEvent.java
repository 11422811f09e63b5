package com.omnichannel.order.order;

import org.axonframework.serialization.Revision;

/** A line of the group could not be reserved at that location: the attempt is given up. */
@Revision("1")
public record GroupReservationFailedEvent(String orderId, String groupId, int attempt, String locationId,
                                          String sku, long available)
        implements OrderEvent {
}
