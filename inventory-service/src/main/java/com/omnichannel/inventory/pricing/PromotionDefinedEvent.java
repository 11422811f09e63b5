package com.omnichannel.inventory.pricing;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PromotionDefinedEvent(String promotionId, ProductDetails product) implements ProductEvent {
}
