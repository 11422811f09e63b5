package com.omnichannel.order.order;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reserve a group's lines at its candidate number {@code attempt}; {@code noCapacity}: the candidates before it
 * that were skipped because their daily capacity was used up (recorded as a sourcing decision). An attempt past
 * the last candidate only records that decision.
 */
public record RequestGroupReservationCommand(@TargetAggregateIdentifier String orderId, String groupId, int attempt,
                                             List<String> noCapacity) {

    public RequestGroupReservationCommand(String orderId, String groupId, int attempt) {
        this(orderId, groupId, attempt, List.of());
    }
}
