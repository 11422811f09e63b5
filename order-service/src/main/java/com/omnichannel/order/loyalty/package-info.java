/** Loyalty: the event-sourced LoyaltyAccount per customer, its commands and events, the points rules, the read model. */
package com.omnichannel.order.loyalty;
