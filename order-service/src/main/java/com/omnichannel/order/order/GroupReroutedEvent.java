package com.omnichannel.order.order;

import org.axonframework.serialization.Revision;

/** What a short pick left missing becomes a new group, reserved at its candidates in turn. */
@Revision("1")
public record GroupReroutedEvent(String orderId, String fromGroupId, GroupPlan group)
        implements OrderEvent {
}
