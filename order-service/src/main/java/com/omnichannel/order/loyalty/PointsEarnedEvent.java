package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.serialization.Revision;

/** Points earned on goods that reached the customer; the balance grows by all of them. */
@Revision("1")
public record PointsEarnedEvent(String customerId, long points, SalesChannel channel, String orderId, String reference,
                                LoyaltyBalance after)
        implements LoyaltyEvent {
}
