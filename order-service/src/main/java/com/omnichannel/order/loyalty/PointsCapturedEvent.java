package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.serialization.Revision;

/** The order of a hold completed: its held points are spent. */
@Revision("1")
public record PointsCapturedEvent(String customerId, String holdId, long points, SalesChannel channel, String orderId,
                                  LoyaltyBalance after)
        implements LoyaltyEvent {
}
