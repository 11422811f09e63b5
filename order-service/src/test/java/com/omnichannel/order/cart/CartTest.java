package com.omnichannel.order.cart;

import com.omnichannel.support.domain.BusinessRuleViolation;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CartTest {

    private static final CartLine SHIRT = new CartLine("SHIRT", 1, "PICKUP", "S1");

    private AggregateTestFixture<Cart> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cart.class);
    }

    @Test
    void whenALineIsSetFromTheWeb_thenTheChangeRecordsItsChannel() {
        fixture.givenNoPriorActivity()
                .when(new SetCartLineCommand("C1", SHIRT, "WEB"))
                .expectEvents(new CartLineSetEvent("C1", SHIRT, "WEB"));
    }

    @Test
    void givenALine_whenSetToZeroFromTheApp_thenItIsRemoved() {
        fixture.given(new CartLineSetEvent("C1", SHIRT, "WEB"))
                .when(new SetCartLineCommand("C1", SHIRT.withQuantity(0), "APP"))
                .expectEvents(new CartLineRemovedEvent("C1", "SHIRT", "APP"));
    }

    @Test
    void givenALine_whenSetToTheSameAgain_thenNothingChanges() {
        fixture.given(new CartLineSetEvent("C1", SHIRT, "WEB"))
                .when(new SetCartLineCommand("C1", SHIRT, "STORE"))
                .expectNoEvents();
    }

    @Test
    void whenANegativeQuantityIsSet_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new SetCartLineCommand("C1", SHIRT.withQuantity(-1), "WEB"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAGuestCart_whenHandedOver_thenItGivesItsLinesAndIsEmpty() {
        fixture.given(new CartLineSetEvent("G1", SHIRT, "WEB"))
                .when(new HandOverCartCommand("G1", "C1", "APP"))
                .expectEvents(new CartHandedOverEvent("G1", "C1", List.of(SHIRT), "APP"))
                .expectResultMessagePayload(List.of(SHIRT));
    }

    @Test
    void givenACart_whenAGuestCartMergesIn_thenQuantitiesAddUpAndTheCustomersChoiceStays() {
        CartLine guestShirt = new CartLine("SHIRT", 2, "SHIP", null);
        CartLine cap = new CartLine("CAP", 1, "SHIP", null);
        fixture.given(new CartLineSetEvent("C1", SHIRT, "APP"))
                .when(new MergeCartCommand("C1", "G1", List.of(guestShirt, cap), "WEB"))
                .expectEvents(new CartMergedEvent("C1", "G1", List.of(SHIRT.withQuantity(3), cap), "WEB"));
    }

    @Test
    void givenACart_whenCheckedOut_thenItIsEmpty() {
        fixture.given(new CartLineSetEvent("C1", SHIRT, "APP"))
                .when(new CheckOutCartCommand("C1", "O1", "APP"))
                .expectEvents(new CartCheckedOutEvent("C1", "O1", "APP"));
    }

    @Test
    void givenAFullCart_whenAnotherSkuIsAdded_thenRefused_butItsLinesCanStillChange() {
        CartLineSetEvent[] full = IntStream.range(0, Cart.MAX_LINES)
                .mapToObj(i -> new CartLineSetEvent("C1", new CartLine("SKU-" + i, 1, "SHIP", null), "WEB"))
                .toArray(CartLineSetEvent[]::new);
        fixture.given((Object[]) full)
                .when(new SetCartLineCommand("C1", SHIRT, "WEB"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("A cart holds at most 100 lines");
        fixture.given((Object[]) full)
                .when(new SetCartLineCommand("C1", new CartLine("SKU-7", 3, "SHIP", null), "APP"))
                .expectEvents(new CartLineSetEvent("C1", new CartLine("SKU-7", 3, "SHIP", null), "APP"));
    }

    @Test
    void givenANearlyFullCart_whenAGuestCartWouldTakeItOverTheLimit_thenTheMergeIsRefused() {
        Object[] nearlyFull = IntStream.range(0, Cart.MAX_LINES - 1)
                .mapToObj(i -> new CartLineSetEvent("C1", new CartLine("SKU-" + i, 1, "SHIP", null), "WEB"))
                .toArray();
        fixture.given(nearlyFull)
                .when(new MergeCartCommand("C1", "G1", List.of(SHIRT, new CartLine("CAP", 1, "SHIP", null)), "WEB"))
                .expectException(BusinessRuleViolation.class);
    }
}
