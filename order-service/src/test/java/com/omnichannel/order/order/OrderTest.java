package com.omnichannel.order.order;

import com.omnichannel.order.order.ConsideredLocation.Verdict;
import com.omnichannel.order.order.SourcingDecidedEvent.Trigger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final OrderLineItem SHIRT = new OrderLineItem("SHIRT", 2, 250_000, "VND", null);
    private static final OrderLineItem CAP = new OrderLineItem("CAP", 1, 90_000, "VND", null);
    private static final GroupPlan SHIP = new GroupPlan("G1", "SHIP", List.of(SHIRT, CAP), List.of("W1", "S2"));

    private AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    private static OrderPlacedEvent placed(GroupPlan... groups) {
        return new OrderPlacedEvent("O1", "C1", "APP", List.of(groups), null,
                new PaymentReference("sim", "p1", 590_000, "VND"), 590_000, "VND", 0, AT);
    }

    /** The first attempt of the group failed on that line while the order is placed. */
    private static GroupReservationFailedEvent failed(GroupPlan group, String sku) {
        return new GroupReservationFailedEvent("O1", "G1", 0, "W1", sku, 0, group.candidates(), true);
    }

    private static GroupReservationRequestedEvent requested(int attempt, String location) {
        return new GroupReservationRequestedEvent("O1", "G1", attempt, location, List.of(
                new LineReservation("O1-G1-" + attempt + "-0", "SHIRT", 2),
                new LineReservation("O1-G1-" + attempt + "-1", "CAP", 1)), "APP");
    }

    /** Sourcing's answer for G1: the store S1 does not ship, W1 is nearest of those that have the goods. */
    private static final List<ConsideredLocation> SOURCED = List.of(
            new ConsideredLocation("S1", 0.5, Verdict.NO_SHIP_FROM_STORE),
            new ConsideredLocation("W1", 3.25, Verdict.CHOSEN), new ConsideredLocation("S3", 4, Verdict.NO_STOCK),
            new ConsideredLocation("S2", 8, Verdict.FARTHER));

    private static SourcingDecidedEvent decided() {
        return new SourcingDecidedEvent("O1", "G1", Trigger.PLACEMENT, "W1", SOURCED);
    }

    @Test
    void whenPlaced_thenTheOrderIsPlaced_eachShipGroupsSourcingIsRecorded_andItsFirstCandidateIsAsked() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand("O1", "C1", "APP", List.of(SHIP), null,
                        new PaymentReference("sim", "p1", 590_000, "VND"), 590_000, "VND", 0, AT,
                        Map.of("G1", SOURCED)))
                .expectEvents(placed(SHIP), decided(), requested(0, "W1"));
    }

    @Test
    void whenPlacedWithTwoShipGroups_thenEachIsAskedAtItsOwnFirstCandidate() {
        GroupPlan first = new GroupPlan("G1", "SHIP", List.of(SHIRT), List.of("W1"));
        GroupPlan second = new GroupPlan("G2", "SHIP", List.of(CAP), List.of("W2", "W3"));
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand("O1", "C1", "APP", List.of(first, second), null,
                        new PaymentReference("sim", "p1", 590_000, "VND"), 590_000, "VND", 0, AT, Map.of()))
                .expectEvents(placed(first, second),
                        new GroupReservationRequestedEvent("O1", "G1", 0, "W1",
                                List.of(new LineReservation("O1-G1-0-0", "SHIRT", 2)), "APP"),
                        new GroupReservationRequestedEvent("O1", "G2", 0, "W2",
                                List.of(new LineReservation("O1-G2-0-0", "CAP", 1)), "APP"));
    }

    @Test
    void whenPlacedWithAShipGroupNoLocationCanServe_thenTheDecisionHasNoChosenLocation_andTheOrderIsRejectedAtOnce() {
        GroupPlan nowhere = new GroupPlan("G1", "SHIP", List.of(SHIRT), List.of());
        List<ConsideredLocation> considered = List.of(new ConsideredLocation("W1", 3.25, Verdict.NO_STOCK));
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand("O1", "C1", "APP", List.of(nowhere), null,
                        new PaymentReference("sim", "p1", 590_000, "VND"), 590_000, "VND", 0, AT,
                        Map.of("G1", considered)))
                .expectEvents(placed(nowhere),
                        new SourcingDecidedEvent("O1", "G1", Trigger.PLACEMENT, null, considered),
                        new OrderRejectedEvent("O1", "no location can serve group G1", "C1", 0));  // nothing asked
    }

    @Test
    void givenASourcedGroup_whenItsLocationRefusesTheReservation_thenTheNextCandidateIsRecordedAsChosen() {
        fixture.given(placed(SHIP), decided(), requested(0, "W1"))
                .when(new RecordReservationOutcomeCommand("O1", "O1-G1-0-0", false, 1))
                .expectEvents(new GroupReservationFailedEvent("O1", "G1", 0, "W1", "SHIRT", 1, SHIP.candidates(),
                                true),
                        new ReservationReleaseRequestedEvent("O1", "O1-G1-0-1", "W1", "CAP"),
                        new SourcingDecidedEvent("O1", "G1", Trigger.RESERVATION_REFUSED, "S2", List.of(
                                new ConsideredLocation("S1", 0.5, Verdict.NO_SHIP_FROM_STORE),
                                new ConsideredLocation("W1", 3.25, Verdict.ALREADY_TRIED),
                                new ConsideredLocation("S3", 4, Verdict.NO_STOCK),
                                new ConsideredLocation("S2", 8, Verdict.CHOSEN))));
    }

    @Test
    void givenARefusedReservation_whenTheNextCandidateHasNoCapacityLeft_thenTheDecisionSaysSo_andTheOneAfterIsAsked() {
        GroupPlan three = new GroupPlan("G1", "SHIP", List.of(SHIRT, CAP), List.of("W1", "S2", "W3"));
        List<ConsideredLocation> refused = List.of(new ConsideredLocation("W1", 3.25, Verdict.ALREADY_TRIED),
                new ConsideredLocation("S2", 8, Verdict.CHOSEN), new ConsideredLocation("W3", 9, Verdict.FARTHER));
        fixture.given(placed(three), requested(0, "W1"), failed(three, "CAP"),
                        new SourcingDecidedEvent("O1", "G1", Trigger.RESERVATION_REFUSED, "S2", refused))
                .when(new RequestGroupReservationCommand("O1", "G1", 2, List.of("S2")))
                .expectEvents(new SourcingDecidedEvent("O1", "G1", Trigger.RESERVATION_REFUSED, "W3", List.of(
                                new ConsideredLocation("W1", 3.25, Verdict.ALREADY_TRIED),
                                new ConsideredLocation("S2", 8, Verdict.NO_CAPACITY),
                                new ConsideredLocation("W3", 9, Verdict.CHOSEN))),
                        new GroupReservationRequestedEvent("O1", "G1", 2, "W3", List.of(
                                new LineReservation("O1-G1-2-0", "SHIRT", 2),
                                new LineReservation("O1-G1-2-1", "CAP", 1)), "APP"));
    }

    @Test
    void givenARefusedReservation_whenNoCandidateLeftHasCapacity_thenTheDecisionHasNoChosenLocation() {
        fixture.given(placed(SHIP), decided(), requested(0, "W1"),
                        failed(SHIP, "CAP"))
                .when(new RequestGroupReservationCommand("O1", "G1", 2, List.of("S2")))
                .expectEvents(new SourcingDecidedEvent("O1", "G1", Trigger.RESERVATION_REFUSED, null, List.of(
                        new ConsideredLocation("S1", 0.5, Verdict.NO_SHIP_FROM_STORE),
                        new ConsideredLocation("W1", 3.25, Verdict.CHOSEN),
                        new ConsideredLocation("S3", 4, Verdict.NO_STOCK),
                        new ConsideredLocation("S2", 8, Verdict.NO_CAPACITY))));
    }

    @Test
    void givenPlaced_whenAGroupIsReserved_thenEachLineIsRequestedAtTheCandidate() {
        fixture.given(placed(SHIP))
                .when(new RequestGroupReservationCommand("O1", "G1", 0))
                .expectEvents(requested(0, "W1"));
    }

    @Test
    void givenTheFirstCandidateAsked_whenAskedForItAgain_thenNothingHappens() {
        fixture.given(placed(SHIP), requested(0, "W1"))
                .when(new RequestGroupReservationCommand("O1", "G1", 0))
                .expectNoEvents();
    }

    @Test
    void givenEveryLineConfirmed_thenTheOrderConfirmsItself() {
        fixture.given(placed(SHIP), requested(0, "W1"), new LineReservationConfirmedEvent("O1", "G1", "O1-G1-0-0"))
                .when(new RecordReservationOutcomeCommand("O1", "O1-G1-0-1", true, 0))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.equalTo(new LineReservationConfirmedEvent("O1", "G1", "O1-G1-0-1")),
                        org.hamcrest.Matchers.instanceOf(OrderConfirmedEvent.class),
                        Matchers.andNoMore())));
    }

    @Test
    void givenARejectedLine_thenTheAttemptFailsAndItsOtherReservationsAreReleased() {
        fixture.given(placed(SHIP), requested(0, "W1"), new LineReservationConfirmedEvent("O1", "G1", "O1-G1-0-0"))
                .when(new RecordReservationOutcomeCommand("O1", "O1-G1-0-1", false, 0))
                .expectEvents(failed(SHIP, "CAP"),
                        new ReservationReleaseRequestedEvent("O1", "O1-G1-0-0", "W1", "SHIRT"));
    }

    @Test
    void givenAFailedAttempt_whenItsLateConfirmationArrives_thenThatReservationIsReleased() {
        fixture.given(placed(SHIP), requested(0, "W1"), failed(SHIP, "CAP"),
                        requested(1, "S2"))
                .when(new RecordReservationOutcomeCommand("O1", "O1-G1-0-0", true, 0))
                .expectEvents(new ReservationReleaseRequestedEvent("O1", "O1-G1-0-0", "W1", "SHIRT"));
    }

    @Test
    void givenAConfirmedOrder_whenCancelled_thenEveryReservationIsReleased() {
        fixture.given(placed(SHIP), requested(0, "W1"), new LineReservationConfirmedEvent("O1", "G1", "O1-G1-0-0"),
                        new LineReservationConfirmedEvent("O1", "G1", "O1-G1-0-1"), new OrderConfirmedEvent("O1", AT))
                .when(new CancelOrderCommand("O1", "changed my mind"))
                .expectEvents(new OrderCancelledEvent("O1", "changed my mind", "C1", 0),
                        new ReservationReleaseRequestedEvent("O1", "O1-G1-0-0", "W1", "SHIRT"),
                        new ReservationReleaseRequestedEvent("O1", "O1-G1-0-1", "W1", "CAP"));
    }

    @Test
    void givenACancelledOrder_whenCancelledAgain_thenRefused() {
        fixture.given(placed(SHIP), new OrderCancelledEvent("O1", "first", "C1", 0))
                .when(new CancelOrderCommand("O1", "again"))
                .expectException(com.omnichannel.support.domain.BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenAPlacedOrder_whenRejected_thenPendingReservationsAreReleased() {
        fixture.given(placed(SHIP), requested(0, "W1"))
                .when(new RejectOrderCommand("O1", "timeout"))
                .expectEvents(new OrderRejectedEvent("O1", "timeout", "C1", 0),
                        new ReservationReleaseRequestedEvent("O1", "O1-G1-0-0", "W1", "SHIRT"),
                        new ReservationReleaseRequestedEvent("O1", "O1-G1-0-1", "W1", "CAP"));
    }

    @Test
    void aReservationThatIsNotTheOrdersIsIgnored() {
        fixture.given(placed(SHIP), requested(0, "W1"))
                .when(new RecordReservationOutcomeCommand("O1", "someone-elses", true, 0))
                .expectNoEvents();
    }
}
