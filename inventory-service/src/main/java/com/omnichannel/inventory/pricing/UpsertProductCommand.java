package com.omnichannel.inventory.pricing;

import com.omnichannel.support.pricing.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates the product, or replaces its name, GTIN and base price (its promotions stay). */
public record UpsertProductCommand(@TargetAggregateIdentifier String sku, String name, String gtin, Money price) {
}
