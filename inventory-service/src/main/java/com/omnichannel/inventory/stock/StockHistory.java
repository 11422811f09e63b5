package com.omnichannel.inventory.stock;

import com.omnichannel.inventory.api.model.StockMovement;
import com.omnichannel.inventory.api.model.StockMovementType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stock history answered from the event stream itself: the movements of an item, and its figures at any instant. */
@Component
public class StockHistory {

    private static final Map<Class<?>, StockMovementType> RESERVATION_TYPES = Map.of(
            StockReservedEvent.class, StockMovementType.RESERVED,
            ReservationReleasedEvent.class, StockMovementType.RELEASED,
            ReservationExpiredEvent.class, StockMovementType.EXPIRED,
            ReservationFulfilledEvent.class, StockMovementType.FULFILLED,
            ReservationShortedEvent.class, StockMovementType.SHORTED);

    private final EventStore eventStore;

    public StockHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Transactional(readOnly = true)
    public List<StockMovement> movements(StockItemId id) {
        return events(id).flatMap(StockHistory::toMovements).toList();
    }

    /** The figures after the last event at or before {@code at}; none before the first event. */
    @Transactional(readOnly = true)
    public StockLevels levelsAt(StockItemId id, Instant at) {
        return events(id).takeWhile(e -> !e.getTimestamp().isAfter(at))
                .reduce((earlier, later) -> later)
                .map(e -> ((StockEvent) e.getPayload()).levels())
                .orElse(StockLevels.NONE);
    }

    private Stream<DomainEventMessage<?>> events(StockItemId id) {
        return eventStore.readEvents(id.toString(), 0).asStream()
                .<DomainEventMessage<?>>map(e -> e)
                .filter(e -> e.getPayload() instanceof StockEvent);
    }

    private static Stream<StockMovement> toMovements(DomainEventMessage<?> message) {
        List<? extends StockEvent> events = message.getPayload() instanceof StockReservationsAcceptedEvent batch
                ? batch.each() : List.of((StockEvent) message.getPayload());
        return events.stream().map(event -> toMovement(event, message.getTimestamp())).flatMap(Optional::stream);
    }

    private static Optional<StockMovement> toMovement(StockEvent event, Instant at) {
        StockMovement movement = new StockMovement()
                .at(at.atOffset(ZoneOffset.UTC))
                .onHandAfter(event.levels().onHand())
                .reservedAfter(event.levels().reserved());
        if (event instanceof ReservationEvent r) {
            movement.reservationId(r.reservationId()).quantity((long) r.quantity()).reference(r.reference());
        }
        if (event instanceof StockReceivedEvent e) {
            movement.type(StockMovementType.RECEIVED).quantity((long) e.quantity()).reference(e.reference());
        } else if (event instanceof StockCountedEvent e) {
            movement.type(StockMovementType.COUNTED).quantity(e.difference()).reference(e.reason());
        } else if (event instanceof SafetyStockSetEvent e) {
            movement.type(StockMovementType.SAFETY_STOCK_SET).quantity((long) e.quantity());
        } else if (event instanceof StockSoldEvent e) {
            movement.type(StockMovementType.SOLD).quantity((long) e.soldFromStock()).reference(e.reference());
        } else if (RESERVATION_TYPES.containsKey(event.getClass())) {
            movement.type(RESERVATION_TYPES.get(event.getClass()));
        } else {
            return Optional.empty();
        }
        return Optional.of(movement);
    }
}
