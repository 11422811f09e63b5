package com.omnichannel.inventory.pricing;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code product} and {@code product_promotion} in step with every product event. A subscribing processor:
 * the rows change in the same transaction as the event is stored, so a price asked right after a change sees it.
 */
@Component
@ProcessingGroup(ProductProjection.GROUP)
public class ProductProjection {

    public static final String GROUP = "products";

    private final ProductViewRepository repository;

    public ProductProjection(ProductViewRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(ProductEvent event, @Timestamp Instant at) {
        ProductView view = repository.findById(event.sku()).orElseGet(() -> new ProductView(event.sku()));
        view.replace(event.product(), at);
        repository.save(view);
    }
}
