package com.omnichannel.order.cart;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The guest cart gave its lines away and is empty. */
@Revision("1")
public record CartHandedOverEvent(String customerId, String intoCustomerId, List<CartLine> lines, String channel) implements CartEvent {
}
