package com.omnichannel.order.order;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.omnichannel.order.sourcing.DailyCapacity;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderPlacementSagaTest {

    private static final List<String> WAREHOUSES = List.of("W1", "W2");

    private SagaTestFixture<OrderPlacementSaga> fixture;
    private final DailyCapacity capacity = mock(DailyCapacity.class);

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderPlacementSaga.class);
        when(capacity.take(anyString(), anyString(), anyString(), any())).thenReturn(true);
        fixture.registerResource(capacity);
    }

    /** Attempt {@code attempt} of group G2, shipped from one of {@code candidates}, failed while the order is placed. */
    private static GroupReservationFailedEvent failed(int attempt, List<String> candidates, long available) {
        return new GroupReservationFailedEvent("O1", "G2", attempt, candidates.get(attempt), "SHIRT", available,
                candidates, true);
    }

    @Test
    void givenAPlacedOrder_whenConfirmedWithoutAFailure_thenNoSagaIsStarted() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new OrderConfirmedEvent("O1", Instant.now()))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void givenAShipGroup_whenItsFirstLocationCannotServeIt_thenTheNextCandidateIsAsked() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(failed(0, WAREHOUSES, 1))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new RequestGroupReservationCommand("O1", "G2", 1));
    }

    @Test
    void givenAShipGroup_whenItsFirstLocationCannotServeIt_thenASlotOfTheNextOnesCapacityIsTakenFirst() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(failed(0, WAREHOUSES, 1))
                .expectDispatchedCommands(new RequestGroupReservationCommand("O1", "G2", 1));
        verify(capacity).take(eq("O1"), eq("G2"), eq("W2"), any());
    }

    @Test
    void givenAShipGroup_whenTheNextCandidateHasNoCapacityLeft_thenItIsSkippedForTheOneAfter() {
        when(capacity.take(anyString(), anyString(), eq("W2"), any())).thenReturn(false);
        fixture.givenNoPriorActivity()
                .whenPublishingA(failed(0, List.of("W1", "W2", "W3"), 1))
                .expectDispatchedCommands(new RequestGroupReservationCommand("O1", "G2", 2, List.of("W2")));
    }

    @Test
    void givenAShipGroup_whenNoCandidateLeftHasCapacity_thenTheDecisionIsRecorded_andTheOrderRejected() {
        when(capacity.take(anyString(), anyString(), eq("W2"), any())).thenReturn(false);
        fixture.givenNoPriorActivity()
                .whenPublishingA(failed(0, WAREHOUSES, 1))
                .expectDispatchedCommands(new RequestGroupReservationCommand("O1", "G2", 2, List.of("W2")),
                        new RejectOrderCommand("O1", "no location has the stock and the capacity for group G2 "
                                + "(W2: no capacity left today)"));
    }

    @Test
    void givenTheLastCandidateFailed_thenTheOrderIsRejected_andTheOrderReleasesWhatItHolds() {
        fixture.givenAPublished(failed(0, WAREHOUSES, 1))
                .whenPublishingA(failed(1, WAREHOUSES, 0))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new RejectOrderCommand("O1",
                        "no location has the stock for group G2 (SHIRT at W2: 0 available)"));
    }

    @Test
    void givenAPickupStoreThatCannotServeTheGroup_thenTheOrderIsRejected() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new GroupReservationFailedEvent("O1", "G1", 0, "S1", "SHIRT", 0, List.of("S1"), true))
                .expectDispatchedCommands(new RejectOrderCommand("O1",
                        "no location has the stock for group G1 (SHIRT at S1: 0 available)"));
    }

    @Test
    void givenAReSourcedGroup_whenTheOrderIsConfirmed_thenTheSagaEnds() {
        fixture.givenAPublished(failed(0, WAREHOUSES, 1))
                .whenPublishingA(new OrderConfirmedEvent("O1", Instant.now()))
                .expectActiveSagas(0);
    }

    @Test
    void givenAReSourcedGroup_whenTheOrderIsRejected_thenTheSagaEnds() {
        fixture.givenAPublished(failed(0, WAREHOUSES, 1)).andThenAPublished(failed(1, WAREHOUSES, 0))
                .whenPublishingA(new OrderRejectedEvent("O1", "no location has the stock", "C1", 0))
                .expectActiveSagas(0);
    }

    @Test
    void givenAReSourcedGroup_whenTheOrderIsCancelled_thenTheSagaEnds() {
        fixture.givenAPublished(failed(0, WAREHOUSES, 1))
                .whenPublishingA(new OrderCancelledEvent("O1", "changed my mind", "C1", 0))
                .expectActiveSagas(0);
    }

    @Test
    void givenAConfirmedOrder_whenAGroupReRoutedAfterAShortPickFails_thenTheSagaLeavesItToTheOrder() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new GroupReservationFailedEvent("O1", "G1-R1", 0, "S2", "SHIRT", 0,
                        List.of("S2", "S3"), false))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
        verifyNoInteractions(capacity);
    }
}
