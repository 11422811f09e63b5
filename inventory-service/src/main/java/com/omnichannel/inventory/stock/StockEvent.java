package com.omnichannel.inventory.stock;

/** Every event of a {@link StockItem} carries the item's identity and its figures after the event. */
public interface StockEvent {

    String stockItemId();

    String locationId();

    String sku();

    StockLevels levels();
}
