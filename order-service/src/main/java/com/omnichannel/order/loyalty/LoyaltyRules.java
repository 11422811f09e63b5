package com.omnichannel.order.loyalty;

import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.pricing.Money;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What points are worth, per currency ({@code omnichannel.loyalty.currencies.<ISO 4217>}):
 * {@code spend-per-point}, the minor units a customer spends to earn one point, and {@code point-value}, the minor
 * units one point pays for at checkout. Default for VND: one point per 10 000 ₫ spent, one point pays 100 ₫ (1% back).
 * A currency without a rule earns no points and cannot be paid with points.
 */
@Component
@EnableConfigurationProperties(LoyaltyRules.Properties.class)
public class LoyaltyRules {

    /** {@code omnichannel.loyalty}: the rule of each currency, by ISO 4217 code. */
    @ConfigurationProperties("omnichannel.loyalty")
    public record Properties(Map<String, Rate> currencies) {
    }

    public record Rate(long spendPerPoint, long pointValue) {
    }

    private final Map<String, Rate> rates = new TreeMap<>();

    public LoyaltyRules(Properties properties) {
        if (properties.currencies() != null) {
            properties.currencies().forEach((currency, rate) -> {
                if (rate.spendPerPoint() <= 0 || rate.pointValue() <= 0) {
                    throw new IllegalArgumentException("omnichannel.loyalty.currencies." + currency
                            + ": spend-per-point and point-value must be positive, were " + rate);
                }
                // environment variables bind map keys in lower case
                rates.put(currency.toUpperCase(Locale.ROOT), rate);
            });
        }
    }

    /**
     * The points earned by spending {@code spent} (money actually paid: an order's points discount is not part of
     * it), rounded down; none for a currency without a rule.
     */
    public long pointsEarnedFor(Money spent) {
        Rate rate = rates.get(spent.currency());
        return rate == null || spent.amount() <= 0 ? 0 : spent.amount() / rate.spendPerPoint();
    }

    /**
     * What {@code points} pay for in {@code currency}, e.g. the amount they take off an order total. A currency
     * without a rule is a conflict (409): points cannot pay in it.
     */
    public Money valueOf(long points, String currency) {
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative, was " + points);
        }
        Rate rate = rates.get(currency);
        if (rate == null) {
            throw new BusinessRuleViolation("conflict", "Loyalty points cannot pay in " + currency);
        }
        return new Money(Math.multiplyExact(points, rate.pointValue()), currency);
    }
}
