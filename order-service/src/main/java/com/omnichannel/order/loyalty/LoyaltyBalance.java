package com.omnichannel.order.loyalty;

/**
 * The figures of a loyalty account. {@code balance}: points the customer can spend now; {@code held}: points set
 * aside by orders in progress (not in the balance); {@code debt}: points reversals could not take back, paid off by
 * the next earnings before they add to the balance. None is ever negative.
 */
public record LoyaltyBalance(long balance, long held, long debt) {

    public static final LoyaltyBalance ZERO = new LoyaltyBalance(0, 0, 0);

    LoyaltyBalance withBalance(long value) {
        return new LoyaltyBalance(value, held, debt);
    }

    LoyaltyBalance withHeld(long value) {
        return new LoyaltyBalance(balance, value, debt);
    }

    LoyaltyBalance withDebt(long value) {
        return new LoyaltyBalance(balance, held, value);
    }
}
