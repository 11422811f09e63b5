package com.omnichannel.order.order;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A line of the group could not be reserved at that location: the attempt is given up. {@code candidates}: the
 * group's candidate locations, in the order they are tried ({@code attempt} indexes them); {@code placing}: the order
 * is still being placed, so the placement saga moves the group on (false for a group re-routed after a short pick,
 * which the order moves on itself). Events of revision 1 have neither: no candidates, not placing.
 */
@Revision("2")
public record GroupReservationFailedEvent(String orderId, String groupId, int attempt, String locationId,
                                          String sku, long available, List<String> candidates, boolean placing)
        implements OrderEvent {
}
