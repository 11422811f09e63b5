package com.omnichannel.inventory.pricing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.PriceBookEntry;
import com.omnichannel.support.pricing.Promotion;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One product of the price book, event-sourced (id = SKU): name, GTIN, base price and promotions. Invalid input
 * is refused naming the field and stores nothing; a command that changes nothing stores nothing either.
 */
@Aggregate
public class Product {

    private static final Pattern GTIN = Pattern.compile("[0-9]{8,14}");

    @AggregateIdentifier
    private String sku;
    private ProductDetails details;

    protected Product() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProductDetails handle(UpsertProductCommand command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new FieldValidationException("name", "must not be blank");
        }
        if (command.gtin() == null || !GTIN.matcher(command.gtin()).matches()) {
            throw new FieldValidationException("gtin", "must be a GTIN of 8 to 14 digits");
        }
        if (command.price() == null) {
            throw new FieldValidationException("price", "is required");
        }
        Money price = command.price().requireValid("price");
        if (details == null) {
            ProductDetails created = new ProductDetails(command.sku(), command.name(), command.gtin(),
                    PriceBookEntry.of(price));
            apply(new ProductCreatedEvent(created));
            return created;
        }
        ProductDetails updated = new ProductDetails(sku, command.name(), command.gtin(),
                details.prices().withBasePrice(price));
        if (!updated.equals(details)) {
            apply(new ProductUpdatedEvent(updated));
        }
        return updated;
    }

    @CommandHandler
    public Promotion handle(UpsertPromotionCommand command) {
        Promotion promotion = details.prices().requireApplicable(command.promotion().requireValid());
        if (!details.prices().promotion(promotion.promotionId()).equals(Optional.of(promotion))) {
            apply(new PromotionDefinedEvent(promotion.promotionId(),
                    details.withPrices(details.prices().withPromotion(promotion))));
        }
        return promotion;
    }

    @CommandHandler
    public void handle(DeletePromotionCommand command) {
        if (details.prices().promotion(command.promotionId()).isPresent()) {
            apply(new PromotionDeletedEvent(command.promotionId(),
                    details.withPrices(details.prices().withoutPromotion(command.promotionId()))));
        }
    }

    @EventSourcingHandler
    void on(ProductEvent event) {
        sku = event.sku();
        details = event.product();
    }
}
