package com.omnichannel.inventory.messaging;

import com.omnichannel.events.ReservationConfirmed;
import com.omnichannel.events.ReservationExpired;
import com.omnichannel.events.ReservationRejected;
import com.omnichannel.events.ReservationReleased;
import com.omnichannel.events.ReservationShorted;
import com.omnichannel.events.ReservationsConfirmed;
import com.omnichannel.inventory.stock.ReservationExpiredEvent;
import com.omnichannel.inventory.stock.ReservationReleasedEvent;
import com.omnichannel.inventory.stock.ReservationShortedEvent;
import com.omnichannel.inventory.stock.StockReservationRejectedEvent;
import com.omnichannel.inventory.stock.StockReservationsAcceptedEvent;
import com.omnichannel.inventory.stock.StockReservedEvent;
import com.omnichannel.support.messaging.IntegrationEventSender;
import com.omnichannel.support.messaging.SentTogether;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Publishes the outcome of every reservation (confirmed, rejected, released, expired, shorted) from the event
 * store, for the order process in order-service. The reservations accepted in one batch of the outbox's events, of
 * whichever stock items, leave as one message when the batch is about to commit; an outcome of another kind first
 * sends the acceptances collected before it, so no message overtakes an earlier event's. Same outbox guarantees as
 * {@link StockEventsPublisher}.
 */
@Component
@ProcessingGroup(StockEventsPublisher.GROUP)
public class ReservationEventsPublisher {

    static final String BINDING = "reservationEvents-out-0";

    private final IntegrationEventSender sender;
    private final SentTogether<ReservationConfirmed> confirmations;

    public ReservationEventsPublisher(IntegrationEventSender sender) {
        this.sender = sender;
        this.confirmations = new SentTogether<>("reservationConfirmations", this::sendTogether);
    }

    /** A reservation stored before batches existed leaves as a batch of one. */
    @EventHandler
    void on(StockReservedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        confirm(List.of(e), eventId, at, id -> eventId);
    }

    /** Each reservation the command accepted keeps an id of its own. */
    @EventHandler
    void on(StockReservationsAcceptedEvent batch, @MessageIdentifier String eventId, @Timestamp Instant at) {
        confirm(batch.each(), eventId, at, reservationId -> eventId + "/" + reservationId);
    }

    private void confirm(List<StockReservedEvent> accepted, String eventId, Instant at,
            UnaryOperator<String> entryKey) {
        confirmations.add(accepted.stream().map(e -> new ReservationConfirmed()
                .eventId(outcomeId("ReservationConfirmed", entryKey.apply(e.reservationId())))
                .schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).locationId(e.locationId()).sku(e.sku())
                .quantity((long) e.quantity()).reference(e.reference())
                .expiresAt(e.expiresAt() == null ? null : utc(e.expiresAt()))).toList());
    }

    /** The envelope's id is derived from its entries', its stock item and time are its first entry's. */
    private void sendTogether(List<ReservationConfirmed> entries) {
        UUID batchId = SentTogether.envelopeId("ReservationsConfirmed/",
                entries.stream().map(ReservationConfirmed::getEventId).toList());
        ReservationConfirmed first = entries.get(0);
        sender.sendAndAwait(BINDING, batchId.toString(), "ReservationsConfirmed", new ReservationsConfirmed()
                .eventId(batchId).schemaVersion(1).aggregateId(first.getAggregateId())
                .occurredAt(first.getOccurredAt()).locationId(first.getLocationId()).sku(first.getSku())
                .confirmations(entries));
    }

    @EventHandler
    void on(StockReservationRejectedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        confirmations.flush();
        UUID outcomeId = outcomeId("ReservationRejected", eventId);
        sender.send(BINDING, outcomeId.toString(), "ReservationRejected", new ReservationRejected()
                .eventId(outcomeId).schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).locationId(e.locationId()).sku(e.sku())
                .quantity((long) e.quantity()).reference(e.reference()).available(e.available()));
    }

    @EventHandler
    void on(ReservationReleasedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        confirmations.flush();
        UUID outcomeId = outcomeId("ReservationReleased", eventId);
        sender.send(BINDING, outcomeId.toString(), "ReservationReleased", new ReservationReleased()
                .eventId(outcomeId).schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).locationId(e.locationId()).sku(e.sku())
                .quantity((long) e.quantity()).reference(e.reference()));
    }

    @EventHandler
    void on(ReservationExpiredEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        confirmations.flush();
        UUID outcomeId = outcomeId("ReservationExpired", eventId);
        sender.send(BINDING, outcomeId.toString(), "ReservationExpired", new ReservationExpired()
                .eventId(outcomeId).schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).locationId(e.locationId()).sku(e.sku())
                .quantity((long) e.quantity()).reference(e.reference()));
    }

    @EventHandler
    void on(ReservationShortedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        confirmations.flush();
        UUID outcomeId = outcomeId("ReservationShorted", eventId);
        sender.send(BINDING, outcomeId.toString(), "ReservationShorted", new ReservationShorted()
                .eventId(outcomeId).schemaVersion(1).aggregateId(e.stockItemId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).locationId(e.locationId()).sku(e.sku())
                .quantity((long) e.quantity()).reference(e.reference()));
    }

    /**
     * The same stored event also leaves as StockLevelChanged under its own id; an outcome gets an id of its own,
     * derived from the stored event's so that a redelivery carries the same one.
     */
    private static UUID outcomeId(String type, String eventId) {
        return UUID.nameUUIDFromBytes((type + "/" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
