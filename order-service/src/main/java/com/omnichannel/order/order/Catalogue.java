package com.omnichannel.order.order;

import com.omnichannel.order.location.LocationReplica;
import com.omnichannel.order.location.LocationReplicaRepository;
import com.omnichannel.order.pricing.Prices;
import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.pricing.PriceQuote;
import com.omnichannel.support.pricing.SalesChannel;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a cart line or an order line may ask for, checked against order-service's own replicas (so carts and orders
 * keep working while inventory-service is down): a SKU with a price, a quantity within the configured maximum, and
 * pickup only at a store that offers it.
 */
@Component
public class Catalogue {

    private final Prices prices;
    private final LocationReplicaRepository locations;
    private final int maxLineQuantity;

    public Catalogue(Prices prices, LocationReplicaRepository locations,
                     @Value("${omnichannel.orders.max-line-quantity:100}") int maxLineQuantity) {
        this.prices = prices;
        this.locations = locations;
        this.maxLineQuantity = maxLineQuantity;
    }

    /** The price of a SKU now, on a channel; 400 naming {@code field} when nobody sells it. */
    public PriceQuote price(String field, String sku, String channel, Instant at) {
        return prices.find(sku, SalesChannel.valueOf(channel), at)
                .orElseThrow(() -> new FieldValidationException(field, "unknown SKU " + sku));
    }

    public void requireQuantity(String field, int quantity, boolean zeroAllowed) {
        if (quantity < (zeroAllowed ? 0 : 1)) {
            throw new FieldValidationException(field, zeroAllowed ? "must not be negative" : "must be at least 1");
        }
        if (quantity > maxLineQuantity) {
            throw new FieldValidationException(field, "must be at most " + maxLineQuantity);
        }
    }

    /** The store of a pickup: it must exist and offer pickup in store. */
    public LocationReplica pickupStore(String field, String storeId) {
        if (storeId == null) {
            throw new FieldValidationException(field, "a pickup needs the store it is picked up at");
        }
        LocationReplica store = locations.findById(storeId)
                .orElseThrow(() -> new FieldValidationException(field, "unknown store " + storeId));
        if (!store.offersPickup()) {
            throw new FieldValidationException(field, "store " + storeId + " does not offer pickup in store");
        }
        return store;
    }
}
