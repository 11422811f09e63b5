package com.omnichannel.order.cart;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CartLineSetEvent(String customerId, CartLine line, String channel) implements CartEvent {
}
