package com.omnichannel.order.order;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PlaceOrderCommand(@TargetAggregateIdentifier String orderId, String customerId, String channel,
                                List<GroupPlan> groups, ShippingAddress shippingAddress, PaymentReference payment,
                                long total, String currency, long pointsRedeemed,
                                Instant placedAt) {
}
