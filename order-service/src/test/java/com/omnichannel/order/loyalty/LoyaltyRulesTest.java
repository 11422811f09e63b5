package com.omnichannel.order.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.pricing.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoyaltyRulesTest {

    private final LoyaltyRules rules = new LoyaltyRules(new LoyaltyRules.Properties(Map.of(
            "VND", new LoyaltyRules.Rate(10_000, 100),
            "usd", new LoyaltyRules.Rate(100, 1))));

    @Test
    void pointsAreEarnedPerWholeAmountSpent_roundedDown() {
        assertThat(rules.pointsEarnedFor(Money.vnd(1_290_000))).isEqualTo(129);
        assertThat(rules.pointsEarnedFor(Money.vnd(19_999))).isEqualTo(1);
        assertThat(rules.pointsEarnedFor(Money.vnd(9_999))).isZero();
        assertThat(rules.pointsEarnedFor(new Money(2_550, "USD"))).isEqualTo(25);
    }

    @Test
    void nothingIsEarnedOnNothingSpent_orInACurrencyWithoutARule() {
        assertThat(rules.pointsEarnedFor(Money.vnd(0))).isZero();
        assertThat(rules.pointsEarnedFor(Money.vnd(-50_000))).isZero();
        assertThat(rules.pointsEarnedFor(new Money(1_000_000, "EUR"))).isZero();
    }

    @Test
    void pointsPayTheirConfiguredValue() {
        assertThat(rules.valueOf(500, "VND")).isEqualTo(Money.vnd(50_000));
        assertThat(rules.valueOf(0, "VND")).isEqualTo(Money.vnd(0));
        assertThat(rules.valueOf(250, "USD")).isEqualTo(new Money(250, "USD"));
    }

    @Test
    void pointsCannotPayInACurrencyWithoutARule() {
        assertThatThrownBy(() -> rules.valueOf(10, "EUR")).isInstanceOfSatisfying(BusinessRuleViolation.class,
                e -> assertThat(e.kind()).isEqualTo("conflict"));
        assertThatThrownBy(() -> rules.valueOf(-1, "VND")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleThatIsNotPositiveIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new LoyaltyRules(new LoyaltyRules.Properties(Map.of(
                "VND", new LoyaltyRules.Rate(0, 100))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("omnichannel.loyalty.currencies.VND");
    }
}
