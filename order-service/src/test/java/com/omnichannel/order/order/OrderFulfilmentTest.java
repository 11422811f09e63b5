package com.omnichannel.order.order;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;

import com.omnichannel.order.loyalty.LoyaltyRules;
import com.omnichannel.order.order.ConsideredLocation.Verdict;
import com.omnichannel.order.order.SourcingDecidedEvent.Trigger;
import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.domain.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store side of {@link Order}: ready for pickup, handover, expiry, shipment, completion. */
class OrderFulfilmentTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant HOLD = AT.plus(Duration.ofDays(3));
    private static final Instant REMIND = HOLD.minus(Duration.ofDays(1));
    private static final OrderLineItem SHIRT = new OrderLineItem("SHIRT", 2, 250_000, "VND", null);
    private static final OrderLineItem CAP = new OrderLineItem("CAP", 1, 90_000, "VND", null);
    private static final GroupPlan PICKUP = new GroupPlan("G1", "PICKUP", List.of(SHIRT, CAP), List.of("S1"));
    private static final GroupPlan SHIP = new GroupPlan("G2", "SHIP", List.of(CAP), List.of("W1"));

    private AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(new LoyaltyRules(new LoyaltyRules.Properties(
                Map.of("VND", new LoyaltyRules.Rate(10_000, 100)))));
    }

    /**
     * Placed with the given groups, 300 points paying 30 000 VND of it, and confirmed: every line reserved at its
     * first candidate.
     */
    private static List<Object> confirmed(GroupPlan... groups) {
        List<Object> events = new ArrayList<>();
        long payable = List.of(groups).stream().flatMap(g -> g.lines().stream()).mapToLong(OrderLineItem::lineTotal)
                .sum() - 30_000;
        events.add(new OrderPlacedEvent("O1", "C1", "APP", List.of(groups), null,
                new PaymentReference("sim", "p1", payable, "VND"), payable, "VND", 300, AT));
        for (GroupPlan g : groups) {
            List<LineReservation> lines = new ArrayList<>();
            for (int i = 0; i < g.lines().size(); i++) {
                OrderLineItem line = g.lines().get(i);
                lines.add(new LineReservation(res(g.groupId(), i), line.sku(), line.quantity()));
            }
            events.add(new GroupReservationRequestedEvent("O1", g.groupId(), 0, g.candidates().get(0), lines, "APP"));
            for (int i = 0; i < g.lines().size(); i++) {
                events.add(new LineReservationConfirmedEvent("O1", g.groupId(), res(g.groupId(), i)));
            }
        }
        events.add(new OrderConfirmedEvent("O1", AT));
        return events;
    }

    private static String res(String groupId, int line) {
        return "O1-" + groupId + "-0-" + line;
    }

    private static List<Object> with(List<Object> given, Object... more) {
        List<Object> all = new ArrayList<>(given);
        all.addAll(List.of(more));
        return all;
    }

    private static GroupReadyForPickupEvent ready() {
        return new GroupReadyForPickupEvent("O1", "G1", "S1", "K7P2M9QX", HOLD);
    }

    @Test
    void givenAnAllocatedPickupGroup_whenMadeReady_thenItIsHeldWithItsCodeAndExpiryIsScheduled() {
        fixture.given(confirmed(PICKUP))
                .when(new MarkGroupReadyCommand("O1", "G1", "K7P2M9QX", HOLD, REMIND))
                .expectEvents(ready())
                .expectResultMessagePayload(new PickupHold("K7P2M9QX", HOLD))
                .expectScheduledDeadlineWithName(HOLD, Order.PICKUP_EXPIRY)
                .expectScheduledDeadlineWithName(REMIND, Order.PICKUP_REMINDER);
    }

    @Test
    void givenAReadyGroup_whenMadeReadyAgain_thenTheSameCodeIsAnswered() {
        fixture.given(with(confirmed(PICKUP), ready()))
                .when(new MarkGroupReadyCommand("O1", "G1", "OTHER123", HOLD.plusSeconds(60), REMIND))
                .expectNoEvents()
                .expectResultMessagePayload(new PickupHold("K7P2M9QX", HOLD));
    }

    @Test
    void givenAPlacedOrder_whenAGroupIsMadeReady_thenRefused() {
        fixture.given(confirmed(PICKUP).subList(0, 2))
                .when(new MarkGroupReadyCommand("O1", "G1", "K7P2M9QX", HOLD, REMIND))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenAShipGroup_whenMadeReadyForPickup_thenRefused() {
        fixture.given(confirmed(SHIP))
                .when(new MarkGroupReadyCommand("O1", "G2", "K7P2M9QX", HOLD, REMIND))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownGroupIsNotFound() {
        fixture.given(confirmed(PICKUP))
                .when(new MarkGroupReadyCommand("O1", "G9", "K7P2M9QX", HOLD, REMIND))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void givenAReadyGroup_whenHandedOverWithItsCode_thenCollected_itsStockFulfilled_andTheOrderCompleted() {
        fixture.given(with(confirmed(PICKUP), ready()))
                .when(new HandOverGroupCommand("O1", "G1", "K7P2M9QX", HOLD))
                .expectEvents(new GroupCollectedEvent("O1", "G1", "S1", HOLD),
                        new ReservationFulfilmentRequestedEvent("O1", res("G1", 0), "S1", "SHIRT"),
                        new ReservationFulfilmentRequestedEvent("O1", res("G1", 1), "S1", "CAP"),
                        new OrderCompletedEvent("O1", "C1", "APP", 300, 590_000, "VND", HOLD, 560_000L, 560_000L))
                .expectResultMessagePayload(HandoverOutcome.COLLECTED);
    }

    @Test
    void givenAReadyGroup_whenAWrongCodeIsShown_thenTheAttemptIsCountedAndNothingElseChanges() {
        fixture.given(with(confirmed(PICKUP), ready()))
                .when(new HandOverGroupCommand("O1", "G1", "K7P2M9QY", HOLD))
                .expectEvents(new PickupCodeRejectedEvent("O1", "G1", 1, false))
                .expectResultMessagePayload(HandoverOutcome.WRONG_CODE);
    }

    @Test
    void givenFourWrongCodes_whenAFifthIsShown_thenTheHandoverIsLocked() {
        List<Object> given = with(confirmed(PICKUP), ready());
        for (int i = 1; i <= 4; i++) {
            given.add(new PickupCodeRejectedEvent("O1", "G1", i, false));
        }
        fixture.given(given)
                .when(new HandOverGroupCommand("O1", "G1", "WRONG", HOLD))
                .expectEvents(new PickupCodeRejectedEvent("O1", "G1", 5, true))
                .expectResultMessagePayload(HandoverOutcome.LOCKED);
    }

    @Test
    void givenALockedHandover_whenTheRightCodeIsShown_thenItIsStillLocked() {
        fixture.given(with(confirmed(PICKUP), ready(), new PickupCodeRejectedEvent("O1", "G1", 5, true)))
                .when(new HandOverGroupCommand("O1", "G1", "K7P2M9QX", HOLD))
                .expectNoEvents()
                .expectResultMessagePayload(HandoverOutcome.LOCKED);
    }

    @Test
    void givenAGroupThatIsNotReady_whenHandedOver_thenRefused() {
        fixture.given(confirmed(PICKUP))
                .when(new HandOverGroupCommand("O1", "G1", "K7P2M9QX", HOLD))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenAReadyGroup_whenItsReminderIsDue_thenTheCustomerIsToBeReminded() {
        fixture.given(confirmed(PICKUP))
                .andGivenCommands(new MarkGroupReadyCommand("O1", "G1", "K7P2M9QX", HOLD, REMIND))
                .whenTimeAdvancesTo(REMIND.plusSeconds(1))
                .expectEvents(new PickupExpiringEvent("O1", "G1", "S1", HOLD));
    }

    @Test
    void givenAReadyGroup_whenItsHoldRunsOut_thenItExpires_itsStockIsReleased_andTheOrderIsCancelled() {
        fixture.given(confirmed(PICKUP))
                .andGivenCommands(new MarkGroupReadyCommand("O1", "G1", "K7P2M9QX", HOLD, REMIND))
                .whenTimeAdvancesTo(HOLD.plusSeconds(1))
                .expectDeadlinesMet("G1", "G1")
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new PickupExpiringEvent("O1", "G1", "S1", HOLD)),
                        equalTo(new GroupExpiredEvent("O1", "G1", "S1")),
                        equalTo(new ReservationReleaseRequestedEvent("O1", res("G1", 0), "S1", "SHIRT")),
                        equalTo(new ReservationReleaseRequestedEvent("O1", res("G1", 1), "S1", "CAP")),
                        equalTo(new OrderCancelledEvent("O1", "not collected in time", "C1", 300)),
                        andNoMore())));
    }

    @Test
    void givenACollectedGroup_whenItsHoldRunsOut_thenNothingHappens() {
        fixture.given(confirmed(PICKUP))
                .andGivenCommands(new MarkGroupReadyCommand("O1", "G1", "K7P2M9QX", HOLD, REMIND),
                        new HandOverGroupCommand("O1", "G1", "K7P2M9QX", AT))
                .whenTimeAdvancesTo(HOLD.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void givenAnExpiredPickupAndAnOpenShipGroup_whenShipped_thenTheOrderCompletesOnTheShippedValueOnly() {
        fixture.given(with(confirmed(PICKUP, SHIP), ready(), new GroupExpiredEvent("O1", "G1", "S1")))
                .when(new ShipGroupCommand("O1", "G2", "GHN", "GHN123", HOLD))
                .expectEvents(new GroupShippedEvent("O1", "G2", "W1", "GHN", "GHN123", HOLD),
                        new ReservationFulfilmentRequestedEvent("O1", res("G2", 0), "W1", "CAP"),
                        new OrderCompletedEvent("O1", "C1", "APP", 300, 90_000, "VND", HOLD, 60_000L, 0L));
    }

    @Test
    void givenTwoOpenGroups_whenOneShips_thenTheOrderStaysConfirmed() {
        fixture.given(confirmed(PICKUP, SHIP))
                .when(new ShipGroupCommand("O1", "G2", "GHN", "GHN123", AT))
                .expectEvents(new GroupShippedEvent("O1", "G2", "W1", "GHN", "GHN123", AT),
                        new ReservationFulfilmentRequestedEvent("O1", res("G2", 0), "W1", "CAP"));
    }

    @Test
    void givenAPickupGroup_whenShipped_thenRefused() {
        fixture.given(confirmed(PICKUP))
                .when(new ShipGroupCommand("O1", "G1", "GHN", "GHN123", AT))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenAShippedGroup_whenShippedAgain_thenRefused() {
        fixture.given(with(confirmed(PICKUP, SHIP), new GroupShippedEvent("O1", "G2", "W1", "GHN", "1", AT)))
                .when(new ShipGroupCommand("O1", "G2", "GHN", "2", AT))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenAShippedGroup_whenTheOrderIsCancelled_thenRefused() {
        fixture.given(with(confirmed(PICKUP, SHIP), new GroupShippedEvent("O1", "G2", "W1", "GHN", "1", AT)))
                .when(new CancelOrderCommand("O1", "too late"))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenAnExpiredGroup_whenTheOrderIsCancelled_thenOnlyTheOpenGroupsAreReleased() {
        fixture.given(with(confirmed(PICKUP, SHIP), ready(), new GroupExpiredEvent("O1", "G1", "S1")))
                .when(new CancelOrderCommand("O1", "changed my mind"))
                .expectEvents(new OrderCancelledEvent("O1", "changed my mind", "C1", 300),
                        new ReservationReleaseRequestedEvent("O1", res("G2", 0), "W1", "CAP"));
    }

    private static PickGroupCommand pick(String groupId, List<ConsideredLocation> reroute, Object... skuAndQuantity) {
        List<PickGroupCommand.PickedLine> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new PickGroupCommand.PickedLine((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]));
        }
        return new PickGroupCommand("O1", groupId, lines, reroute, AT);
    }

    /** Sourcing's answer for the short pick at S1: S4 lacks the stock, S2 is nearest of those that have it. */
    private static final List<ConsideredLocation> REROUTE = List.of(
            new ConsideredLocation("S1", 0, Verdict.ALREADY_TRIED), new ConsideredLocation("S4", 1.5, Verdict.NO_STOCK),
            new ConsideredLocation("S2", 2.25, Verdict.CHOSEN), new ConsideredLocation("S3", 4, Verdict.FARTHER));
    private static final List<ConsideredLocation> NOBODY = List.of(
            new ConsideredLocation("S1", 0, Verdict.ALREADY_TRIED), new ConsideredLocation("S4", 1.5, Verdict.NO_STOCK));

    private static OrderLineItem shirts(int quantity) {
        return new OrderLineItem("SHIRT", quantity, 250_000, "VND", null);
    }

    @Test
    void givenAnAllocatedGroup_whenFullyPicked_thenPicked() {
        fixture.given(confirmed(PICKUP))
                .when(pick("G1", List.of(), "SHIRT", 2, "CAP", 1))
                .expectEvents(new GroupPickedEvent("O1", "G1", "S1", List.of(SHIRT, CAP), List.of(), AT));
    }

    @Test
    void givenAPickedGroup_whenPickedAgain_thenRefused() {
        fixture.given(with(confirmed(PICKUP),
                        new GroupPickedEvent("O1", "G1", "S1", List.of(SHIRT, CAP), List.of(), AT)))
                .when(pick("G1", List.of(), "SHIRT", 2, "CAP", 1))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void whenMoreIsPickedThanOrdered_thenRefused() {
        fixture.given(confirmed(PICKUP))
                .when(pick("G1", List.of(), "SHIRT", 3, "CAP", 1))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void whenAnSkuNotInTheGroupIsPicked_thenRefusedNamingTheField() {
        fixture.given(confirmed(PICKUP))
                .when(pick("G1", List.of(), "SHIRT", 2, "HAT", 1))
                .expectException(com.omnichannel.support.domain.FieldValidationException.class)
                .expectNoEvents();
    }

    @Test
    void givenAShortPick_thenTheMissingQuantityIsReroutedAsANewGroupReservedAtTheFirstCandidate_andTheDecisionRecorded() {
        GroupPlan reroute = new GroupPlan("G1-R1", "PICKUP", List.of(shirts(1)), List.of("S2", "S3"));
        fixture.given(confirmed(PICKUP))
                .when(pick("G1", REROUTE, "SHIRT", 1, "CAP", 1))
                .expectEvents(new GroupPickedEvent("O1", "G1", "S1", List.of(shirts(1), CAP), List.of(shirts(1)), AT),
                        new GroupReroutedEvent("O1", "G1", reroute),
                        new SourcingDecidedEvent("O1", "G1-R1", Trigger.SHORT_PICK, "S2", REROUTE),
                        new GroupReservationRequestedEvent("O1", "G1-R1", 0, "S2",
                                List.of(new LineReservation("O1-G1-R1-0-0", "SHIRT", 1)), "APP"));
    }

    /** Attempt {@code attempt} of the re-routed group (candidates S2, S3) failed; the order is confirmed. */
    private static GroupReservationFailedEvent rerouteFailed(int attempt, String locationId) {
        return new GroupReservationFailedEvent("O1", "G1-R1", attempt, locationId, "SHIRT", 0, List.of("S2", "S3"),
                false);
    }

    private static List<Object> rerouted() {
        GroupPlan reroute = new GroupPlan("G1-R1", "PICKUP", List.of(shirts(1)), List.of("S2", "S3"));
        return with(confirmed(PICKUP),
                new GroupPickedEvent("O1", "G1", "S1", List.of(shirts(1), CAP), List.of(shirts(1)), AT),
                new GroupReroutedEvent("O1", "G1", reroute),
                new SourcingDecidedEvent("O1", "G1-R1", Trigger.SHORT_PICK, "S2", REROUTE),
                new GroupReservationRequestedEvent("O1", "G1-R1", 0, "S2",
                        List.of(new LineReservation("O1-G1-R1-0-0", "SHIRT", 1)), "APP"));
    }

    private static final List<ConsideredLocation> AFTER_S2_REFUSED = List.of(
            new ConsideredLocation("S1", 0, Verdict.ALREADY_TRIED), new ConsideredLocation("S4", 1.5, Verdict.NO_STOCK),
            new ConsideredLocation("S2", 2.25, Verdict.ALREADY_TRIED), new ConsideredLocation("S3", 4, Verdict.CHOSEN));

    @Test
    void givenAReroutedGroup_whenItsStockIsConfirmed_thenItIsAllocated() {
        fixture.given(rerouted())
                .when(new RecordReservationOutcomeCommand("O1", "O1-G1-R1-0-0", true, 0))
                .expectEvents(new LineReservationConfirmedEvent("O1", "G1-R1", "O1-G1-R1-0-0"),
                        new GroupAllocatedEvent("O1", "G1-R1", "S2"));
    }

    @Test
    void givenAReroutedGroup_whenItsFirstCandidateRefuses_thenTheNextIsAsked() {
        fixture.given(rerouted())
                .when(new RecordReservationOutcomeCommand("O1", "O1-G1-R1-0-0", false, 0))
                .expectEvents(rerouteFailed(0, "S2"),
                        new SourcingDecidedEvent("O1", "G1-R1", Trigger.RESERVATION_REFUSED, "S3", AFTER_S2_REFUSED),
                        new GroupReservationRequestedEvent("O1", "G1-R1", 1, "S3",
                                List.of(new LineReservation("O1-G1-R1-1-0", "SHIRT", 1)), "APP"));
    }

    @Test
    void givenAReroutedGroupAtItsLastCandidate_whenRefused_thenItsLinesAreCancelledWithARefund() {
        fixture.given(with(rerouted(), rerouteFailed(0, "S2"),
                        new SourcingDecidedEvent("O1", "G1-R1", Trigger.RESERVATION_REFUSED, "S3", AFTER_S2_REFUSED),
                        new GroupReservationRequestedEvent("O1", "G1-R1", 1, "S3",
                                List.of(new LineReservation("O1-G1-R1-1-0", "SHIRT", 1)), "APP")))
                .when(new RecordReservationOutcomeCommand("O1", "O1-G1-R1-1-0", false, 0))
                .expectEvents(rerouteFailed(1, "S3"),
                        new SourcingDecidedEvent("O1", "G1-R1", Trigger.RESERVATION_REFUSED, null, List.of(
                                new ConsideredLocation("S1", 0, Verdict.ALREADY_TRIED),
                                new ConsideredLocation("S4", 1.5, Verdict.NO_STOCK),
                                new ConsideredLocation("S2", 2.25, Verdict.ALREADY_TRIED),
                                new ConsideredLocation("S3", 4, Verdict.ALREADY_TRIED))),
                        new LinesCancelledEvent("O1", "G1-R1", List.of(shirts(1)), 250_000, "VND",
                                "no location has the goods"));
    }

    @Test
    void givenAShortPickNobodyElseCanServe_thenTheMissingLinesAreCancelledWithARefund() {
        fixture.given(confirmed(PICKUP))
                .when(pick("G1", NOBODY, "SHIRT", 2))
                .expectEvents(new GroupPickedEvent("O1", "G1", "S1", List.of(SHIRT), List.of(CAP), AT),
                        new SourcingDecidedEvent("O1", "G1", Trigger.SHORT_PICK, null, NOBODY),
                        new LinesCancelledEvent("O1", "G1", List.of(CAP), 90_000, "VND",
                                "no other location has the goods"));
    }

    @Test
    void givenAPartlyPickedGroup_whenCollected_thenPointsAreEarnedOnWhatWasPickedOnly() {
        fixture.given(with(confirmed(PICKUP),
                        new GroupPickedEvent("O1", "G1", "S1", List.of(SHIRT), List.of(CAP), AT),
                        new LinesCancelledEvent("O1", "G1", List.of(CAP), 90_000, "VND", "none"), ready()))
                .when(new HandOverGroupCommand("O1", "G1", "K7P2M9QX", HOLD))
                .expectEvents(new GroupCollectedEvent("O1", "G1", "S1", HOLD),
                        new ReservationFulfilmentRequestedEvent("O1", res("G1", 0), "S1", "SHIRT"),
                        new ReservationFulfilmentRequestedEvent("O1", res("G1", 1), "S1", "CAP"),
                        new OrderCompletedEvent("O1", "C1", "APP", 300, 500_000, "VND", HOLD, 470_000L, 470_000L));
    }

    @Test
    void givenNothingPickedAndNobodyElseHasIt_thenTheGroupIsCancelled_itsStockWrittenOff_andTheOrderCancelled() {
        fixture.given(confirmed(SHIP))
                .when(pick("G2", List.of()))
                .expectEvents(new GroupPickedEvent("O1", "G2", "W1", List.of(), List.of(CAP), AT),
                        new SourcingDecidedEvent("O1", "G2", Trigger.SHORT_PICK, null, List.of()),
                        new LinesCancelledEvent("O1", "G2", List.of(CAP), 90_000, "VND",
                                "no other location has the goods"),
                        new ReservationFulfilmentRequestedEvent("O1", res("G2", 0), "W1", "CAP"),
                        new OrderCancelledEvent("O1", "no location has the goods", "C1", 300));
    }

    private static ReturnGoodsCommand returning(String returnId, String sku, int quantity) {
        return new ReturnGoodsCommand("O1", returnId, "S9", List.of(new ReturnGoodsCommand.ReturnedLine(sku, quantity)),
                "wrong size", AT);
    }

    private static List<Object> completed() {
        return with(confirmed(PICKUP), ready(), new GroupCollectedEvent("O1", "G1", "S1", AT),
                new OrderCompletedEvent("O1", "C1", "APP", 300, 590_000, "VND", AT, 560_000L, 560_000L));
    }

    @Test
    void givenACompletedOrder_whenGoodsAreReturnedInAnotherStore_thenRefundedAtThePricePaid_andTheirPointsReversed() {
        GoodsReturnedEvent expected = new GoodsReturnedEvent("O1", "R1", "S9", List.of(shirts(1)), "wrong size",
                250_000, "VND", 25, "C1", AT);
        fixture.given(completed())
                .when(returning("R1", "SHIRT", 1))
                .expectEvents(expected)
                .expectResultMessagePayload(expected);
    }

    @Test
    void givenAnEarlierReturn_whenMoreIsReturnedThanIsLeft_thenRefused() {
        fixture.given(with(completed(), new GoodsReturnedEvent("O1", "R1", "S9", List.of(shirts(1)), null,
                        250_000, "VND", 25, "C1", AT)))
                .when(returning("R2", "SHIRT", 2))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theSameReturnTwiceIsRefused() {
        fixture.given(with(completed(), new GoodsReturnedEvent("O1", "R1", "S9", List.of(shirts(1)), null,
                        250_000, "VND", 25, "C1", AT)))
                .when(returning("R1", "SHIRT", 1))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void goodsThatNeverReachedTheCustomerCannotBeReturned() {
        fixture.given(confirmed(PICKUP))
                .when(returning("R1", "SHIRT", 1))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void givenACompletionThatEarnedOnWhatWasPaid_whenEverythingIsReturned_thenOnlyThePointsEarnedAreReversed() {
        fixture.given(completed())
                .when(new ReturnGoodsCommand("O1", "R1", "S9", List.of(new ReturnGoodsCommand.ReturnedLine("SHIRT", 2),
                        new ReturnGoodsCommand.ReturnedLine("CAP", 1)), null, AT))
                .expectEvents(new GoodsReturnedEvent("O1", "R1", "S9", List.of(shirts(2), CAP), null, 590_000, "VND",
                        56, "C1", AT));
    }

    /** Kept: the shirts and the cap collected (590 000 of the 680 000 delivered), 560 000 paid after the points. */
    @Test
    void givenAReturnBeforeTheOrderCompletes_thenNoPointsAreReversed_andTheCompletionEarnsOnWhatWasKept() {
        fixture.given(with(confirmed(PICKUP, SHIP), new GroupShippedEvent("O1", "G2", "W1", "GHN", "1", AT),
                        new GoodsReturnedEvent("O1", "R1", "S9", List.of(CAP), null, 90_000, "VND", 0, "C1", AT),
                        ready()))
                .when(new HandOverGroupCommand("O1", "G1", "K7P2M9QX", AT))
                .expectEvents(new GroupCollectedEvent("O1", "G1", "S1", AT),
                        new ReservationFulfilmentRequestedEvent("O1", res("G1", 0), "S1", "SHIRT"),
                        new ReservationFulfilmentRequestedEvent("O1", res("G1", 1), "S1", "CAP"),
                        new OrderCompletedEvent("O1", "C1", "APP", 300, 590_000, "VND", AT, 560_000L, 485_882L));
    }

    @Test
    void givenAShippedGroup_whenThePickupGroupIsCollected_thenThePaidValueIsSplitBetweenStoreAndShipment() {
        fixture.given(with(confirmed(PICKUP, SHIP), new GroupShippedEvent("O1", "G2", "W1", "GHN", "1", AT), ready()))
                .when(new HandOverGroupCommand("O1", "G1", "K7P2M9QX", AT))
                .expectEvents(new GroupCollectedEvent("O1", "G1", "S1", AT),
                        new ReservationFulfilmentRequestedEvent("O1", res("G1", 0), "S1", "SHIRT"),
                        new ReservationFulfilmentRequestedEvent("O1", res("G1", 1), "S1", "CAP"),
                        new OrderCompletedEvent("O1", "C1", "APP", 300, 680_000, "VND", AT, 650_000L, 563_970L));
    }
}
