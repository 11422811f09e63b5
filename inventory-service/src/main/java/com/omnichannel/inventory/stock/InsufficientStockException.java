package com.omnichannel.inventory.stock;

import com.omnichannel.support.domain.BusinessRuleViolation;
import java.util.Map;

/** A reservation would make reserved exceed on hand minus safety stock: answered 409 with what is available. */
public class InsufficientStockException extends BusinessRuleViolation {

    public InsufficientStockException(String stockItemId, int requested, long available) {
        super("insufficient-stock", "Only " + available + " of " + stockItemId + " can be reserved; " + requested
                + " were asked for", Map.of("available", available, "requested", requested));
    }
}
