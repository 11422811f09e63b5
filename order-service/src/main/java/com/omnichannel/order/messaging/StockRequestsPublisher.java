package com.omnichannel.order.messaging;

import com.omnichannel.events.ReservationFulfilmentRequested;
import com.omnichannel.events.ReservationReleaseRequested;
import com.omnichannel.events.ReservationRequested;
import com.omnichannel.events.ReservationsRequested;
import com.omnichannel.events.StockReturned;
import com.omnichannel.order.order.GoodsReturnedEvent;
import com.omnichannel.order.order.GroupReservationRequestedEvent;
import com.omnichannel.order.order.LineReservation;
import com.omnichannel.order.order.OrderLineItem;
import com.omnichannel.order.order.ReservationFulfilmentRequestedEvent;
import com.omnichannel.order.order.ReservationReleaseRequestedEvent;
import com.omnichannel.support.messaging.IntegrationEventSender;
import com.omnichannel.support.messaging.SentTogether;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * The outbox of order-service: reads the order events from the event store and asks inventory-service for what
 * the orders need (reserve, release, fulfil, restock a return). The token advances only after the broker confirmed each
 * message, so a crash loses nothing; a request sent twice carries the same event id. Requests leave in the order of
 * their events: a release or fulfilment first sends the reservation requests collected before it.
 */
@Component
@ProcessingGroup(StockRequestsPublisher.GROUP)
public class StockRequestsPublisher {

    public static final String GROUP = "order-events-outbox";
    static final String BINDING = "stockRequests-out-0";

    private final IntegrationEventSender sender;
    private final SentTogether<ReservationRequested> reservations;

    public StockRequestsPublisher(IntegrationEventSender sender) {
        this.sender = sender;
        this.reservations = new SentTogether<>("reservationRequests", this::sendTogether);
    }

    /**
     * One request per line, each with an id derived from the stored event's, stable across redelivery. The requests
     * of one batch of events leave together, as one ReservationsRequested, when the batch is about to commit.
     */
    @EventHandler
    void on(GroupReservationRequestedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        List<ReservationRequested> requests = new ArrayList<>();
        for (LineReservation line : e.reservations()) {
            String id = UUID.nameUUIDFromBytes((eventId + "/" + line.reservationId()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            requests.add(new ReservationRequested()
                    .eventId(UUID.fromString(id)).schemaVersion(1).aggregateId(e.orderId()).occurredAt(utc(at))
                    .reservationId(line.reservationId()).orderId(e.orderId()).groupId(e.groupId())
                    .locationId(e.locationId()).sku(line.sku()).quantity((long) line.quantity())
                    .channel(ReservationRequested.ChannelEnum.fromValue(e.channel())));
        }
        reservations.add(requests);
    }

    private void sendTogether(List<ReservationRequested> requests) {
        UUID id = SentTogether.envelopeId("", requests.stream().map(ReservationRequested::getEventId).toList());
        ReservationRequested first = requests.get(0);
        sender.sendAndAwait(BINDING, id.toString(), "ReservationsRequested", new ReservationsRequested()
                .eventId(id).schemaVersion(1).aggregateId(first.getOrderId()).occurredAt(first.getOccurredAt())
                .requests(requests));
    }

    @EventHandler
    void on(ReservationReleaseRequestedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        reservations.flush();
        sender.send(BINDING, eventId, "ReservationReleaseRequested", new ReservationReleaseRequested()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.orderId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).orderId(e.orderId()).locationId(e.locationId()).sku(e.sku()));
    }

    @EventHandler
    void on(ReservationFulfilmentRequestedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        reservations.flush();
        sender.send(BINDING, eventId, "ReservationFulfilmentRequested", new ReservationFulfilmentRequested()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.orderId()).occurredAt(utc(at))
                .reservationId(e.reservationId()).orderId(e.orderId()).locationId(e.locationId()).sku(e.sku()));
    }

    /** One message per returned line, with an id derived from the stored event's. */
    @EventHandler
    void on(GoodsReturnedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        reservations.flush();
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
