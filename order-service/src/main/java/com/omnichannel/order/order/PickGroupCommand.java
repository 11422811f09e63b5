package com.omnichannel.order.order;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What the store picked for a group; a line picked short (or absent) is a short pick. {@code rerouteCandidates}
 * are the locations, best first, the caller found for what would be missing; none: those lines are cancelled.
 */
public record PickGroupCommand(@TargetAggregateIdentifier String orderId, String groupId, List<PickedLine> lines,
                               List<String> rerouteCandidates, Instant at) {

    public record PickedLine(String sku, int quantity) {
    }
}
