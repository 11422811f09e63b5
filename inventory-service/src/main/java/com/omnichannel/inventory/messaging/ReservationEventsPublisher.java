package com.omnichannel.inventory.messaging;

import com.omnichannel.events.ReservationConfirmed;
import com.omnichannel.events.ReservationExpired;
import com.omnichannel.events.ReservationRejected;
import com.omnichannel.events.ReservationReleased;
import com.omnichannel.events.ReservationShorted;
import com.omnichannel.inventory.stock.ReservationExpiredEvent;
import com.omnichannel.inventory.stock.ReservationReleasedEvent;
import com.omnichannel.inventory.stock.ReservationShortedEvent;
import com.omnichannel.inventory.stock.StockReservationRejectedEvent;
import com.omnichannel.inventory.stock.StockReservedEvent;
import com.omnichannel.support.messaging.IntegrationEventSender;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Publishes the outcome of every reservation (confirmed, rejected, released, expired, shorted) from the event
 * store, for the order process in order-service. Same outbox guarantees as {@link StockEventsPublisher}.
 */
@Component
@ProcessingGroup(StockEventsPublisher.GROUP)
public class ReservationEventsPublisher {

    static final String BINDING = "reservationEvents-out-0";

    private final IntegrationEventSender sender;

    public ReservationEventsPublisher(IntegrationEventSender sender) {
        this.sender = sender;
    }

    @EventHandler
    void on(StockReservedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        sender.send(BINDING, eventId, "ReservationConfirmed", new ReservationConfirmed()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).locationId(e.locationId()).sku(e.sku())
                .quantity((long) e.quantity()).reference(e.reference())
                .expiresAt(e.expiresAt() == null ? null : utc(e.expiresAt())));
    }

    @EventHandler
    void on(StockReservationRejectedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        sender.send(BINDING, eventId, "ReservationRejected", new ReservationRejected()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .locationId(e.locationId()).sku(e.sku()).quantity((long) e.quantity()).reference(e.reference())
                .available(e.available()));
    }

    @EventHandler
    void on(ReservationReleasedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        sender.send(BINDING, eventId, "ReservationReleased", new ReservationReleased()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).locationId(e.locationId()).sku(e.sku())
                .quantity((long) e.quantity()).reference(e.reference()));
    }

    @EventHandler
    void on(ReservationExpiredEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        sender.send(BINDING, eventId, "ReservationExpired", new ReservationExpired()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).locationId(e.locationId()).sku(e.sku())
                .quantity((long) e.quantity()).reference(e.reference()));
    }

    @EventHandler
    void on(ReservationShortedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        sender.send(BINDING, eventId, "ReservationShorted", new ReservationShorted()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).locationId(e.locationId()).sku(e.sku())
                .quantity((long) e.quantity()).reference(e.reference()));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
