package com.omnichannel.order.order;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import static org.assertj.core.api.Assertions.assertThat;

import com.omnichannel.order.sourcing.DailyCapacity;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderPlacementSagaTest {

    private static final OrderLineItem SHIRT = new OrderLineItem("SHIRT", 2, 250_000, "VND", null);
    private static final GroupPlan PICKUP = new GroupPlan("G1", "PICKUP", List.of(SHIRT), List.of("S1"));
    private static final GroupPlan SHIP = new GroupPlan("G2", "SHIP", List.of(SHIRT), List.of("W1", "W2"));

    private SagaTestFixture<OrderPlacementSaga> fixture;
    private final DailyCapacity capacity = mock(DailyCapacity.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderPlacementSaga.class);
        when(capacity.take(anyString(), anyString(), anyString(), any())).thenReturn(true);
        fixture.registerResource(capacity);
        fixture.registerResource(meters);
    }

    private static OrderPlacedEvent placed(GroupPlan... groups) {
        return new OrderPlacedEvent("O1", "C1", "APP", List.of(groups), null,
                new PaymentReference("sim", "p", 1, "VND"), 1, "VND", 0, Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void whenPlaced_thenTheAnswerHasADeadline_andTheFirstCandidatesAreLeftToTheOrder() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(PICKUP, SHIP))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Duration.ofMinutes(5), OrderPlacementSaga.TIMEOUT);
    }

    @Test
    void givenAPlacedOrder_whenConfirmed_thenTheSagaEndsAndItsDeadlineIsCancelled() {
        fixture.givenAPublished(placed(PICKUP))
                .whenPublishingA(new OrderConfirmedEvent("O1", Instant.now()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenAPlacedOrder_whenConfirmedTwoSecondsLater_thenThePlacementTimerRecordsTwoSecondsAsConfirmed()
            throws Exception {
        OrderPlacedEvent placed = new OrderPlacedEvent("O1", "C1", "APP", List.of(PICKUP), null,
                new PaymentReference("sim", "p", 1, "VND"), 1, "VND", 0, fixture.currentTime());
        fixture.givenAPublished(placed)
                .andThenTimeElapses(Duration.ofSeconds(2))
                .whenPublishingA(new OrderConfirmedEvent("O1", Instant.now()));
        Timer timer = meters.get(OrderPlacementSaga.PLACEMENT_TIMER).tag("outcome", "CONFIRMED").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2000);
    }

    @Test
    void givenAShipGroup_whenItsFirstLocationCannotServeIt_thenTheNextCandidateIsAsked() {
        fixture.givenAPublished(placed(SHIP))
                .whenPublishingA(new GroupReservationFailedEvent("O1", "G2", 0, "W1", "SHIRT", 1))
                .expectDispatchedCommands(new RequestGroupReservationCommand("O1", "G2", 1));
    }

    @Test
    void givenAShipGroup_whenItsFirstLocationCannotServeIt_thenASlotOfTheNextOnesCapacityIsTakenFirst() {
        fixture.givenAPublished(placed(SHIP))
                .whenPublishingA(new GroupReservationFailedEvent("O1", "G2", 0, "W1", "SHIRT", 1))
                .expectDispatchedCommands(new RequestGroupReservationCommand("O1", "G2", 1));
        verify(capacity).take(eq("O1"), eq("G2"), eq("W2"), any());
    }

    @Test
    void givenAShipGroup_whenTheNextCandidateHasNoCapacityLeft_thenItIsSkippedForTheOneAfter() {
        GroupPlan three = new GroupPlan("G2", "SHIP", List.of(SHIRT), List.of("W1", "W2", "W3"));
        when(capacity.take(anyString(), anyString(), eq("W2"), any())).thenReturn(false);
        fixture.givenAPublished(placed(three))
                .whenPublishingA(new GroupReservationFailedEvent("O1", "G2", 0, "W1", "SHIRT", 1))
                .expectDispatchedCommands(new RequestGroupReservationCommand("O1", "G2", 2, List.of("W2")));
    }

    @Test
    void givenAShipGroup_whenNoCandidateLeftHasCapacity_thenTheDecisionIsRecorded_andTheOrderRejected() {
        when(capacity.take(anyString(), anyString(), eq("W2"), any())).thenReturn(false);
        fixture.givenAPublished(placed(SHIP))
                .whenPublishingA(new GroupReservationFailedEvent("O1", "G2", 0, "W1", "SHIRT", 1))
                .expectDispatchedCommands(new RequestGroupReservationCommand("O1", "G2", 2, List.of("W2")),
                        new RejectOrderCommand("O1", "no location has the stock and the capacity for group G2 "
                                + "(W2: no capacity left today)"));
    }

    @Test
    void givenTheLastCandidateFailed_thenTheOrderIsRejected_andTheOrderReleasesWhatItHolds() {
        fixture.givenAPublished(placed(SHIP))
                .andThenAPublished(new GroupReservationFailedEvent("O1", "G2", 0, "W1", "SHIRT", 1))
                .whenPublishingA(new GroupReservationFailedEvent("O1", "G2", 1, "W2", "SHIRT", 0))
                .expectDispatchedCommands(new RejectOrderCommand("O1",
                        "no location has the stock for group G2 (SHIRT at W2: 0 available)"));
    }

    @Test
    void givenAGroupNobodyCanServe_whenPlaced_thenTheOrderIsRejectedAtOnce() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(new GroupPlan("G1", "SHIP", List.of(SHIRT), List.of())))
                .expectDispatchedCommands(new RejectOrderCommand("O1", "no location can serve group G1"));
    }

    @Test
    void givenAPlacedOrder_whenCancelled_thenTheSagaEnds() {
        fixture.givenAPublished(placed(PICKUP))
                .whenPublishingA(new OrderCancelledEvent("O1", "changed my mind", "C1", 0))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenNoAnswerFromInventory_whenThePlacementDeadlineExpires_thenTheOrderIsRejected() {
        fixture.givenAPublished(placed(PICKUP))
                .whenTimeElapses(Duration.ofMinutes(6))
                .expectTriggeredDeadlinesWithName(OrderPlacementSaga.TIMEOUT)
                .expectDispatchedCommands(new RejectOrderCommand("O1", "inventory did not answer in time"));
    }
}
