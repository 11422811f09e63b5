package com.omnichannel.order.order;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What the store picked for a group; a line picked short (or absent) is a short pick. {@code reroute} is what
 * sourcing made of what would be missing: the locations weighed, with the candidates among them; none: those lines
 * are cancelled.
 */
public record PickGroupCommand(@TargetAggregateIdentifier String orderId, String groupId, List<PickedLine> lines,
                               List<ConsideredLocation> reroute, Instant at) {

    public record PickedLine(String sku, int quantity) {
    }
}
