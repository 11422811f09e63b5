package com.omnichannel.order.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code sourcing}: per ship group, the locations sourcing weighed for it (see {@link SourcingDecidedEvent}). */
public record PlaceOrderCommand(@TargetAggregateIdentifier String orderId, String customerId, String channel,
                                List<GroupPlan> groups, ShippingAddress shippingAddress, PaymentReference payment,
                                long total, String currency, long pointsRedeemed,
                                Instant placedAt, Map<String, List<ConsideredLocation>> sourcing) {
}
