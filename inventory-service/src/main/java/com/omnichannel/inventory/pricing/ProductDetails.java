package com.omnichannel.inventory.pricing;

import com.omnichannel.support.pricing.PriceBookEntry;

/** Everything known of one product: what each of its events carries as the state after the event. */
public record ProductDetails(String sku, String name, String gtin, PriceBookEntry prices) {

    public ProductDetails withPrices(PriceBookEntry value) {
        return new ProductDetails(sku, name, gtin, value);
    }
}
