package com.omnichannel.order.loyalty;

import com.omnichannel.support.domain.BusinessRuleViolation;
import java.util.Map;

/** A hold or redemption asks for more points than the balance: answered 409 with what could be spent. */
public class InsufficientPointsException extends BusinessRuleViolation {

    public InsufficientPointsException(String customerId, long requested, long available) {
        super("insufficient-points", "Only " + available + " points of customer " + customerId + " can be spent; "
                + requested + " were asked for", Map.of("available", available, "requested", requested));
    }
}
