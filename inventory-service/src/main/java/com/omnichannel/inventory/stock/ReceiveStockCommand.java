package com.omnichannel.inventory.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReceiveStockCommand(@TargetAggregateIdentifier String stockItemId, String locationId, String sku,
                                  int quantity, String reference) {

    public ReceiveStockCommand(StockItemId id, int quantity, String reference) {
        this(id.toString(), id.locationId(), id.sku(), quantity, reference);
    }
}
