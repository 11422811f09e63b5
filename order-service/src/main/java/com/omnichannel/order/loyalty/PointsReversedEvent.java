package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.serialization.Revision;

/** Earned points taken back from the balance (at most what it held). */
@Revision("1")
public record PointsReversedEvent(String customerId, long points, SalesChannel channel, String orderId,
                                  String reference, LoyaltyBalance after)
        implements LoyaltyEvent {
}
