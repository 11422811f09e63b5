package com.omnichannel.order.loyalty;

import static com.omnichannel.order.support.EndToEnd.paid;
import static com.omnichannel.order.support.EndToEnd.pickupAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.order.model.Channel;
import com.omnichannel.client.order.model.HandoverInput;
import com.omnichannel.client.order.model.LoyaltyAccount;
import com.omnichannel.client.order.model.LoyaltyEntry;
import com.omnichannel.client.order.model.LoyaltyEntryType;
import com.omnichannel.client.order.model.Order;
import com.omnichannel.client.order.model.OrderLineInput;
import com.omnichannel.client.order.model.OrderReturn;
import com.omnichannel.client.order.model.OrderStatus;
import com.omnichannel.client.order.model.PlaceOrderInput;
import com.omnichannel.client.order.model.ReturnInput;
import com.omnichannel.client.order.model.ReturnLine;
import com.omnichannel.order.support.EndToEnd;
import com.omnichannel.support.testing.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * One loyalty balance across channels, with both services and the broker, through the generated clients: points
 * earned on a web order collected at store A, spent on an app order, and taken back when the first order is
 * returned at store B. At every step the balance and the history (channel, reference, order) say what happened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoyaltyAcrossChannelsEndToEndIT {

    @RegisterExtension
    static ServiceProcess inventory = ServiceProcess.inventory("inventory-for-loyalty");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext orderService;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String storeA = "LA-" + run;
    private final String storeB = "LB-" + run;
    private final String shirt = "LSHIRT-" + run;
    private final String customer = "LC-" + run;
    private EndToEnd e2e;

    @BeforeEach
    void setUp() throws Exception {
        e2e = new EndToEnd(inventory, port, orderService);
        e2e.store(storeA, "District 1", 10.7769, 106.7009, "P3D", Capability.PICKUP, Capability.IN_STORE_SALE);
        e2e.store(storeB, "District 3", 10.78, 106.69, "P3D", Capability.PICKUP, Capability.IN_STORE_SALE);
        e2e.product(shirt, "Shirt", "8934563123457", 250_000L);
        e2e.receive(storeA, shirt, 5);
        e2e.awaitReplicas(List.of(storeA, storeB), List.of(shirt));
    }

    private String confirmed(PlaceOrderInput input) throws Exception {
        String orderId = e2e.orders.placeOrder(input, UUID.randomUUID().toString()).getOrderId();
        e2e.awaitStatus(orderId, OrderStatus.CONFIRMED);
        return orderId;
    }

    /** Made ready at the store and handed over with its code: the order is completed. */
    private void collected(String orderId) throws Exception {
        String groupId = e2e.orders.getOrder(orderId).getGroups().get(0).getGroupId();
        String code = e2e.fulfilment.markGroupReady(orderId, groupId).getPickupCode();
        Order collected = e2e.fulfilment.handOverGroup(orderId, groupId, new HandoverInput().pickupCode(code));
        assertThat(collected.getStatus()).isEqualTo(OrderStatus.COMPLETED);
    }

    private PlaceOrderInput shirtsAtStoreA(Channel channel, int quantity) {
        return new PlaceOrderInput().customerId(customer).channel(channel)
                .lines(List.of(new OrderLineInput().sku(shirt).quantity(quantity).fulfilment(pickupAt(storeA))));
    }

    private void awaitLoyalty(long balance, long held, Tuple... newestFirst) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            LoyaltyAccount account = e2e.loyalty.getLoyalty(customer);
            assertThat(account.getBalance()).isEqualTo(balance);
            assertThat(account.getHeld()).isEqualTo(held);
            assertThat(account.getHistory()).extracting(LoyaltyEntry::getType, LoyaltyEntry::getPoints,
                    LoyaltyEntry::getChannel, LoyaltyEntry::getReference, LoyaltyEntry::getOrderId)
                    .containsExactly(newestFirst);
        });
    }

    @Test
    void pointsEarnedOnAWebOrderCollectedAtStoreA_areSpentInTheApp_andTakenBackWhenItIsReturnedAtStoreB()
            throws Exception {
        // 2 shirts ordered on the web, collected at store A: 500 000 VND earns 50 points, in the store
        String first = confirmed(shirtsAtStoreA(Channel.WEB, 2).payment(paid(500_000L)));
        collected(first);
        Tuple earnedOnFirst = tuple(LoyaltyEntryType.EARNED, 50L, Channel.STORE, "order:" + first, first);
        awaitLoyalty(50, 0, earnedOnFirst);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(e2e.orders.getOrder(first).getPointsEarned()).isEqualTo(50L));

        // in the app, 30 of them pay 3 000 VND of a shirt: held at placement, spent when it is collected, and the
        // order earns in the store on the 247 000 VND paid for the goods it delivered
        String second = confirmed(shirtsAtStoreA(Channel.APP, 1).redeemPoints(30L).payment(paid(247_000L)));
        Tuple heldForSecond = tuple(LoyaltyEntryType.HELD, 30L, Channel.APP, second, second);
        awaitLoyalty(20, 30, heldForSecond, earnedOnFirst);
        collected(second);
        awaitLoyalty(44, 0,
                tuple(LoyaltyEntryType.EARNED, 24L, Channel.STORE, "order:" + second, second),
                tuple(LoyaltyEntryType.REDEEMED, 30L, Channel.APP, second, second),
                heldForSecond, earnedOnFirst);

        // one shirt of the first order comes back at store B: restocked there, the 25 points it earned taken back
        OrderReturn returned = e2e.returns.createReturn(first, new ReturnInput().storeId(storeB).reason("too small")
                .lines(List.of(new ReturnLine().sku(shirt).quantity(1))), UUID.randomUUID().toString());

        assertThat(returned.getPointsReversed()).isEqualTo(25L);
        assertThat(returned.getRefund().getAmount()).isEqualTo(250_000L);
        awaitLoyalty(19, 0,
                tuple(LoyaltyEntryType.REVERSED, 25L, Channel.STORE, "return:" + returned.getReturnId(), first),
                tuple(LoyaltyEntryType.EARNED, 24L, Channel.STORE, "order:" + second, second),
                tuple(LoyaltyEntryType.REDEEMED, 30L, Channel.APP, second, second),
                heldForSecond, earnedOnFirst);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(e2e.stock.getStockLevel(storeB, shirt, null).getOnHand()).isEqualTo(1));
    }
}
