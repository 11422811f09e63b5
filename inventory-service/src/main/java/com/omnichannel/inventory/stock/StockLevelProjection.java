package com.omnichannel.inventory.stock;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code stock_level} in step with every stock event. A subscribing processor: the row changes in the
 * same transaction as the event is stored, so a read after a write sees the write.
 */
@Component
@ProcessingGroup(StockLevelProjection.GROUP)
public class StockLevelProjection {

    public static final String GROUP = "stock-levels";

    private final StockLevelRepository repository;

    public StockLevelProjection(StockLevelRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(StockEvent event, @Timestamp Instant at) {
        StockLevelView view = repository.findById(new StockLevelView.Key(event.locationId(), event.sku()))
                .orElseGet(() -> new StockLevelView(event.locationId(), event.sku()));
        view.apply(event.levels(), at);
        repository.save(view);
    }
}
