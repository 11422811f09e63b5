package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.serialization.Revision;

/** Points moved from the balance to held, for an order being placed. */
@Revision("1")
public record PointsHeldEvent(String customerId, String holdId, long points, SalesChannel channel, String orderId,
                              LoyaltyBalance after)
        implements LoyaltyEvent {
}
