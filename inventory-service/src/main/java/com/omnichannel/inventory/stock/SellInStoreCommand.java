package com.omnichannel.inventory.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A POS shelf sale: the goods are already in the customer's hand, so it is never refused. */
public record SellInStoreCommand(@TargetAggregateIdentifier String stockItemId, String locationId, String sku,
                                 int quantity, String reference) {

    public SellInStoreCommand(StockItemId id, int quantity, String reference) {
        this(id.toString(), id.locationId(), id.sku(), quantity, reference);
    }
}
