package com.omnichannel.inventory.messaging;

import com.omnichannel.events.LocationChanged;
import com.omnichannel.inventory.location.LocationDefinedEvent;
import com.omnichannel.support.messaging.IntegrationEventSender;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/** Publishes every location definition from the event store (same outbox as {@link StockEventsPublisher}). */
@Component
@ProcessingGroup(StockEventsPublisher.GROUP)
public class LocationEventsPublisher {

    private final IntegrationEventSender sender;

    public LocationEventsPublisher(IntegrationEventSender sender) {
        this.sender = sender;
    }

    @EventHandler
    void on(LocationDefinedEvent e, @MessageIdentifier String eventId, @SequenceNumber Long sequence,
            @Timestamp Instant at) {
        sender.send("locationChanged-out-0", eventId, "LocationChanged", new LocationChanged()
                .eventId(UUID.fromString(eventId)).schemaVersion(1).aggregateId(e.locationId())
                .occurredAt(at.atOffset(ZoneOffset.UTC)).sequence(sequence).locationId(e.locationId())
                .name(e.name()).type(LocationChanged.TypeEnum.valueOf(e.type())).latitude(e.latitude())
                .longitude(e.longitude())
                .capabilities(e.capabilities().stream().map(LocationChanged.CapabilitiesEnum::valueOf).toList())
                .pickupHold(e.pickupHold()).dailyOrderCapacity(e.dailyOrderCapacity()));
    }
}
