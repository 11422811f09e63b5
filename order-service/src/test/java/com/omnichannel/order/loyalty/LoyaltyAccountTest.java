package com.omnichannel.order.loyalty;

import static com.omnichannel.support.pricing.SalesChannel.APP;
import static com.omnichannel.support.pricing.SalesChannel.STORE;
import static com.omnichannel.support.pricing.SalesChannel.WEB;

import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.domain.NotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoyaltyAccountTest {

    private static final String CUSTOMER = "cust-42";

    private AggregateTestFixture<LoyaltyAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LoyaltyAccount.class);
    }

    private static LoyaltyBalance figures(long balance, long held, long debt) {
        return new LoyaltyBalance(balance, held, debt);
    }

    private static PointsEarnedEvent earned(long points, LoyaltyBalance after) {
        return new PointsEarnedEvent(CUSTOMER, points, STORE, "ORD-1", "GRP-1", after);
    }

    private static EarnPointsCommand earn(long points) {
        return new EarnPointsCommand(CUSTOMER, points, STORE, "ORD-1", "GRP-1");
    }

    private static EarnPointsCommand earn(long points, String orderId) {
        return new EarnPointsCommand(CUSTOMER, points, STORE, orderId, "order:" + orderId);
    }

    private static PointsHeldEvent held(String holdId, long points, LoyaltyBalance after) {
        return new PointsHeldEvent(CUSTOMER, holdId, points, APP, "ORD-" + holdId, after);
    }

    private static HoldPointsCommand hold(String holdId, long points) {
        return new HoldPointsCommand(CUSTOMER, holdId, points, APP, "ORD-" + holdId);
    }

    private static PointsCapturedEvent captured(String holdId, long points, LoyaltyBalance after) {
        return new PointsCapturedEvent(CUSTOMER, holdId, points, APP, "ORD-" + holdId, after);
    }

    private static PointsHoldReleasedEvent released(String holdId, long points, LoyaltyBalance after) {
        return new PointsHoldReleasedEvent(CUSTOMER, holdId, points, APP, "ORD-" + holdId, after);
    }

    private static RedeemPointsCommand redeem(String redemptionId, long points) {
        return new RedeemPointsCommand(CUSTOMER, redemptionId, points, WEB, "POS-1");
    }

    private static PointsRedeemedEvent redeemed(String redemptionId, long points, LoyaltyBalance after) {
        return new PointsRedeemedEvent(CUSTOMER, redemptionId, points, WEB, "POS-1", after);
    }

    private static ReversePointsCommand reverse(long points) {
        return new ReversePointsCommand(CUSTOMER, points, STORE, "ORD-1", "RET-1");
    }

    private static PointsReversedEvent reversed(long points, LoyaltyBalance after) {
        return new PointsReversedEvent(CUSTOMER, points, STORE, "ORD-1", "RET-1", after);
    }

    private static PointsDebtRecordedEvent debtRecorded(long points, LoyaltyBalance after) {
        return new PointsDebtRecordedEvent(CUSTOMER, points, STORE, "ORD-1", "RET-1", after);
    }

    // ---------------------------------------------------------------- earn

    @Test
    void givenNoAccount_whenPointsAreEarned_thenTheAccountOpensWithThem() {
        fixture.givenNoPriorActivity()
                .when(earn(129))
                .expectEvents(earned(129, figures(129, 0, 0)))
                .expectResultMessagePayload(figures(129, 0, 0));
    }

    @Test
    void givenABalance_whenMoreIsEarned_thenItAddsUp() {
        fixture.given(earned(100, figures(100, 0, 0)))
                .when(earn(29, "ORD-2"))
                .expectEvents(new PointsEarnedEvent(CUSTOMER, 29, STORE, "ORD-2", "order:ORD-2", figures(129, 0, 0)));
    }

    @Test
    void givenAnEarning_whenTheSameEarningComesAgain_thenNothingChanges() {
        fixture.given(earned(100, figures(100, 0, 0)))
                .when(earn(100))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(figures(100, 0, 0));
    }

    @Test
    void givenAnEarningInStore_whenTheSameOrderEarnsOnAnotherChannel_thenBothCount() {
        fixture.given(earned(100, figures(100, 0, 0)))
                .when(new EarnPointsCommand(CUSTOMER, 20, WEB, "ORD-1", "GRP-1"))
                .expectEvents(new PointsEarnedEvent(CUSTOMER, 20, WEB, "ORD-1", "GRP-1", figures(120, 0, 0)));
    }

    @Test
    void givenNoAccount_whenZeroPointsAreEarned_thenNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(earn(0))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(LoyaltyBalance.ZERO);
    }

    @Test
    void whenNegativePointsAreEarned_thenRefusedAndNothingChanges() {
        fixture.given(earned(100, figures(100, 0, 0)))
                .when(earn(-1))
                .expectException(FieldValidationException.class)
                .expectNoEvents();
    }

    @Test
    void givenDebt_whenMoreIsEarned_thenTheDebtIsSettledFirstAndTheRestAddsToTheBalance() {
        fixture.given(debtRecorded(70, figures(0, 0, 70)))
                .when(earn(200))
                .expectEvents(earned(200, figures(200, 0, 70)),
                        new PointsDebtSettledEvent(CUSTOMER, 70, STORE, "ORD-1", "GRP-1", figures(130, 0, 0)))
                .expectResultMessagePayload(figures(130, 0, 0));
    }

    @Test
    void givenDebt_whenLessIsEarned_thenAllOfItPaysOffDebt() {
        fixture.given(debtRecorded(70, figures(0, 0, 70)))
                .when(earn(50))
                .expectEvents(earned(50, figures(50, 0, 70)),
                        new PointsDebtSettledEvent(CUSTOMER, 50, STORE, "ORD-1", "GRP-1", figures(0, 0, 20)))
                .expectResultMessagePayload(figures(0, 0, 20));
    }

    // ---------------------------------------------------------------- hold

    @Test
    void givenEnoughPoints_whenHeld_thenTheyMoveFromTheBalanceToHeld() {
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(hold("h1", 200))
                .expectEvents(held("h1", 200, figures(300, 200, 0)))
                .expectResultMessagePayload(figures(300, 200, 0));
    }

    @Test
    void givenTooFewPoints_whenHeld_thenInsufficientPointsSayingWhatIsAvailable_andNothingChanges() {
        fixture.given(earned(100, figures(100, 0, 0)))
                .when(hold("h1", 101))
                .expectNoEvents()
                .expectException(InsufficientPointsException.class)
                .expectExceptionMessage("Only 100 points of customer cust-42 can be spent; 101 were asked for");
    }

    @Test
    void givenPointsHeldByAnotherOrder_whenHoldingMoreThanTheRest_thenRefused() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 400, figures(100, 400, 0)))
                .when(hold("h2", 200))
                .expectNoEvents()
                .expectException(InsufficientPointsException.class);
    }

    @Test
    void givenNoAccount_whenHeld_thenInsufficientPointsWithNothingAvailable() {
        fixture.givenNoPriorActivity()
                .when(hold("h1", 1))
                .expectNoEvents()
                .expectExceptionMessage("Only 0 points of customer cust-42 can be spent; 1 were asked for");
    }

    @Test
    void givenAHold_whenTheSameHoldIdIsHeldAgain_thenNothingMoreIsHeld() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)))
                .when(hold("h1", 200))
                .expectNoEvents()
                .expectResultMessagePayload(figures(300, 200, 0));
    }

    @Test
    void givenAReleasedHold_whenTheSameHoldIdIsHeldAgain_thenNothingIsHeld() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)),
                        released("h1", 200, figures(500, 0, 0)))
                .when(hold("h1", 200))
                .expectNoEvents();
    }

    @Test
    void givenAHold_whenTheSameHoldIdAsksForOtherPoints_thenConflict() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)))
                .when(hold("h1", 100))
                .expectNoEvents()
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Hold h1 of customer cust-42 was made for 200 points, not 100");
    }

    @Test
    void whenHoldingZeroPoints_thenRefused() {
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(hold("h1", 0))
                .expectNoEvents()
                .expectException(FieldValidationException.class);
    }

    // ------------------------------------------------------------- capture

    @Test
    void givenAHold_whenCaptured_thenTheHeldPointsAreSpent() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)))
                .when(new CapturePointsCommand(CUSTOMER, "h1"))
                .expectEvents(captured("h1", 200, figures(300, 0, 0)))
                .expectResultMessagePayload(figures(300, 0, 0));
    }

    @Test
    void givenACapturedHold_whenCapturedAgain_thenNothingChanges() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)),
                        captured("h1", 200, figures(300, 0, 0)))
                .when(new CapturePointsCommand(CUSTOMER, "h1"))
                .expectNoEvents()
                .expectResultMessagePayload(figures(300, 0, 0));
    }

    @Test
    void givenNoSuchHold_whenCaptured_thenNotFound() {
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(new CapturePointsCommand(CUSTOMER, "h9"))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void givenAReleasedHold_whenCaptured_thenConflict() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)),
                        released("h1", 200, figures(500, 0, 0)))
                .when(new CapturePointsCommand(CUSTOMER, "h1"))
                .expectNoEvents()
                .expectException(BusinessRuleViolation.class);
    }

    // ------------------------------------------------------------- release

    @Test
    void givenAHold_whenReleased_thenTheHeldPointsReturnToTheBalance() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)))
                .when(new ReleasePointsHoldCommand(CUSTOMER, "h1"))
                .expectEvents(released("h1", 200, figures(500, 0, 0)))
                .expectResultMessagePayload(figures(500, 0, 0));
    }

    @Test
    void givenAReleasedHold_whenReleasedAgain_thenNothingChanges() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)),
                        released("h1", 200, figures(500, 0, 0)))
                .when(new ReleasePointsHoldCommand(CUSTOMER, "h1"))
                .expectNoEvents();
    }

    @Test
    void givenNoSuchHold_whenReleased_thenNothingChanges() {
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(new ReleasePointsHoldCommand(CUSTOMER, "h9"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenNoAccount_whenAHoldIsReleased_thenNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new ReleasePointsHoldCommand(CUSTOMER, "h9"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(LoyaltyBalance.ZERO);
    }

    @Test
    void givenACapturedHold_whenReleased_thenConflict() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)),
                        captured("h1", 200, figures(300, 0, 0)))
                .when(new ReleasePointsHoldCommand(CUSTOMER, "h1"))
                .expectNoEvents()
                .expectException(BusinessRuleViolation.class);
    }

    // -------------------------------------------------------------- redeem

    @Test
    void givenEnoughPoints_whenRedeemed_thenTheBalanceDrops() {
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(redeem("r1", 500))
                .expectEvents(redeemed("r1", 500, figures(0, 0, 0)))
                .expectResultMessagePayload(figures(0, 0, 0));
    }

    @Test
    void givenTooFewPoints_whenRedeemed_thenInsufficientPoints_andNothingChanges() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)))
                .when(redeem("r1", 301))
                .expectNoEvents()
                .expectException(InsufficientPointsException.class)
                .expectExceptionMessage("Only 300 points of customer cust-42 can be spent; 301 were asked for");
    }

    @Test
    void givenNoAccount_whenRedeemed_thenInsufficientPoints() {
        fixture.givenNoPriorActivity()
                .when(redeem("r1", 1))
                .expectNoEvents()
                .expectException(InsufficientPointsException.class);
    }

    @Test
    void givenARedemption_whenTheSameRedemptionIdIsRedeemedAgain_thenNothingMoreIsSpent() {
        fixture.given(earned(500, figures(500, 0, 0)), redeemed("r1", 200, figures(300, 0, 0)))
                .when(redeem("r1", 200))
                .expectNoEvents()
                .expectResultMessagePayload(figures(300, 0, 0));
    }

    @Test
    void whenRedeemingZeroOrNegativePoints_thenRefused() {
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(redeem("r1", 0))
                .expectNoEvents()
                .expectException(FieldValidationException.class);
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(redeem("r2", -5))
                .expectNoEvents()
                .expectException(FieldValidationException.class);
    }

    // ------------------------------------------------------------- reverse

    @Test
    void givenEnoughPoints_whenReversed_thenTheyAreTakenBack() {
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(reverse(129))
                .expectEvents(reversed(129, figures(371, 0, 0)))
                .expectResultMessagePayload(figures(371, 0, 0));
    }

    @Test
    void givenTooFewPoints_whenReversed_thenWhatIsThereIsTakenAndTheRestIsRecordedAsDebt() {
        fixture.given(earned(30, figures(30, 0, 0)))
                .when(reverse(100))
                .expectEvents(reversed(30, figures(0, 0, 0)), debtRecorded(70, figures(0, 0, 70)))
                .expectResultMessagePayload(figures(0, 0, 70));
    }

    @Test
    void givenAnEmptyBalance_whenReversed_thenAllOfItIsDebt() {
        fixture.given(earned(30, figures(30, 0, 0)), redeemed("r1", 30, figures(0, 0, 0)))
                .when(reverse(100))
                .expectEvents(debtRecorded(100, figures(0, 0, 100)));
    }

    @Test
    void givenHeldPoints_whenReversed_thenHeldPointsAreNotTaken() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 450, figures(50, 450, 0)))
                .when(reverse(100))
                .expectEvents(reversed(50, figures(0, 450, 0)), debtRecorded(50, figures(0, 450, 50)));
    }

    @Test
    void givenDebt_whenReversedAgain_thenTheDebtGrows() {
        fixture.given(debtRecorded(70, figures(0, 0, 70)))
                .when(reverse(30))
                .expectEvents(debtRecorded(30, figures(0, 0, 100)));
    }

    @Test
    void whenReversingZeroPoints_thenNothingIsRecorded_andNegativePointsAreRefused() {
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(reverse(0))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(earned(500, figures(500, 0, 0)))
                .when(reverse(-1))
                .expectNoEvents()
                .expectException(FieldValidationException.class);
    }

    @Test
    void givenALongHistory_whenReplayed_thenTheFiguresAreThoseOfTheLastEvent() {
        fixture.given(earned(500, figures(500, 0, 0)), held("h1", 200, figures(300, 200, 0)),
                        captured("h1", 200, figures(300, 0, 0)), reversed(300, figures(0, 0, 0)),
                        debtRecorded(20, figures(0, 0, 20)))
                .when(earn(50, "ORD-2"))
                .expectEvents(new PointsEarnedEvent(CUSTOMER, 50, STORE, "ORD-2", "order:ORD-2", figures(50, 0, 20)),
                        new PointsDebtSettledEvent(CUSTOMER, 20, STORE, "ORD-2", "order:ORD-2", figures(30, 0, 0)));
    }
}
