package com.omnichannel.order.order;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Where a group's goods are to come from ({@code chosenLocationId}, null when no location can serve), with every
 * location weighed and its verdict, nearest first.
 */
@Revision("1")
public record SourcingDecidedEvent(String orderId, String groupId, Trigger trigger, String chosenLocationId,
                                   List<ConsideredLocation> considered)
        implements OrderEvent {

    public enum Trigger { PLACEMENT, RESERVATION_REFUSED, SHORT_PICK }
}
