package com.omnichannel.inventory.stock;

import org.axonframework.serialization.Revision;

/**
 * Stock was counted: on hand is set to the counted figure; a negative difference is shrink, a positive one a gain.
 */
@Revision("1")
public record StockCountedEvent(String stockItemId, String locationId, String sku, int countedQuantity,
                                long difference, String reason, StockLevels levels)
        implements StockEvent {
}
