package com.omnichannel.support.pricing;

import com.omnichannel.support.domain.FieldValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the price rule knows of one product: its base price and its promotions (ordered by id). */
public record PriceBookEntry(Money basePrice, List<Promotion> promotions) {

    public PriceBookEntry {
        Objects.requireNonNull(basePrice, "basePrice");
        promotions = promotions == null ? List.of()
                : promotions.stream().sorted(Comparator.comparing(Promotion::promotionId)).toList();
    }

    public static PriceBookEntry of(Money basePrice) {
        return new PriceBookEntry(basePrice, List.of());
    }

    public Optional<Promotion> promotion(String promotionId) {
        return promotions.stream().filter(p -> p.promotionId().equals(promotionId)).findFirst();
    }

    /** The entry with another base price; amount-off promotions pin the currency. */
    public PriceBookEntry withBasePrice(Money price) {
        promotions.stream().filter(p -> p.amountOff() != null)
                .filter(p -> !p.amountOff().currency().equals(price.currency()))
                .findFirst()
                .ifPresent(p -> {
                    throw new FieldValidationException("price.currency", "must stay " + basePrice.currency()
                            + " while the amount-off promotion " + p.promotionId() + " exists");
                });
        return new PriceBookEntry(price, promotions);
    }

    /** Checks that {@code promotion} can apply to this product: an amount off is in its currency and not above it. */
    public Promotion requireApplicable(Promotion promotion) {
        Money off = promotion.amountOff();
        if (off != null && !off.currency().equals(basePrice.currency())) {
            throw new FieldValidationException("amountOff.currency", "must be the product's currency "
                    + basePrice.currency());
        }
        if (off != null && off.amount() > basePrice.amount()) {
            throw new FieldValidationException("amountOff.amount", "must not be above the price "
                    + basePrice.amount());
        }
        return promotion;
    }

    public PriceBookEntry withPromotion(Promotion promotion) {
        List<Promotion> next = new ArrayList<>(promotions);
        next.removeIf(p -> p.promotionId().equals(promotion.promotionId()));
        next.add(promotion);
        return new PriceBookEntry(basePrice, next);
    }

    public PriceBookEntry withoutPromotion(String promotionId) {
        return new PriceBookEntry(basePrice, promotions.stream()
                .filter(p -> !p.promotionId().equals(promotionId)).toList());
    }
}
