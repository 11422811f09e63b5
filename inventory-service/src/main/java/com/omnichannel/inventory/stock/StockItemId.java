package com.omnichannel.inventory.stock;

/** One SKU at one location: the identity of a {@link StockItem}. */
public record StockItemId(String locationId, String sku) {

    public static StockItemId of(String locationId, String sku) {
        return new StockItemId(locationId, sku);
    }

    @Override
    public String toString() {
        return locationId + "/" + sku;
    }
}
