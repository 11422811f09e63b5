package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import org.axonframework.serialization.Revision;

/** Right after an earning: the part of it that paid off debt, taken back out of the balance. */
@Revision("1")
public record PointsDebtSettledEvent(String customerId, long points, SalesChannel channel, String orderId,
                                     String reference, LoyaltyBalance after)
        implements LoyaltyEvent {
}
