package com.omnichannel.order.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What inventory-service answered to one reservation request. */
public record RecordReservationOutcomeCommand(@TargetAggregateIdentifier String orderId, String reservationId,
                                              boolean confirmed, long available) {
}
