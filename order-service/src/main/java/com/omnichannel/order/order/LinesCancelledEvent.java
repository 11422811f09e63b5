package com.omnichannel.order.order;

import java.util.List;
import org.axonframework.serialization.Revision;

/** No location has these lines of the group: they are cancelled and {@code refund} is owed to the customer. */
@Revision("1")
public record LinesCancelledEvent(String orderId, String groupId, List<OrderLineItem> lines, long refund,
                                  String currency, String reason)
        implements OrderEvent {
}
