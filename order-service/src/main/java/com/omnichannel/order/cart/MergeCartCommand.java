package com.omnichannel.order.cart;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a guest cart's lines to the customer's cart: quantities add up; the customer's fulfilment choice stays. */
public record MergeCartCommand(@TargetAggregateIdentifier String customerId, String fromCustomerId,
                               List<CartLine> lines, String channel) {
}
