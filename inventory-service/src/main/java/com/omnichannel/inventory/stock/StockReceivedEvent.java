package com.omnichannel.inventory.stock;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StockReceivedEvent(String stockItemId, String locationId, String sku, int quantity, String reference,
                                 StockLevels levels) implements StockEvent {
}
