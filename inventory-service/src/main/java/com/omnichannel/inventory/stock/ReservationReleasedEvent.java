package com.omnichannel.inventory.stock;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ReservationReleasedEvent(String stockItemId, String locationId, String sku, String reservationId,
                                       int quantity, String reference, StockLevels levels)
        implements ReservationEvent {
}
