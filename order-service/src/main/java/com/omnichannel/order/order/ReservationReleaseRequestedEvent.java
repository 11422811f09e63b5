package com.omnichannel.order.order;

import org.axonframework.serialization.Revision;

/** The order no longer needs a reservation: the outbox asks inventory-service to release it. */
@Revision("1")
public record ReservationReleaseRequestedEvent(String orderId, String reservationId, String locationId, String sku)
        implements OrderEvent {
}
