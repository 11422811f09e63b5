package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.serialization.Revision;

/** The part of a reversal the balance could not cover: owed, to be paid off by later earnings. */
@Revision("1")
public record PointsDebtRecordedEvent(String customerId, long points, SalesChannel channel, String orderId,
                                      String reference, LoyaltyBalance after)
        implements LoyaltyEvent {
}
