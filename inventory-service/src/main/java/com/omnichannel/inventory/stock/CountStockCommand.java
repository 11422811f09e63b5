package com.omnichannel.inventory.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CountStockCommand(@TargetAggregateIdentifier String stockItemId, String locationId, String sku,
                                int countedQuantity, String reason) {

    public CountStockCommand(StockItemId id, int countedQuantity, String reason) {
        this(id.toString(), id.locationId(), id.sku(), countedQuantity, reason);
    }
}
