package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StockItemTest {

    private static final StockItemId ID = StockItemId.of("HCM-01", "SKU-1");
    private static final String AGG = ID.toString();

    private AggregateTestFixture<StockItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StockItem.class);
    }

    private static StockReceivedEvent received(int quantity, long onHand) {
        return new StockReceivedEvent(AGG, "HCM-01", "SKU-1", quantity, "PO", new StockLevels(onHand, 0, 0));
    }

    private static StockReservedEvent reserved(String id, int quantity, StockLevels after) {
        return new StockReservedEvent(AGG, "HCM-01", "SKU-1", id, quantity, "ORD-" + id, "WEB", null, after);
    }

    private static StockReservationsAcceptedEvent accepted(StockLevels after,
                                                           StockReservationsAcceptedEvent.Accepted... reservations) {
        return new StockReservationsAcceptedEvent(AGG, "HCM-01", "SKU-1", List.of(reservations), after);
    }

    private static StockReservationsAcceptedEvent.Accepted entry(String id, int quantity) {
        return new StockReservationsAcceptedEvent.Accepted(id, quantity, "ORD-" + id, "WEB", null);
    }

    private static ReserveStockCommand reserve(String id, int quantity) {
        return new ReserveStockCommand(AGG, "HCM-01", "SKU-1", id, quantity, "ORD-" + id, "WEB", null, false);
    }

    @Test
    void givenNoStock_whenReceived_thenOnHandIsTheReceivedQuantity() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStockCommand(ID, 5, "PO"))
                .expectEvents(received(5, 5))
                .expectResultMessagePayload(new StockLevels(5, 0, 0));
    }

    @Test
    void givenStock_whenReceivedAgain_thenOnHandAddsUp() {
        fixture.given(received(5, 5))
                .when(new ReceiveStockCommand(ID, 3, "PO"))
                .expectEvents(received(3, 8));
    }

    @Test
    void givenStock_whenReceivingZero_thenRefusedAndNothingChanges() {
        fixture.given(received(5, 5))
                .when(new ReceiveStockCommand(ID, 0, "PO"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenStock_whenCountedLower_thenOnHandIsTheCountAndTheDifferenceIsShrink() {
        fixture.given(received(10, 10))
                .when(new CountStockCommand(ID, 7, "cycle count"))
                .expectEvents(new StockCountedEvent(AGG, "HCM-01", "SKU-1", 7, -3, "cycle count",
                        new StockLevels(7, 0, 0)));
    }

    @Test
    void givenReservations_whenCountedBelowThem_thenTheNewestAreShorted() {
        fixture.given(received(10, 10), reserved("r1", 4, new StockLevels(10, 4, 0)),
                        reserved("r2", 4, new StockLevels(10, 8, 0)))
                .when(new CountStockCommand(ID, 5, "found damaged"))
                .expectEvents(new StockCountedEvent(AGG, "HCM-01", "SKU-1", 5, -5, "found damaged",
                                new StockLevels(5, 8, 0)),
                        new ReservationShortedEvent(AGG, "HCM-01", "SKU-1", "r2", 4, "ORD-r2",
                                new StockLevels(5, 4, 0)));
    }

    @Test
    void whenCountedNegative_thenRefused() {
        fixture.given(received(10, 10))
                .when(new CountStockCommand(ID, -1, "typo"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void whenSafetyStockSet_thenItIsKeptBackFromAvailable() {
        fixture.given(received(10, 10))
                .when(new SetSafetyStockCommand(ID, 2))
                .expectEvents(new SafetyStockSetEvent(AGG, "HCM-01", "SKU-1", 2, new StockLevels(10, 0, 2)))
                .expectResultMessagePayload(new StockLevels(10, 0, 2));
    }

    @Test
    void givenTheSameSafetyStock_whenSetAgain_thenNothingHappens() {
        fixture.given(received(10, 10), new SafetyStockSetEvent(AGG, "HCM-01", "SKU-1", 2, new StockLevels(10, 0, 2)))
                .when(new SetSafetyStockCommand(ID, 2))
                .expectNoEvents();
    }

    @Test
    void givenEnoughAvailable_whenReserved_thenReservedGrows() {
        fixture.given(received(10, 10))
                .when(reserve("r1", 3))
                .expectEvents(accepted(new StockLevels(10, 3, 0), entry("r1", 3)))
                .expectResultMessagePayload(new ReservationResult(true, new StockLevels(10, 3, 0)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenSafetyStock_whenReservingIntoIt_thenRefusedWithWhatIsAvailable() {
        fixture.given(received(10, 10), new SafetyStockSetEvent(AGG, "HCM-01", "SKU-1", 2,
                        new StockLevels(10, 0, 2)), reserved("r1", 5, new StockLevels(10, 5, 2)))
                .when(reserve("r2", 4))
                .expectNoEvents()
                .expectExceptionMessage("Only 3 of HCM-01/SKU-1 can be reserved; 4 were asked for")
                .expectException(InsufficientStockException.class);
    }

    @Test
    void givenTooLittle_whenAMessageRequestIsRefused_thenTheRefusalIsRecorded() {
        fixture.given(received(2, 2))
                .when(new ReserveStockCommand(AGG, "HCM-01", "SKU-1", "r1", 3, "ORD-1", "APP", null, true))
                .expectEvents(new StockReservationRejectedEvent(AGG, "HCM-01", "SKU-1", "r1", 3, "ORD-1", "APP", 2,
                        new StockLevels(2, 0, 0)))
                .expectResultMessagePayload(new ReservationResult(false, new StockLevels(2, 0, 0)));
    }

    @Test
    void givenABatch_whenDecided_thenEachRequestIsAnsweredInTurnAndTheAcceptedOnesAreStoredAsOneEvent() {
        fixture.given(received(5, 5))
                .when(new ReserveStockBatchCommand(AGG, List.of(reserve("r1", 3), reserve("r2", 3), reserve("r3", 2))))
                .expectEvents(accepted(new StockLevels(5, 5, 0), entry("r1", 3), entry("r3", 2)))
                .expectResultMessagePayload(List.of(new ReservationResult(true, new StockLevels(5, 3, 0)),
                        new ReservationResult(false, new StockLevels(5, 3, 0)),
                        new ReservationResult(true, new StockLevels(5, 5, 0))));
    }

    @Test
    void givenABatchAskingTwiceForOneReservation_whenDecided_thenItIsReservedOnce() {
        fixture.given(received(5, 5))
                .when(new ReserveStockBatchCommand(AGG, List.of(reserve("r1", 2), reserve("r1", 2))))
                .expectEvents(accepted(new StockLevels(5, 2, 0), entry("r1", 2)))
                .expectResultMessagePayload(List.of(new ReservationResult(true, new StockLevels(5, 2, 0)),
                        new ReservationResult(true, new StockLevels(5, 2, 0))));
    }

    @Test
    void givenABatchWithARecordedRefusal_whenDecided_thenTheEventsKeepTheOrderOfTheDecisions() {
        ReserveStockCommand recorded = new ReserveStockCommand(AGG, "HCM-01", "SKU-1", "r2", 4, "ORD-r2", "APP", null,
                true);
        fixture.given(received(5, 5))
                .when(new ReserveStockBatchCommand(AGG, List.of(reserve("r1", 3), recorded, reserve("r3", 1))))
                .expectEvents(accepted(new StockLevels(5, 3, 0), entry("r1", 3)),
                        new StockReservationRejectedEvent(AGG, "HCM-01", "SKU-1", "r2", 4, "ORD-r2", "APP", 2,
                                new StockLevels(5, 3, 0)),
                        accepted(new StockLevels(5, 4, 0), entry("r3", 1)));
    }

    @Test
    void givenAStoredBatch_whenOneOfItsReservationsIsReleased_thenOnlyThatOneIsGivenBack() {
        fixture.given(received(10, 10), accepted(new StockLevels(10, 5, 0), entry("r1", 3), entry("r2", 2)))
                .when(new ReleaseReservationCommand(AGG, "r1"))
                .expectEvents(new ReservationReleasedEvent(AGG, "HCM-01", "SKU-1", "r1", 3, "ORD-r1",
                        new StockLevels(10, 2, 0)));
    }

    @Test
    void aStoredBatchReadsAsOneReservationAfterAnotherWithTheFiguresAfterEach() {
        assertThat(accepted(new StockLevels(10, 6, 1), entry("r1", 3), entry("r2", 2)).each())
                .containsExactly(reserved("r1", 3, new StockLevels(10, 4, 1)),
                        reserved("r2", 2, new StockLevels(10, 6, 1)));
    }

    @Test
    void givenAReservation_whenTheSameIdIsReservedAgain_thenNothingMoreIsReserved() {
        fixture.given(received(10, 10), reserved("r1", 3, new StockLevels(10, 3, 0)))
                .when(reserve("r1", 3))
                .expectNoEvents()
                .expectResultMessagePayload(new ReservationResult(true, new StockLevels(10, 3, 0)));
    }

    @Test
    void whenReservingZero_thenRefused() {
        fixture.given(received(10, 10))
                .when(reserve("r1", 0))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenEnoughAvailable_whenACartHoldIsReserved_thenItsExpiryIsScheduled() {
        Instant expiresAt = Instant.now().plusSeconds(900);
        fixture.given(received(10, 10))
                .when(new ReserveStockCommand(AGG, "HCM-01", "SKU-1", "r1", 3, "cart", "WEB", expiresAt, false))
                .expectScheduledDeadlineWithName(expiresAt, StockItem.EXPIRY)
                .expectEvents(new StockReservationsAcceptedEvent(AGG, "HCM-01", "SKU-1", List.of(
                        new StockReservationsAcceptedEvent.Accepted("r1", 3, "cart", "WEB", expiresAt)),
                        new StockLevels(10, 3, 0)));
    }

    @Test
    void givenAnExpiringHold_whenTheDeadlinePasses_thenTheReservationExpires() {
        Instant expiresAt = Instant.now().plusSeconds(60);
        fixture.given(received(10, 10))
                .andGivenCommands(new ReserveStockCommand(AGG, "HCM-01", "SKU-1", "r1", 3, "cart", "WEB", expiresAt,
                        false))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDeadlinesMet("r1")
                .expectEvents(new ReservationExpiredEvent(AGG, "HCM-01", "SKU-1", "r1", 3, "cart",
                        new StockLevels(10, 0, 0)));
    }

    @Test
    void givenAReleasedHold_whenItsDeadlinePasses_thenNothingHappens() {
        Instant expiresAt = Instant.now().plusSeconds(60);
        fixture.given(received(10, 10))
                .andGivenCommands(new ReserveStockCommand(AGG, "HCM-01", "SKU-1", "r1", 3, "cart", "WEB", expiresAt,
                        false), new ReleaseReservationCommand(AGG, "r1"))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectNoEvents();
    }

    @Test
    void givenAReservation_whenReleased_thenReservedDrops() {
        fixture.given(received(10, 10), reserved("r1", 3, new StockLevels(10, 3, 0)))
                .when(new ReleaseReservationCommand(AGG, "r1"))
                .expectEvents(new ReservationReleasedEvent(AGG, "HCM-01", "SKU-1", "r1", 3, "ORD-r1",
                        new StockLevels(10, 0, 0)));
    }

    @Test
    void givenAReleasedReservation_whenReleasedAgain_thenNothingHappens() {
        fixture.given(received(10, 10), reserved("r1", 3, new StockLevels(10, 3, 0)),
                        new ReservationReleasedEvent(AGG, "HCM-01", "SKU-1", "r1", 3, "ORD-r1",
                                new StockLevels(10, 0, 0)))
                .when(new ReleaseReservationCommand(AGG, "r1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAReservation_whenFulfilled_thenOnHandAndReservedBothDrop() {
        fixture.given(received(10, 10), reserved("r1", 3, new StockLevels(10, 3, 0)))
                .when(new FulfilReservationCommand(AGG, "r1"))
                .expectEvents(new ReservationFulfilledEvent(AGG, "HCM-01", "SKU-1", "r1", 3, "ORD-r1",
                        new StockLevels(7, 0, 0)));
    }

    @Test
    void givenAReleasedReservation_whenFulfilled_thenRefused() {
        fixture.given(received(10, 10), reserved("r1", 3, new StockLevels(10, 3, 0)),
                        new ReservationReleasedEvent(AGG, "HCM-01", "SKU-1", "r1", 3, "ORD-r1",
                                new StockLevels(10, 0, 0)))
                .when(new FulfilReservationCommand(AGG, "r1"))
                .expectException(ReservationNotLiveException.class)
                .expectNoEvents();
    }

    @Test
    void givenReservations_whenAShelfSaleTakesTheirGoods_thenTheNewestAreShortedAndTheSaleIsNeverRefused() {
        fixture.given(received(5, 5), reserved("r1", 2, new StockLevels(5, 2, 0)),
                        reserved("r2", 2, new StockLevels(5, 4, 0)))
                .when(new SellInStoreCommand(ID, 4, "TILL-9"))
                .expectEvents(new StockSoldEvent(AGG, "HCM-01", "SKU-1", 4, 4, "TILL-9", new StockLevels(1, 4, 0)),
                        new ReservationShortedEvent(AGG, "HCM-01", "SKU-1", "r2", 2, "ORD-r2",
                                new StockLevels(1, 2, 0)),
                        new ReservationShortedEvent(AGG, "HCM-01", "SKU-1", "r1", 2, "ORD-r1",
                                new StockLevels(1, 0, 0)))
                .expectResultMessagePayload(new SaleOutcome(new StockLevels(1, 0, 0), List.of("r2", "r1")));
    }

    @Test
    void givenTooLittleOnHand_whenSold_thenOnHandStopsAtZero() {
        fixture.given(received(2, 2))
                .when(new SellInStoreCommand(ID, 3, "TILL-1"))
                .expectEvents(new StockSoldEvent(AGG, "HCM-01", "SKU-1", 3, 2, "TILL-1", new StockLevels(0, 0, 0)));
    }

    @Test
    void availableIsNeverNegative() {
        assertThat(new StockLevels(2, 5, 1).available()).isZero();
        assertThat(new StockLevels(10, 3, 2).available()).isEqualTo(5);
    }
}
