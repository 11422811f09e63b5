package com.omnichannel.inventory.pricing;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProductCreatedEvent(ProductDetails product) implements ProductEvent {
}
