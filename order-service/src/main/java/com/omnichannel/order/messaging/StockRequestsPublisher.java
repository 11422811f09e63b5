package com.omnichannel.order.messaging;

import com.omnichannel.events.ReservationFulfilmentRequested;
import com.omnichannel.events.ReservationReleaseRequested;
import com.omnichannel.events.ReservationRequested;
import com.omnichannel.events.StockReturned;
import com.omnichannel.order.order.GoodsReturnedEvent;
import com.omnichannel.order.order.GroupReservationRequestedEvent;
import com.omnichannel.order.order.LineReservation;
import com.omnichannel.order.order.OrderLineItem;
import com.omnichannel.order.order.ReservationFulfilmentRequestedEvent;
import com.omnichannel.order.order.ReservationReleaseRequestedEvent;
import com.omnichannel.support.messaging.IntegrationEventSender;
import java.nio.charset.StandardCharsets;
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
 * The outbox of order-service: reads the order events from the event store and asks inventory-service for what
 * the orders need (reserve, release, fulfil, restock a return). The token advances only after the broker confirmed each message, so a
 * crash loses nothing; a message sent twice carries the same event id.
 */
@Component
@ProcessingGroup(StockRequestsPublisher.GROUP)
public class StockRequestsPublisher {

    public static final String GROUP = "order-events-outbox";
    static final String BINDING = "stockRequests-out-0";

    private final IntegrationEventSender sender;

    public StockRequestsPublisher(IntegrationEventSender sender) {
        this.sender = sender;
    }

    /** One request per line; each gets an id derived from the stored event's, stable across redelivery. */
    @EventHandler
    void on(GroupReservationRequestedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        for (LineReservation line : e.reservations()) {
            String id = UUID.nameUUIDFromBytes((eventId + "/" + line.reservationId()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            sender.send(BINDING, id, "ReservationRequested", new ReservationRequested()
                    .eventId(UUID.fromString(id)).schemaVersion(1).aggregateId(e.orderId()).occurredAt(utc(at))
                    .reservationId(line.reservationId()).orderId(e.orderId()).groupId(e.groupId())
                    .locationId(e.locationId()).sku(line.sku()).quantity((long) line.quantity())
                    .channel(ReservationRequested.ChannelEnum.fromValue(e.channel())));
        }
    }

    @EventHandler
    void on(ReservationReleaseRequestedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        sender.send(BINDING, eventId, "ReservationReleaseRequested", new ReservationReleaseRequested()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.orderId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).orderId(e.orderId()).locationId(e.locationId()).sku(e.sku()));
    }

    @EventHandler
    void on(ReservationFulfilmentRequestedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        sender.send(BINDING, eventId, "ReservationFulfilmentRequested", new ReservationFulfilmentRequested()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.orderId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).orderId(e.orderId()).locationId(e.locationId()).sku(e.sku()));
    }

    /** One message per returned line, with an id derived from the stored event's. */
    @EventHandler
    void on(GoodsReturnedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        for (OrderLineItem line : e.lines()) {
            String id = UUID.nameUUIDFromBytes((eventId + "/" + line.sku()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            sender.send(BINDING, id, "StockReturned", new StockReturned()
                    .eventId(UUID.fromString(id)).schemaVersion(1).aggregateId(e.orderId()).occurredAt(utc(at))
                    .returnId(e.returnId()).orderId(e.orderId()).locationId(e.storeId()).sku(line.sku())
                    .quantity((long) line.quantity()));
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
