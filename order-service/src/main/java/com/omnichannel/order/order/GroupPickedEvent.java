package com.omnichannel.order.order;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The store picked {@code picked}; {@code shortfall} is what it could not find (its stock count was wrong). The
 * group's reservations stay whole: they are fulfilled when the group leaves, which writes the shortfall off.
 */
@Revision("1")
public record GroupPickedEvent(String orderId, String groupId, String locationId, List<OrderLineItem> picked,
                               List<OrderLineItem> shortfall, Instant pickedAt)
        implements OrderEvent {
}
