package com.omnichannel.inventory.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetSafetyStockCommand(@TargetAggregateIdentifier String stockItemId, String locationId, String sku,
                                    int quantity) {

    public SetSafetyStockCommand(StockItemId id, int quantity) {
        this(id.toString(), id.locationId(), id.sku(), quantity);
    }
}
