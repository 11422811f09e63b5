package com.omnichannel.order.cart;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Lines added from a guest cart; lines holds the merged lines as they are after the merge. */
@Revision("1")
public record CartMergedEvent(String customerId, String fromCustomerId, List<CartLine> lines, String channel) implements CartEvent {
}
