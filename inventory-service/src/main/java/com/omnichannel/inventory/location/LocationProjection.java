package com.omnichannel.inventory.location;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps {@code location} in step with the location events, in the same transaction (a subscribing processor). */
@Component
@ProcessingGroup("locations")
public class LocationProjection {

    private final LocationRepository repository;

    public LocationProjection(LocationRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(LocationDefinedEvent event, @Timestamp Instant at) {
        LocationView view = repository.findById(event.locationId()).orElseGet(() -> new LocationView(event.locationId()));
        view.apply(event, at);
        repository.save(view);
    }
}
