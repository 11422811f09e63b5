package com.omnichannel.order.order;

/** An ordered SKU with the price it was sold at (snapshot at placement). */
public record OrderLineItem(String sku, int quantity, long unitPrice, String currency, String promotionId) {

    public long lineTotal() {
        return unitPrice * quantity;
    }
}
