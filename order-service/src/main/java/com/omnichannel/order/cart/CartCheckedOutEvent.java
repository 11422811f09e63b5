package com.omnichannel.order.cart;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CartCheckedOutEvent(String customerId, String orderId, String channel) implements CartEvent {
}
