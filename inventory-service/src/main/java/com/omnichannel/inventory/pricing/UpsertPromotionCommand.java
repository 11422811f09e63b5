package com.omnichannel.inventory.pricing;

import com.omnichannel.support.pricing.Promotion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates or replaces one promotion of an existing product. */
public record UpsertPromotionCommand(@TargetAggregateIdentifier String sku, Promotion promotion) {
}
