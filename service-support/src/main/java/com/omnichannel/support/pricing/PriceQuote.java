package com.omnichannel.support.pricing;

/** The answer of the price rule: the list price, the price to pay, and the promotion that gives it (or null). */
public record PriceQuote(Money listPrice, Money price, String promotionId) {
}
