package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.serialization.Revision;

/** Points spent directly from the balance. */
@Revision("1")
public record PointsRedeemedEvent(String customerId, String redemptionId, long points, SalesChannel channel,
                                  String reference, LoyaltyBalance after)
        implements LoyaltyEvent {
}
