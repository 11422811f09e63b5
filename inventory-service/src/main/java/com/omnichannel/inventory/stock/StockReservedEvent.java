package com.omnichannel.inventory.stock;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record StockReservedEvent(String stockItemId, String locationId, String sku, String reservationId,
                                 int quantity, String reference, String channel, Instant expiresAt,
                                 StockLevels levels)
        implements ReservationEvent {
}
