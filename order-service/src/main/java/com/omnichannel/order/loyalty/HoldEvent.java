package com.omnichannel.order.loyalty;

/** A loyalty event about the points one order holds. */
public interface HoldEvent extends LoyaltyEvent {

    String holdId();

    String orderId();
}
