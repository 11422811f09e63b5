package com.omnichannel.inventory.stock;

import org.axonframework.serialization.Revision;

/** A reservation that was refused for want of stock (recorded only for requests answered by message). */
@Revision("1")
public record StockReservationRejectedEvent(String stockItemId, String locationId, String sku, String reservationId,
                                            int quantity, String reference, String channel, long available,
                                            StockLevels levels)
        implements StockEvent {
}
