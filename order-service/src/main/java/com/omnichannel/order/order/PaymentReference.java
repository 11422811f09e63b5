package com.omnichannel.order.order;

/** What the channel's own payment provider authorised: a reference, not a card. */
public record PaymentReference(String provider, String reference, long amount, String currency) {
}
