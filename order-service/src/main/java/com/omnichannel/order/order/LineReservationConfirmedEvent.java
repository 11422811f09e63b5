package com.omnichannel.order.order;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LineReservationConfirmedEvent(String orderId, String groupId, String reservationId)
        implements OrderEvent {
}
