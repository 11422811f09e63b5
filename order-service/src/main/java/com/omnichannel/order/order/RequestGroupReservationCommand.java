package com.omnichannel.order.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reserve a group's lines at its candidate number {@code attempt}. */
public record RequestGroupReservationCommand(@TargetAggregateIdentifier String orderId, String groupId, int attempt) {
}
