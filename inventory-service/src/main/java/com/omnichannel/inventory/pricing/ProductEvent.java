package com.omnichannel.inventory.pricing;

/** Every event of a {@link Product} carries the whole product after the event. */
public interface ProductEvent {

    ProductDetails product();

    default String sku() {
        return product().sku();
    }
}
