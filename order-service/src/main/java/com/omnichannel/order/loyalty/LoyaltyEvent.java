package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;

/** Every event of a {@link LoyaltyAccount}: whose, how many points it moved, on which channel, the figures after it. */
public interface LoyaltyEvent {

    String customerId();

    long points();

    SalesChannel channel();

    LoyaltyBalance after();
}
