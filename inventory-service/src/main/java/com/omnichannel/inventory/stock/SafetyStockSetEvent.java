package com.omnichannel.inventory.stock;

import org.axonframework.serialization.Revision;

/** Units kept back from online promises. */
@Revision("1")
public record SafetyStockSetEvent(String stockItemId, String locationId, String sku, int quantity,
                                  StockLevels levels)
        implements StockEvent {
}
