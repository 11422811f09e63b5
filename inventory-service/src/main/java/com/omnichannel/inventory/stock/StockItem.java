package com.omnichannel.inventory.stock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** One SKU at one location, event-sourced: what is on hand, reserved and kept back as safety stock. */
@Aggregate
public class StockItem {

    @AggregateIdentifier
    private String id;
    private StockLevels levels = StockLevels.NONE;

    protected StockItem() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevels handle(ReceiveStockCommand command) {
        requirePositive(command.quantity());
        StockLevels after = levels.withOnHand(levels.onHand() + command.quantity());
        apply(new StockReceivedEvent(command.stockItemId(), command.locationId(), command.sku(), command.quantity(),
                command.reference(), after));
        return after;
    }

    @EventSourcingHandler
    void on(StockEvent event) {
        id = event.stockItemId();
        levels = event.levels();
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}
