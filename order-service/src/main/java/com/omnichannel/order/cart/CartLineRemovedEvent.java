package com.omnichannel.order.cart;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CartLineRemovedEvent(String customerId, String sku, String channel) implements CartEvent {
}
