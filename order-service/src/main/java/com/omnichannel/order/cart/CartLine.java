package com.omnichannel.order.cart;

/** One line of a cart: a SKU, how many, and how the customer wants it (SHIP, or PICKUP at a store). */
public record CartLine(String sku, int quantity, String fulfilmentType, String storeId) {

    CartLine withQuantity(int value) {
        return new CartLine(sku, value, fulfilmentType, storeId);
    }
}
