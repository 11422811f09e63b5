package com.omnichannel.support.pricing;

import static com.omnichannel.support.pricing.SalesChannel.APP;
import static com.omnichannel.support.pricing.SalesChannel.STORE;
import static com.omnichannel.support.pricing.SalesChannel.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.omnichannel.support.domain.FieldValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriceRuleTest {

    private static final Instant T0 = Instant.parse("2026-02-10T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-20T00:00:00Z");
    private static final Money PRICE = Money.vnd(1_290_000);

    private final PriceBookEntry tet = new PriceBookEntry(PRICE,
            List.of(Promotion.percentOff("TET", Set.of(), 10, T0, T1)));
    private final PriceBookEntry byChannel = new PriceBookEntry(PRICE, List.of(
            Promotion.percentOff("APP-ONLY", Set.of(APP), 20, T0, T1),
            Promotion.amountOff("EVERYWHERE", Set.of(), Money.vnd(90_000), T0, T1)));

    private static PriceQuote price(PriceBookEntry entry, SalesChannel channel, Instant at) {
        return PriceRule.price(entry, channel, at);
    }

    @Test
    void givenAWindow_whenPricedAtItsStart_thenThePromotionApplies() {
        assertThat(price(tet, WEB, T0)).isEqualTo(new PriceQuote(PRICE, Money.vnd(1_161_000), "TET"));
    }

    @Test
    void givenAWindow_whenPricedJustBeforeItsStart_thenTheListPrice() {
        assertThat(price(tet, WEB, T0.minusNanos(1000))).isEqualTo(new PriceQuote(PRICE, PRICE, null));
    }

    @Test
    void givenAWindow_whenPricedJustBeforeItsEnd_thenThePromotionApplies() {
        assertThat(price(tet, WEB, T1.minusNanos(1000)).promotionId()).isEqualTo("TET");
    }

    @Test
    void givenAWindow_whenPricedAtItsEnd_thenTheListPrice_becauseTheEndIsExclusive() {
        assertThat(price(tet, WEB, T1)).isEqualTo(new PriceQuote(PRICE, PRICE, null));
    }

    @Test
    void givenOpenBounds_whenPricedAnyTime_thenThePromotionApplies() {
        PriceBookEntry open = new PriceBookEntry(PRICE, List.of(
                Promotion.percentOff("SINCE", Set.of(), 10, null, T1),
                Promotion.percentOff("UNTIL", Set.of(), 5, T0, null)));
        assertThat(price(open, WEB, Instant.parse("1970-01-01T00:00:00Z")).promotionId()).isEqualTo("SINCE");
        assertThat(price(open, WEB, Instant.parse("2999-01-01T00:00:00Z")).promotionId()).isEqualTo("UNTIL");
        assertThat(price(open, WEB, T0).promotionId()).isEqualTo("SINCE");
    }

    @Test
    void instantsAreKeptToTheMicrosecond() {
        Promotion p = Promotion.percentOff("P", Set.of(), 10, T0.plusNanos(1_999), T1.plusNanos(999));
        assertThat(p.validFrom()).isEqualTo(T0.plusNanos(1_000));
        assertThat(p.validTo()).isEqualTo(T1);
    }

    @Test
    void givenAChannelPromotion_whenPricedOnThatChannel_thenItApplies() {
        assertThat(price(byChannel, APP, T0)).isEqualTo(new PriceQuote(PRICE, Money.vnd(1_032_000), "APP-ONLY"));
    }

    @Test
    void givenAChannelPromotion_whenPricedOnAnotherChannel_thenOnlyTheAllChannelPromotionApplies() {
        assertThat(price(byChannel, WEB, T0)).isEqualTo(new PriceQuote(PRICE, Money.vnd(1_200_000), "EVERYWHERE"));
        assertThat(price(byChannel, STORE, T0).promotionId()).isEqualTo("EVERYWHERE");
    }

    @Test
    void givenSeveralChannels_whenPricedOnEach_thenItAppliesOnThoseOnly() {
        PriceBookEntry two = new PriceBookEntry(PRICE, List.of(
                Promotion.percentOff("WEB-APP", Set.of(WEB, APP), 50, null, null)));
        assertThat(price(two, WEB, T0).promotionId()).isEqualTo("WEB-APP");
        assertThat(price(two, APP, T0).promotionId()).isEqualTo("WEB-APP");
        assertThat(price(two, STORE, T0).promotionId()).isNull();
    }

    @Test
    void givenOverlappingPromotions_whenPriced_thenTheCustomerGetsTheLowestPrice() {
        PriceBookEntry entry = new PriceBookEntry(PRICE, List.of(
                Promotion.percentOff("A-TEN", Set.of(), 10, T0, T1),
                Promotion.amountOff("B-200K", Set.of(), Money.vnd(200_000), null, null),
                Promotion.percentOff("C-FIVE", Set.of(), 5, null, null)));
        assertThat(price(entry, WEB, T0)).isEqualTo(new PriceQuote(PRICE, Money.vnd(1_090_000), "B-200K"));
    }

    @Test
    void givenTwoPromotionsGivingTheSamePrice_whenPriced_thenTheSmallestIdWins_whateverTheOrder() {
        Promotion percent = Promotion.percentOff("Z-PERCENT", Set.of(), 10, null, null);
        Promotion amount = Promotion.amountOff("A-AMOUNT", Set.of(), Money.vnd(129_000), null, null);
        PriceQuote one = price(new PriceBookEntry(PRICE, List.of(percent, amount)), WEB, T0);
        PriceQuote other = price(new PriceBookEntry(PRICE, List.of(amount, percent)), WEB, T0);
        assertThat(one).isEqualTo(other).isEqualTo(new PriceQuote(PRICE, Money.vnd(1_161_000), "A-AMOUNT"));
    }

    @Test
    void givenAPromotionThatTakesNothingOff_whenPriced_thenNoPromotionIsReported() {
        PriceBookEntry entry = new PriceBookEntry(PRICE, List.of(
                Promotion.percentOff("ZERO", Set.of(), 0, null, null),
                Promotion.amountOff("NOTHING", Set.of(), Money.vnd(0), null, null)));
        assertThat(price(entry, WEB, T0)).isEqualTo(new PriceQuote(PRICE, PRICE, null));
    }

    @Test
    void givenNoPromotions_whenPriced_thenTheListPrice() {
        assertThat(price(PriceBookEntry.of(PRICE), STORE, T0)).isEqualTo(new PriceQuote(PRICE, PRICE, null));
    }

    @Test
    void aPercentageRoundsThePriceDown_soTheCustomerNeverPaysMoreThanThePercentageSays() {
        Money cents = new Money(999, "USD");
        assertThat(Promotion.percentOff("P", Set.of(), 10, null, null).applyTo(cents)).isEqualTo(new Money(899, "USD"));
        assertThat(Promotion.percentOff("P", Set.of(), 33, null, null).applyTo(new Money(100, "USD")))
                .isEqualTo(new Money(67, "USD"));
        assertThat(Promotion.percentOff("P", Set.of(), 15, null, null).applyTo(Money.vnd(259_999)))
                .isEqualTo(Money.vnd(220_999));
    }

    @Test
    void vndHasNoMinorUnit_soAmountsAreWholeDong() {
        assertThat(Promotion.percentOff("P", Set.of(), 10, null, null).applyTo(Money.vnd(259_000)))
                .isEqualTo(Money.vnd(233_100));
        assertThat(Promotion.percentOff("P", Set.of(), 7, null, null).applyTo(Money.vnd(1)))
                .isEqualTo(Money.vnd(0));
    }

    @Test
    void hundredPercentOrTheWholePriceOffIsFree_andThePriceNeverGoesBelowZero() {
        assertThat(Promotion.percentOff("P", Set.of(), 100, null, null).applyTo(PRICE)).isEqualTo(Money.vnd(0));
        assertThat(Promotion.amountOff("A", Set.of(), PRICE, null, null).applyTo(PRICE)).isEqualTo(Money.vnd(0));
        // the base price may drop below an amount off agreed earlier: the price stops at zero
        assertThat(Promotion.amountOff("A", Set.of(), Money.vnd(500), null, null).applyTo(Money.vnd(300)))
                .isEqualTo(Money.vnd(0));
    }

    @Test
    void hugeAmountsDoNotOverflow() {
        Money huge = Money.vnd(Long.MAX_VALUE);
        assertThat(Promotion.percentOff("P", Set.of(), 50, null, null).applyTo(huge).amount())
                .isEqualTo(Long.MAX_VALUE / 2);
        assertThat(Promotion.percentOff("P", Set.of(), 0, null, null).applyTo(huge)).isEqualTo(huge);
    }

    @Test
    void aNegativePriceIsRefusedNamingTheField() {
        assertField(() -> Money.vnd(-1).requireValid("price"), "price.amount");
    }

    @Test
    void anUnknownOrNonMoneyCurrencyIsRefusedNamingTheField() {
        assertField(() -> new Money(1, "ABC").requireValid("price"), "price.currency");
        assertField(() -> new Money(1, "XAU").requireValid("price"), "price.currency");
        assertField(() -> new Money(1, "vnd").requireValid("price"), "price.currency");
        assertThat(new Money(1, "JPY").requireValid("price")).isEqualTo(new Money(1, "JPY"));
    }

    @Test
    void aPromotionNeedsExactlyOneOfPercentOffAndAmountOff() {
        assertField(() -> new Promotion("P", Set.of(), null, null, null, null).requireValid(), "percentOff");
        assertField(() -> new Promotion("P", Set.of(), 10, Money.vnd(1), null, null).requireValid(), "amountOff");
    }

    @Test
    void aPercentageOutside0To100IsRefused() {
        assertField(() -> Promotion.percentOff("P", Set.of(), 101, null, null).requireValid(), "percentOff");
        assertField(() -> Promotion.percentOff("P", Set.of(), -1, null, null).requireValid(), "percentOff");
    }

    @Test
    void aNegativeAmountOffOrOneInAnUnknownCurrencyIsRefused() {
        assertField(() -> Promotion.amountOff("P", Set.of(), Money.vnd(-5), null, null).requireValid(),
                "amountOff.amount");
        assertField(() -> Promotion.amountOff("P", Set.of(), new Money(5, "ZZZ"), null, null).requireValid(),
                "amountOff.currency");
    }

    @Test
    void aWindowThatDoesNotEndAfterItStartsIsRefused() {
        assertField(() -> Promotion.percentOff("P", Set.of(), 10, T1, T0).requireValid(), "validTo");
        assertField(() -> Promotion.percentOff("P", Set.of(), 10, T0, T0).requireValid(), "validTo");
    }

    @Test
    void anAmountOffAboveThePriceOrInAnotherCurrencyDoesNotApplyToTheProduct() {
        PriceBookEntry entry = PriceBookEntry.of(Money.vnd(1000));
        assertField(() -> entry.requireApplicable(Promotion.amountOff("P", Set.of(), Money.vnd(1001), null, null)),
                "amountOff.amount");
        assertField(() -> entry.requireApplicable(Promotion.amountOff("P", Set.of(), new Money(5, "USD"), null,
                null)), "amountOff.currency");
    }

    @Test
    void theBasePriceCannotChangeCurrencyUnderAnAmountOffPromotion() {
        PriceBookEntry entry = PriceBookEntry.of(Money.vnd(1000))
                .withPromotion(Promotion.amountOff("P", Set.of(), Money.vnd(100), null, null));
        assertField(() -> entry.withBasePrice(new Money(1000, "USD")), "price.currency");
        assertThat(entry.withBasePrice(Money.vnd(50)).basePrice()).isEqualTo(Money.vnd(50));
    }

    private void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
