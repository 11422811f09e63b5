package com.omnichannel.inventory.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reserved goods left the building (handed over, shipped). */
public record FulfilReservationCommand(@TargetAggregateIdentifier String stockItemId, String reservationId) {
}
