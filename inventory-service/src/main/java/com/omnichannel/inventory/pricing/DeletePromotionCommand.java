package com.omnichannel.inventory.pricing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a promotion of an existing product; one that is already gone is no change. */
public record DeletePromotionCommand(@TargetAggregateIdentifier String sku, String promotionId) {
}
