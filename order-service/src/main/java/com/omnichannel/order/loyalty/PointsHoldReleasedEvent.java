package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.serialization.Revision;

/** The order of a hold was cancelled or rejected: its held points are back in the balance. */
@Revision("1")
public record PointsHoldReleasedEvent(String customerId, String holdId, long points, SalesChannel channel,
                                      String orderId, LoyaltyBalance after)
        implements LoyaltyEvent {
}
