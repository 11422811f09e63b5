package com.omnichannel.order.order;

import org.axonframework.serialization.Revision;

/** The reserved goods left the building: the outbox asks inventory-service to fulfil the reservation. */
@Revision("1")
public record ReservationFulfilmentRequestedEvent(String orderId, String reservationId, String locationId, String sku)
        implements OrderEvent {
}
