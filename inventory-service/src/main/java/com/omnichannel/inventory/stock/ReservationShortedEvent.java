package com.omnichannel.inventory.stock;

import org.axonframework.serialization.Revision;

/**
 * On hand no longer covers this reservation (a shelf sale or a count took the goods): it is released and its owner
 * must re-source it.
 */
@Revision("1")
public record ReservationShortedEvent(String stockItemId, String locationId, String sku, String reservationId,
                                      int quantity, String reference, StockLevels levels)
        implements ReservationEvent {
}
