package com.omnichannel.inventory.stock;

import org.axonframework.serialization.Revision;

/** A POS shelf sale; soldFromStock is what on hand actually dropped by (never below zero). */
@Revision("1")
public record StockSoldEvent(String stockItemId, String locationId, String sku, int quantity, int soldFromStock,
                             String reference, StockLevels levels)
        implements StockEvent {
}
