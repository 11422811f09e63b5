/** Loyalty: the event-sourced LoyaltyAccount of each customer, its commands and events, points rules, read model. */
package com.omnichannel.order.loyalty;
