package com.omnichannel.order.order;

import java.util.List;

/**
 * Lines fulfilled together: picked up at one store (PICKUP, one candidate) or shipped from one location (SHIP,
 * the candidate locations in the order sourcing ranked them).
 */
public record GroupPlan(String groupId, String type, List<OrderLineItem> lines, List<String> candidates) {
}
