package com.omnichannel.inventory.messaging;

import com.omnichannel.events.Channel;
import com.omnichannel.events.Money;
import com.omnichannel.events.ProductChanged;
import com.omnichannel.events.PromotionSnapshot;
import com.omnichannel.inventory.pricing.ProductDetails;
import com.omnichannel.inventory.pricing.ProductEvent;
import com.omnichannel.support.messaging.IntegrationEventSender;
import com.omnichannel.support.pricing.Promotion;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * The outbox of the price book: a tracking processor reads product events from the event store and publishes
 * each as a ProductChanged with the whole product (promotions with their windows) and the product's sequence.
 * Its token advances only after the broker confirmed; a repeat carries the same event id.
 */
@Component
@ProcessingGroup(ProductEventsPublisher.GROUP)
public class ProductEventsPublisher {

    public static final String GROUP = "product-events-outbox";
    static final String PRODUCT_CHANGED = "productChanged-out-0";

    private final IntegrationEventSender sender;

    public ProductEventsPublisher(IntegrationEventSender sender) {
        this.sender = sender;
    }

    @EventHandler
    void on(ProductEvent event, @MessageIdentifier String eventId, @SequenceNumber Long sequence,
            @Timestamp Instant at) {
        ProductDetails product = event.product();
        ProductChanged message = new ProductChanged()
                .eventId(UUID.fromString(eventId))
                .schemaVersion(1)
                .aggregateId(product.sku())
                .occurredAt(at.atOffset(ZoneOffset.UTC))
                .sequence(sequence)
                .sku(product.sku())
                .name(product.name())
                .gtin(product.gtin())
                .price(money(product.prices().basePrice()))
                .promotions(new ArrayList<>(product.prices().promotions().stream()
                        .map(ProductEventsPublisher::snapshot).toList()));
        sender.send(PRODUCT_CHANGED, eventId, "ProductChanged", message);
    }

    private static PromotionSnapshot snapshot(Promotion promotion) {
        return new PromotionSnapshot()
                .promotionId(promotion.promotionId())
                .channels(new ArrayList<>(promotion.channels().stream().map(c -> Channel.valueOf(c.name())).toList()))
                .percentOff(promotion.percentOff())
                .amountOff(promotion.amountOff() == null ? null : money(promotion.amountOff()))
                .validFrom(offset(promotion.validFrom()))
                .validTo(offset(promotion.validTo()));
    }

    private static Money money(com.omnichannel.support.pricing.Money money) {
        return new Money(money.amount(), money.currency());
    }

    private static OffsetDateTime offset(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }
}
