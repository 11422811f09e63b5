package com.omnichannel.order.pricing;

import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.pricing.PriceQuote;
import com.omnichannel.support.pricing.PriceRule;
import com.omnichannel.support.pricing.SalesChannel;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What carts and orders are charged: the price of a SKU on a channel at an instant, by the same rule
 * inventory-service answers with, from the local replica only, so it answers while inventory-service is down.
 */
@Component
public class Prices {

    private final PriceReplicaRepository replicas;

    public Prices(PriceReplicaRepository replicas) {
        this.replicas = replicas;
    }

    /** The price, or empty when inventory-service has not published the SKU (yet). */
    @Transactional(readOnly = true)
    public Optional<PriceQuote> find(String sku, SalesChannel channel, Instant at) {
        return replicas.findById(sku).map(r -> PriceRule.price(r.prices(), channel, at));
    }

    /** The price; a SKU without one is a {@link NotFoundException}. */
    public PriceQuote price(String sku, SalesChannel channel, Instant at) {
        return find(sku, channel, at).orElseThrow(() -> new NotFoundException("No price for SKU " + sku));
    }
}
