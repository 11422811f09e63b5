package com.omnichannel.order.order;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A group's lines are asked for at a location (the outbox sends one ReservationRequested per line). */
@Revision("1")
public record GroupReservationRequestedEvent(String orderId, String groupId, int attempt, String locationId,
                                             List<LineReservation> reservations, String channel)
        implements OrderEvent {
}
