package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StockItemTest {

    private static final StockItemId ID = StockItemId.of("HCM-01", "SKU-1");

    private AggregateTestFixture<StockItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StockItem.class);
    }

    @Test
    void givenNoStock_whenReceived_thenOnHandIsTheReceivedQuantity() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStockCommand(ID, 5, "PO-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StockReceivedEvent(ID.toString(), "HCM-01", "SKU-1", 5, "PO-1",
                        new StockLevels(5, 0, 0)))
                .expectResultMessagePayload(new StockLevels(5, 0, 0));
    }

    @Test
    void givenStock_whenReceivedAgain_thenOnHandAddsUp() {
        fixture.given(new StockReceivedEvent(ID.toString(), "HCM-01", "SKU-1", 5, "PO-1", new StockLevels(5, 0, 0)))
                .when(new ReceiveStockCommand(ID, 3, "PO-2"))
                .expectEvents(new StockReceivedEvent(ID.toString(), "HCM-01", "SKU-1", 3, "PO-2",
                        new StockLevels(8, 0, 0)));
    }

    @Test
    void givenStock_whenReceivingZero_thenRefusedAndNothingChanges() {
        fixture.given(new StockReceivedEvent(ID.toString(), "HCM-01", "SKU-1", 5, "PO-1", new StockLevels(5, 0, 0)))
                .when(new ReceiveStockCommand(ID, 0, "PO-2"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void availableIsNeverNegative() {
        assertThat(new StockLevels(2, 5, 1).available()).isZero();
        assertThat(new StockLevels(10, 3, 2).available()).isEqualTo(5);
    }
}
