package com.omnichannel.order.location;

import com.omnichannel.events.LocationChanged;
import com.omnichannel.support.messaging.ProcessedEvents;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies inventory-service's LocationChanged events to the location replica, once per event id. */
@Component("locationChanged")
public class LocationChangedConsumer implements Consumer<LocationChanged> {

    private final LocationReplicaRepository replicas;
    private final ProcessedEvents processed;

    public LocationChangedConsumer(LocationReplicaRepository replicas, ProcessedEvents processed) {
        this.replicas = replicas;
        this.processed = processed;
    }

    @Override
    @Transactional
    public void accept(LocationChanged event) {
        if (!processed.firstDelivery(event.getEventId().toString())) {
            return;
        }
        LocationReplica replica = replicas.findById(event.getLocationId())
                .orElseGet(() -> new LocationReplica(event.getLocationId()));
        if (replica.update(event.getSequence(), event.getName(), event.getType().getValue(), event.getLatitude(),
                event.getLongitude(), event.getCapabilities().stream().map(LocationChanged.CapabilitiesEnum::getValue)
                        .collect(Collectors.toSet()), event.getPickupHold(), event.getDailyOrderCapacity())) {
            replicas.save(replica);
        }
    }
}
