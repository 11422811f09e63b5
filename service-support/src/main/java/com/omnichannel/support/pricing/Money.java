package com.omnichannel.support.pricing;

import com.omnichannel.support.domain.FieldValidationException;
import java.util.Currency;
import java.util.Objects;

/** An amount in the minor units of an ISO 4217 currency (VND has none: 259000 VND is 259 000 ₫). */
public record Money(long amount, String currency) {

    public static final String DEFAULT_CURRENCY = "VND";

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money vnd(long amount) {
        return new Money(amount, DEFAULT_CURRENCY);
    }

    /**
     * Checks a price as a request gives it: not negative, in a currency of money ISO 4217 knows.
     *
     * @param field the request field that holds it, e.g. {@code price}: errors name {@code price.amount}
     */
    public Money requireValid(String field) {
        if (!isKnownCurrency(currency)) {
            throw new FieldValidationException(field + ".currency", "must be an ISO 4217 currency code, was '"
                    + currency + "'");
        }
        if (amount < 0) {
            throw new FieldValidationException(field + ".amount", "must not be negative");
        }
        return this;
    }

    public Money withAmount(long value) {
        return new Money(value, currency);
    }

    private static boolean isKnownCurrency(String code) {
        try {
            // codes without minor units of money (gold XAU, "no currency" XXX) answer -1
            return code.length() == 3 && Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
