package com.omnichannel.order.order;

import java.time.Instant;

/** What the customer needs to collect a ready group. */
public record PickupHold(String pickupCode, Instant holdUntil) {
}
