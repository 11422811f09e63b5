package com.omnichannel.inventory.location;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A store or warehouse, event-sourced so that every change reaches order-service's replica through the outbox. */
@Aggregate
public class Location {

    @AggregateIdentifier
    private String locationId;
    private LocationDefinedEvent definition;

    protected Location() {
        // for Axon
    }

    /** Defining a location as it already is stores nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineLocationCommand command) {
        LocationDefinedEvent event = LocationDefinedEvent.of(command);
        if (!event.equals(definition)) {
            apply(event);
        }
    }

    @EventSourcingHandler
    void on(LocationDefinedEvent event) {
        locationId = event.locationId();
        definition = event;
    }
}
