package com.omnichannel.inventory.stock;

import org.axonframework.serialization.Revision;

/** The reserved goods left the building: on hand and reserved both drop. */
@Revision("1")
public record ReservationFulfilledEvent(String stockItemId, String locationId, String sku, String reservationId,
                                        int quantity, String reference, StockLevels levels)
        implements ReservationEvent {
}
