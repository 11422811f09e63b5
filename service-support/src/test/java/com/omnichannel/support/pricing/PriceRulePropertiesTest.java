package com.omnichannel.support.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The price rule against its plain definition, for many generated products, channels and instants. */
class PriceRulePropertiesTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Property
    void thePriceIsTheLowestOfTheListPriceAndEveryApplyingPromotion_neverNegative(
            @ForAll("entries") PriceBookEntry entry, @ForAll SalesChannel channel, @ForAll("instants") Instant at) {
        PriceQuote quote = PriceRule.price(entry, channel, at);

        long expected = entry.promotions().stream().filter(p -> p.appliesOn(channel, at))
                .mapToLong(p -> p.applyTo(entry.basePrice()).amount())
                .min().orElse(entry.basePrice().amount());
        assertThat(quote.listPrice()).isEqualTo(entry.basePrice());
        assertThat(quote.price().amount()).isEqualTo(Math.min(expected, entry.basePrice().amount()))
                .isBetween(0L, entry.basePrice().amount());
        assertThat(quote.price().currency()).isEqualTo(entry.basePrice().currency());
    }

    @Property
    void theReportedPromotionIsTheSmallestIdThatGivesThePrice_andNoneWhenNothingIsTakenOff(
            @ForAll("entries") PriceBookEntry entry, @ForAll SalesChannel channel, @ForAll("instants") Instant at) {
        PriceQuote quote = PriceRule.price(entry, channel, at);

        String expected = quote.price().equals(entry.basePrice()) ? null : entry.promotions().stream()
                .filter(p -> p.appliesOn(channel, at))
                .filter(p -> p.applyTo(entry.basePrice()).equals(quote.price()))
                .map(Promotion::promotionId).min(Comparator.naturalOrder()).orElseThrow();
        assertThat(quote.promotionId()).isEqualTo(expected);
    }

    @Property
    void theOrderPromotionsWereStoredInDoesNotMatter(@ForAll("entries") PriceBookEntry entry,
                                                     @ForAll SalesChannel channel, @ForAll("instants") Instant at) {
        List<Promotion> reversed = new ArrayList<>(entry.promotions());
        Collections.reverse(reversed);
        assertThat(PriceRule.price(new PriceBookEntry(entry.basePrice(), reversed), channel, at))
                .isEqualTo(PriceRule.price(entry, channel, at));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(-5, 40).map(h -> START.plusSeconds(h * 3600));
    }

    @Provide
    Arbitrary<PriceBookEntry> entries() {
        Arbitrary<String> currency = Arbitraries.of("VND", "USD", "JPY");
        Arbitrary<Long> amount = Arbitraries.longs().between(0, 5_000_000);
        return Combinators.combine(amount, currency).as(Money::new)
                .flatMap(price -> promotion(price).list().ofMaxSize(6)
                        .map(list -> new PriceBookEntry(price, list.stream()
                                .collect(java.util.stream.Collectors.toMap(Promotion::promotionId, p -> p,
                                        (a, b) -> a))
                                .values().stream().toList())));
    }

    private Arbitrary<Promotion> promotion(Money price) {
        Arbitrary<String> id = Arbitraries.of("A", "B", "C", "D", "E", "F", "G", "H");
        Arbitrary<Set<SalesChannel>> channels = Arbitraries.of(SalesChannel.class).set();
        Arbitrary<Integer> percent = Arbitraries.integers().between(0, 100);
        Arbitrary<Long> off = Arbitraries.longs().between(0, price.amount());
        Arbitrary<Integer> fromHour = Arbitraries.integers().between(0, 30).injectNull(0.2);
        Arbitrary<Integer> hours = Arbitraries.integers().between(1, 12).injectNull(0.2);
        return Combinators.combine(id, channels, Arbitraries.of(true, false), percent, off, fromHour, hours)
                .as((promotionId, on, isPercent, pct, amountOff, from, length) -> {
                    Instant validFrom = from == null ? null : START.plusSeconds(from * 3600L);
                    Instant validTo = length == null ? null
                            : (validFrom == null ? START : validFrom).plusSeconds(length * 3600L);
                    return isPercent ? Promotion.percentOff(promotionId, on, pct, validFrom, validTo)
                            : Promotion.amountOff(promotionId, on, price.withAmount(amountOff), validFrom, validTo);
                });
    }
}
