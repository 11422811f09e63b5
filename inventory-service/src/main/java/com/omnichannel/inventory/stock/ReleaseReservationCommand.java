package com.omnichannel.inventory.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReleaseReservationCommand(@TargetAggregateIdentifier String stockItemId, String reservationId) {
}
