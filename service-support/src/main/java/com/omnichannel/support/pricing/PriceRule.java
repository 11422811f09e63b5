package com.omnichannel.support.pricing;

import java.time.Instant;

/**
 * The one rule that prices a SKU on a channel at an instant; inventory-service answers with it and order-service
 * prices carts and orders with it, each from its own copy of the same {@link PriceBookEntry}.
 *
 * <ul>
 *   <li>A promotion applies when the channel is one of its channels (or it has none) and {@code at} lies in
 *       [validFrom, validTo).</li>
 *   <li>Of the promotions that apply, the customer gets the lowest price; on equal prices the promotion with the
 *       smallest id wins, so the answer never depends on the order promotions were stored in.</li>
 *   <li>A promotion that does not lower the price (0% off) is not reported: {@code promotionId} is null whenever
 *       the price is the list price.</li>
 *   <li>The price is never below zero; percentages round down (see {@link Promotion#applyTo}).</li>
 * </ul>
 */
public final class PriceRule {

    private PriceRule() {
    }

    public static PriceQuote price(PriceBookEntry entry, SalesChannel channel, Instant at) {
        Money list = entry.basePrice();
        Money best = list;
        String bestPromotion = null;
        for (Promotion promotion : entry.promotions()) {  // ordered by id: the first of equal prices wins
            if (promotion.appliesOn(channel, at)) {
                Money candidate = promotion.applyTo(list);
                if (candidate.amount() < best.amount()) {
                    best = candidate;
                    bestPromotion = promotion.promotionId();
                }
            }
        }
        return new PriceQuote(list, best, bestPromotion);
    }
}
