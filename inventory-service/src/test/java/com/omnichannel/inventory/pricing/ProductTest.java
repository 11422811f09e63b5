package com.omnichannel.inventory.pricing;

import static com.omnichannel.support.pricing.SalesChannel.APP;

import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.PriceBookEntry;
import com.omnichannel.support.pricing.Promotion;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final String SKU = "SKU-1001";
    private static final String GTIN = "8934563123457";
    private static final Money PRICE = Money.vnd(1_290_000);
    private static final Instant FROM = Instant.parse("2026-02-10T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-20T00:00:00Z");
    private static final Promotion TET = Promotion.percentOff("TET-2026", Set.of(APP), 10, FROM, TO);
    private static final Promotion CLEARANCE = Promotion.amountOff("CLEARANCE", Set.of(), Money.vnd(100_000), FROM,
            null);

    private static final ProductDetails SHOE = new ProductDetails(SKU, "Trail shoe", GTIN, PriceBookEntry.of(PRICE));
    private static final ProductDetails SHOE_ON_TET = SHOE.withPrices(SHOE.prices().withPromotion(TET));

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    @Test
    void givenNoProduct_whenUpserted_thenCreatedWithoutPromotions() {
        fixture.givenNoPriorActivity()
                .when(new UpsertProductCommand(SKU, "Trail shoe", GTIN, PRICE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProductCreatedEvent(SHOE))
                .expectResultMessagePayload(SHOE);
    }

    @Test
    void givenAProductWithAPromotion_whenUpsertedWithANewNameAndPrice_thenUpdatedAndThePromotionIsKept() {
        ProductDetails after = new ProductDetails(SKU, "Trail shoe v2", "12345678",
                new PriceBookEntry(Money.vnd(990_000), List.of(TET)));
        fixture.given(new ProductCreatedEvent(SHOE), new PromotionDefinedEvent(TET.promotionId(), SHOE_ON_TET))
                .when(new UpsertProductCommand(SKU, "Trail shoe v2", "12345678", Money.vnd(990_000)))
                .expectEvents(new ProductUpdatedEvent(after))
                .expectResultMessagePayload(after);
    }

    @Test
    void givenAProduct_whenUpsertedAsItIs_thenNothingIsStored() {
        fixture.given(new ProductCreatedEvent(SHOE))
                .when(new UpsertProductCommand(SKU, "Trail shoe", GTIN, PRICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(SHOE);
    }

    @Test
    void givenNoProduct_whenUpsertedWithANegativePrice_thenRefusedNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(new UpsertProductCommand(SKU, "Trail shoe", GTIN, Money.vnd(-1)))
                .expectException(field("price.amount"))
                .expectNoEvents();
    }

    @Test
    void givenNoProduct_whenUpsertedWithAnUnknownCurrency_thenRefusedNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(new UpsertProductCommand(SKU, "Trail shoe", GTIN, new Money(100, "XYZ")))
                .expectException(field("price.currency"))
                .expectNoEvents();
    }

    @Test
    void givenNoProduct_whenUpsertedWithoutNameGtinOrPrice_thenRefusedNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(new UpsertProductCommand(SKU, " ", GTIN, PRICE))
                .expectException(field("name"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new UpsertProductCommand(SKU, "Trail shoe", "12AB", PRICE))
                .expectException(field("gtin"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new UpsertProductCommand(SKU, "Trail shoe", GTIN, null))
                .expectException(field("price"))
                .expectNoEvents();
    }

    @Test
    void givenAnAmountOffPromotion_whenThePriceChangesCurrency_thenRefused() {
        fixture.given(new ProductCreatedEvent(SHOE),
                        new PromotionDefinedEvent("CLEARANCE", SHOE.withPrices(SHOE.prices().withPromotion(CLEARANCE))))
                .when(new UpsertProductCommand(SKU, "Trail shoe", GTIN, new Money(4999, "USD")))
                .expectException(field("price.currency"))
                .expectNoEvents();
    }

    @Test
    void givenAPercentPromotionOnly_whenThePriceChangesCurrency_thenUpdated() {
        ProductDetails after = SHOE_ON_TET.withPrices(SHOE_ON_TET.prices().withBasePrice(new Money(4999, "USD")));
        fixture.given(new ProductCreatedEvent(SHOE), new PromotionDefinedEvent(TET.promotionId(), SHOE_ON_TET))
                .when(new UpsertProductCommand(SKU, "Trail shoe", GTIN, new Money(4999, "USD")))
                .expectEvents(new ProductUpdatedEvent(after));
    }

    @Test
    void givenAProduct_whenAPromotionIsUpserted_thenDefined() {
        fixture.given(new ProductCreatedEvent(SHOE))
                .when(new UpsertPromotionCommand(SKU, TET))
                .expectEvents(new PromotionDefinedEvent("TET-2026", SHOE_ON_TET))
                .expectResultMessagePayload(TET);
    }

    @Test
    void givenAPromotion_whenReplaced_thenDefinedWithTheNewTerms() {
        Promotion longer = Promotion.amountOff("TET-2026", Set.of(), Money.vnd(50_000), FROM, null);
        fixture.given(new ProductCreatedEvent(SHOE), new PromotionDefinedEvent(TET.promotionId(), SHOE_ON_TET))
                .when(new UpsertPromotionCommand(SKU, longer))
                .expectEvents(new PromotionDefinedEvent("TET-2026",
                        SHOE.withPrices(SHOE.prices().withPromotion(longer))));
    }

    @Test
    void givenAPromotion_whenUpsertedAsItIs_thenNothingIsStored() {
        fixture.given(new ProductCreatedEvent(SHOE), new PromotionDefinedEvent(TET.promotionId(), SHOE_ON_TET))
                .when(new UpsertPromotionCommand(SKU, Promotion.percentOff("TET-2026", Set.of(APP), 10, FROM, TO)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAProduct_whenAPromotionTakesAnAmountOffUpToThePrice_thenDefined() {
        Promotion free = Promotion.amountOff("FREE", Set.of(), PRICE, null, null);
        fixture.given(new ProductCreatedEvent(SHOE))
                .when(new UpsertPromotionCommand(SKU, free))
                .expectEvents(new PromotionDefinedEvent("FREE", SHOE.withPrices(SHOE.prices().withPromotion(free))));
    }

    @Test
    void givenAProduct_whenAPromotionIsInvalid_thenRefusedNamingTheFieldAndNothingIsStored() {
        refused(new Promotion("P", Set.of(), null, null, null, null), "percentOff");
        refused(new Promotion("P", Set.of(), 10, Money.vnd(1000), null, null), "amountOff");
        refused(Promotion.percentOff("P", Set.of(), 101, null, null), "percentOff");
        refused(Promotion.percentOff("P", Set.of(), -1, null, null), "percentOff");
        refused(Promotion.amountOff("P", Set.of(), Money.vnd(-1), null, null), "amountOff.amount");
        refused(Promotion.amountOff("P", Set.of(), Money.vnd(1_290_001), null, null), "amountOff.amount");
        refused(Promotion.amountOff("P", Set.of(), new Money(100, "USD"), null, null), "amountOff.currency");
        refused(Promotion.amountOff("P", Set.of(), new Money(100, "QQQ"), null, null), "amountOff.currency");
        refused(Promotion.percentOff("P", Set.of(), 10, TO, FROM), "validTo");
        refused(Promotion.percentOff("P", Set.of(), 10, FROM, FROM), "validTo");
    }

    @Test
    void givenNoProduct_whenAPromotionIsUpserted_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new UpsertPromotionCommand(SKU, TET))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void givenAPromotion_whenDeleted_thenDeleted() {
        fixture.given(new ProductCreatedEvent(SHOE), new PromotionDefinedEvent(TET.promotionId(), SHOE_ON_TET))
                .when(new DeletePromotionCommand(SKU, "TET-2026"))
                .expectEvents(new PromotionDeletedEvent("TET-2026", SHOE));
    }

    @Test
    void givenNoSuchPromotion_whenDeleted_thenNothingIsStored() {
        fixture.given(new ProductCreatedEvent(SHOE), new PromotionDefinedEvent(TET.promotionId(), SHOE_ON_TET),
                        new PromotionDeletedEvent("TET-2026", SHOE))
                .when(new DeletePromotionCommand(SKU, "TET-2026"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenNoProduct_whenAPromotionIsDeleted_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new DeletePromotionCommand(SKU, "TET-2026"))
                .expectException(AggregateNotFoundException.class);
    }

    private void refused(Promotion promotion, String field) {
        fixture.given(new ProductCreatedEvent(SHOE))
                .when(new UpsertPromotionCommand(SKU, promotion))
                .expectException(field(field))
                .expectNoEvents();
    }

    private static Matcher<FieldValidationException> field(String name) {
        return new FeatureMatcher<>(Matchers.equalTo(name), "a field validation exception for", "field") {
            @Override
            protected String featureValueOf(FieldValidationException actual) {
                return actual.field();
            }
        };
    }
}
