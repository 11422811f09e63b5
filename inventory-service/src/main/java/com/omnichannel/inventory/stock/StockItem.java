package com.omnichannel.inventory.stock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One SKU at one location, event-sourced: what is on hand, reserved and kept back as safety stock.
 * Invariant: a reservation is accepted only while reserved stays within on hand minus safety stock. Every
 * instance appends with the next sequence number, so two instances that race on one item cannot both win.
 * Snapshots (when {@link StockItemSnapshotTriggerDefinition} says) store the fields as they are.
 */
@Aggregate(snapshotTriggerDefinition = "stockItemSnapshotTrigger", cache = "stockItemCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class StockItem {

    static final String EXPIRY = "reservation-expiry";

    @AggregateIdentifier
    private String id;
    private String locationId;
    private String sku;
    private StockLevels levels = StockLevels.NONE;
    /** Live reservations, oldest first. */
    private LinkedHashMap<String, Held> reservations = new LinkedHashMap<>();

    record Held(int quantity, String reference, Instant expiresAt) {
    }

    protected StockItem() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevels handle(ReceiveStockCommand command) {
        requirePositive(command.quantity());
        apply(new StockReceivedEvent(command.stockItemId(), command.locationId(), command.sku(), command.quantity(),
                command.reference(), levels.withOnHand(levels.onHand() + command.quantity())));
        return levels;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevels handle(CountStockCommand command) {
        if (command.countedQuantity() < 0) {
            throw new IllegalArgumentException("countedQuantity must not be negative");
        }
        apply(new StockCountedEvent(command.stockItemId(), command.locationId(), command.sku(),
                command.countedQuantity(), command.countedQuantity() - levels.onHand(), command.reason(),
                levels.withOnHand(command.countedQuantity())));
        shortUncoveredReservations();
        return levels;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StockLevels handle(SetSafetyStockCommand command) {
        if (command.quantity() < 0) {
            throw new IllegalArgumentException("safety stock must not be negative");
        }
        if (command.quantity() != levels.safetyStock()) {
            apply(new SafetyStockSetEvent(command.stockItemId(), command.locationId(), command.sku(),
                    command.quantity(), levels.withSafetyStock(command.quantity())));
        }
        return levels;
    }

    /** Also for a SKU never stocked at the location (an order may ask anywhere): the request is then refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ReservationResult handle(ReserveStockCommand command, DeadlineManager deadlines) {
        requirePositive(command.quantity());
        Accepting accepting = new Accepting();
        ReservationResult result = accepting.reserve(command, deadlines);
        accepting.store();
        if (!result.accepted() && !command.recordRejection()) {
            throw new InsufficientStockException(command.stockItemId(), command.quantity(),
                    result.levels().available());
        }
        return result;
    }

    /** Each request is decided in turn; a refusal answers that request only and stores nothing unless recorded. */
    @CommandHandler
    public List<ReservationResult> handle(ReserveStockBatchCommand batch, DeadlineManager deadlines) {
        Accepting accepting = new Accepting();
        List<ReservationResult> results = new ArrayList<>(batch.requests().size());
        for (ReserveStockCommand request : batch.requests()) {
            results.add(request.quantity() > 0 ? accepting.reserve(request, deadlines)
                    : new ReservationResult(false, accepting.levels));
        }
        accepting.store();
        return results;
    }

    /** The reservations one command accepts, stored together as one event when it has decided them all. */
    private final class Accepting {
        private final List<StockReservationsAcceptedEvent.Accepted> accepted = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private StockLevels levels = StockItem.this.levels;

        ReservationResult reserve(ReserveStockCommand command, DeadlineManager deadlines) {
            if (reservations.containsKey(command.reservationId()) || ids.contains(command.reservationId())) {
                return new ReservationResult(true, levels);
            }
            long available = levels.available();
            if (command.quantity() > available) {
                if (command.recordRejection()) {
                    store();
                    apply(new StockReservationRejectedEvent(command.stockItemId(), command.locationId(),
                            command.sku(), command.reservationId(), command.quantity(), command.reference(),
                            command.channel(), available, levels));
                }
                return new ReservationResult(false, levels);
            }
            accepted.add(new StockReservationsAcceptedEvent.Accepted(command.reservationId(), command.quantity(),
                    command.reference(), command.channel(), command.expiresAt()));
            ids.add(command.reservationId());
            levels = levels.withReserved(levels.reserved() + command.quantity());
            if (command.expiresAt() != null) {
                deadlines.schedule(command.expiresAt(), EXPIRY, command.reservationId());
            }
            return new ReservationResult(true, levels);
        }

        void store() {
            if (!accepted.isEmpty()) {
                apply(new StockReservationsAcceptedEvent(id, locationId, sku, List.copyOf(accepted), levels));
                accepted.clear();
            }
        }
    }

    /** Releasing a reservation that is no longer live changes nothing: releases are idempotent. */
    @CommandHandler
    public StockLevels handle(ReleaseReservationCommand command) {
        Held held = reservations.get(command.reservationId());
        if (held != null) {
            apply(new ReservationReleasedEvent(id, locationId, sku, command.reservationId(), held.quantity(),
                    held.reference(), levels.withReserved(levels.reserved() - held.quantity())));
        }
        return levels;
    }

    @CommandHandler
    public StockLevels handle(FulfilReservationCommand command) {
        Held held = reservations.get(command.reservationId());
        if (held == null) {
            throw new ReservationNotLiveException(command.reservationId(), "no longer held");
        }
        apply(new ReservationFulfilledEvent(id, locationId, sku, command.reservationId(), held.quantity(),
                held.reference(), new StockLevels(levels.onHand() - held.quantity(),
                        levels.reserved() - held.quantity(), levels.safetyStock())));
        return levels;
    }

    /** Never refused: the goods are in the customer's hand. Reservations left uncovered are shorted, newest first. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SaleOutcome handle(SellInStoreCommand command) {
        requirePositive(command.quantity());
        int fromStock = (int) Math.min(command.quantity(), levels.onHand());
        apply(new StockSoldEvent(command.stockItemId(), command.locationId(), command.sku(), command.quantity(),
                fromStock, command.reference(), levels.withOnHand(levels.onHand() - fromStock)));
        List<String> shorted = shortUncoveredReservations();
        return new SaleOutcome(levels, shorted);
    }

    @DeadlineHandler(deadlineName = EXPIRY)
    void expire(String reservationId) {
        Held held = reservations.get(reservationId);
        if (held != null) {
            apply(new ReservationExpiredEvent(id, locationId, sku, reservationId, held.quantity(), held.reference(),
                    levels.withReserved(levels.reserved() - held.quantity())));
        }
    }

    private List<String> shortUncoveredReservations() {
        List<String> shorted = new ArrayList<>();
        while (levels.reserved() > levels.onHand() && !reservations.isEmpty()) {
            Map.Entry<String, Held> newest = null;
            for (Map.Entry<String, Held> entry : reservations.entrySet()) {
                newest = entry;
            }
            Held held = newest.getValue();
            apply(new ReservationShortedEvent(id, locationId, sku, newest.getKey(), held.quantity(),
                    held.reference(), levels.withReserved(levels.reserved() - held.quantity())));
            shorted.add(newest.getKey());
        }
        return shorted;
    }

    @EventSourcingHandler
    void on(StockEvent event) {
        id = event.stockItemId();
        locationId = event.locationId();
        sku = event.sku();
        levels = event.levels();
    }

    @EventSourcingHandler
    void on(StockReservedEvent event) {
        on((StockEvent) event);
        reservations.put(event.reservationId(), new Held(event.quantity(), event.reference(), event.expiresAt()));
    }

    @EventSourcingHandler
    void on(StockReservationsAcceptedEvent event) {
        event.each().forEach(this::on);
    }

    @EventSourcingHandler
    void on(ReservationEvent event) {
        on((StockEvent) event);
        reservations.remove(event.reservationId());
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}
