package com.omnichannel.order.fulfilment;

import static com.omnichannel.order.support.EndToEnd.assertConflict;
import static com.omnichannel.order.support.EndToEnd.paid;
import static com.omnichannel.order.support.EndToEnd.pickupAt;
import static com.omnichannel.order.support.EndToEnd.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.api.StockApi;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.StockLevel;
import com.omnichannel.client.order.ApiException;
import com.omnichannel.client.order.api.CustomersApi;
import com.omnichannel.client.order.api.FulfilmentApi;
import com.omnichannel.client.order.api.LoyaltyApi;
import com.omnichannel.client.order.api.OrdersApi;
import com.omnichannel.client.order.api.ReturnsApi;
import com.omnichannel.client.order.model.Channel;
import com.omnichannel.client.order.model.ConsideredLocation;
import com.omnichannel.client.order.model.Fulfilment;
import com.omnichannel.client.order.model.FulfilmentType;
import com.omnichannel.client.order.model.GroupStatus;
import com.omnichannel.client.order.model.HandoverInput;
import com.omnichannel.client.order.model.Notification;
import com.omnichannel.client.order.model.NotificationChannel;
import com.omnichannel.client.order.model.NotificationDelivery;
import com.omnichannel.client.order.model.Order;
import com.omnichannel.client.order.model.OrderGroup;
import com.omnichannel.client.order.model.OrderLineInput;
import com.omnichannel.client.order.model.OrderReturn;
import com.omnichannel.client.order.model.OrderStatus;
import com.omnichannel.client.order.model.PickInput;
import com.omnichannel.client.order.model.PickLine;
import com.omnichannel.client.order.model.PlaceOrderInput;
import com.omnichannel.client.order.model.PreferencesInput;
import com.omnichannel.client.order.model.ReadyForPickup;
import com.omnichannel.client.order.model.ReturnInput;
import com.omnichannel.client.order.model.ReturnLine;
import com.omnichannel.client.order.model.ShipmentInput;
import com.omnichannel.client.order.model.SourcingDecision;
import com.omnichannel.client.order.model.SourcingTrigger;
import com.omnichannel.client.order.model.SourcingVerdict;
import com.omnichannel.client.order.model.WorkQueue;
import com.omnichannel.order.support.EndToEnd;
import com.omnichannel.support.testing.ServiceProcess;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Both services and the broker, driven through the generated clients: an app order picked up in a store (wrong
 * codes refused, then collected: the stock leaves the store, points are earned); a pickup not collected in time
 * expires and gives its stock back; a ship order shipped from the warehouse; a ship-from-store order picked short,
 * the rest re-routed to another store, both parts shipped, the order showing each sourcing decision with its
 * reasons; an online order returned in a store. The BOPIS customer chose two notification channels and is told on
 * both (by the simulated adapter).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FulfilmentEndToEndIT {

    @RegisterExtension
    static ServiceProcess inventory = ServiceProcess.inventory("inventory-for-fulfilment");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext orderService;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String store = "FS-" + run;
    private final String quickStore = "FQ-" + run;
    private final String warehouse = "FW-" + run;
    private final String shirt = "FSHIRT-" + run;
    private final String tee = "FTEE-" + run;
    private final String nearStore = "FA-" + run;
    private final String farStore = "FB-" + run;
    private EndToEnd e2e;
    private StockApi stock;
    private OrdersApi orders;
    private FulfilmentApi fulfilment;
    private LoyaltyApi loyalty;

    @BeforeEach
    void setUp() throws Exception {
        e2e = new EndToEnd(inventory, port, orderService);
        stock = e2e.stock;
        orders = e2e.orders;
        fulfilment = e2e.fulfilment;
        loyalty = e2e.loyalty;
        e2e.store(store, "District 1", 10.7769, 106.7009, "P3D", Capability.PICKUP);
        e2e.store(quickStore, "District 3", 10.78, 106.69, "PT5S", Capability.PICKUP);
        e2e.warehouse(warehouse, "Binh Duong DC", 10.98, 106.65);
        e2e.store(nearStore, "Le Loi", 10.7701, 106.7001, null, Capability.SHIP_FROM_STORE);
        e2e.store(farStore, "Thu Duc", 10.85, 106.77, null, Capability.SHIP_FROM_STORE);
        e2e.product(shirt, "Shirt", "8934563123457", 250_000L);
        e2e.product(tee, "Tee", "8934563123464", 150_000L);
        e2e.receive(nearStore, tee, 2);
        e2e.receive(farStore, tee, 5);
        for (String location : List.of(store, quickStore, warehouse)) {
            e2e.receive(location, shirt, 5);
        }
        e2e.awaitReplicas(List.of(store, quickStore, warehouse, nearStore, farStore), List.of(shirt, tee));
        e2e.awaitAvailability(shirt, warehouse);
        e2e.awaitAvailability(tee, nearStore, farStore);
    }

    private Order place(String customer, Fulfilment how, int quantity) throws ApiException {
        return place(customer, how, shirt, 250_000L, quantity);
    }

    private Order place(String customer, Fulfilment how, String sku, long price, int quantity) throws ApiException {
        PlaceOrderInput input = new PlaceOrderInput().customerId(customer).channel(Channel.APP)
                .lines(List.of(new OrderLineInput().sku(sku).quantity(quantity).fulfilment(how)))
                .payment(paid(price * quantity));
        if (how.getType() == FulfilmentType.SHIP) {
            input.shippingAddress(EndToEnd.address());
        }
        Order placed = orders.placeOrder(input, null);
        return e2e.awaitStatus(placed.getOrderId(), OrderStatus.CONFIRMED);
    }

    @Test
    void aBopisOrderIsMadeReady_wrongCodesAreRefused_andTheRightCodeHandsItOver_theStockLeavesTheStore()
            throws Exception {
        String customer = "FC-" + run;
        CustomersApi customers = e2e.customers;
        assertThatThrownBy(() -> customers.putPreferences(customer, new PreferencesInput()
                .notificationChannels(Set.of(NotificationChannel.EMAIL))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("email");
                });
        customers.putPreferences(customer, new PreferencesInput()
                .notificationChannels(Set.of(NotificationChannel.EMAIL, NotificationChannel.ZALO))
                .email("lan@example.com").zaloId("8437261901"));
        Order order = place(customer, pickupAt(store), 2);
        String orderId = order.getOrderId();
        String groupId = order.getGroups().get(0).getGroupId();
        assertThat(stock.getStockLevel(store, shirt, null).getReserved()).isEqualTo(2);
        assertConflict(() -> fulfilment.handOverGroup(orderId, groupId, new HandoverInput().pickupCode("X")),
                "conflict");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fulfilment.getWorkQueue(store)
                .getToPick()).anySatisfy(i -> {
                    assertThat(i.getOrderId()).isEqualTo(orderId);
                    assertThat(i.getGroupId()).isEqualTo(groupId);
                    assertThat(i.getStatus()).isEqualTo(GroupStatus.ALLOCATED);
                    assertThat(i.getLines()).singleElement().satisfies(l -> assertThat(l.getQuantity()).isEqualTo(2));
                }));

        ReadyForPickup ready = fulfilment.markGroupReady(orderId, groupId);
        assertThat(ready.getPickupCode()).hasSize(8);
        assertThat(ready.getHoldUntil()).isAfter(OffsetDateTime.now().plusDays(2));
        assertThat(fulfilment.markGroupReady(orderId, groupId).getPickupCode()).isEqualTo(ready.getPickupCode());
        OrderGroup shelved = orders.getOrder(orderId).getGroups().get(0);
        assertThat(shelved.getStatus()).isEqualTo(GroupStatus.READY_FOR_PICKUP);
        assertThat(shelved.getPickupCode()).isEqualTo(ready.getPickupCode());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(customers.listNotifications(customer))
                .extracting(n -> n.getSubject() + "/" + n.getChannel() + "/" + n.getRecipient())
                .containsExactlyInAnyOrder("READY_FOR_PICKUP/EMAIL/lan@example.com", "READY_FOR_PICKUP/ZALO/8437261901",
                        "ORDER_CONFIRMED/EMAIL/lan@example.com", "ORDER_CONFIRMED/ZALO/8437261901"));
        assertThat(customers.listNotifications(customer)).filteredOn(n -> n.getSubject().equals("READY_FOR_PICKUP"))
                .allSatisfy(n -> assertThat(n.getMessage()).contains(ready.getPickupCode()));
        assertThat(customers.listNotifications(customer)).extracting(Notification::getDelivery)
                .as("no mail server in this test: every channel is simulated")
                .containsOnly(NotificationDelivery.SIMULATED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            WorkQueue queue = fulfilment.getWorkQueue(store);
            assertThat(queue.getToPick()).noneMatch(i -> i.getOrderId().equals(orderId));
            assertThat(queue.getReadyForPickup()).anySatisfy(i -> {
                assertThat(i.getOrderId()).isEqualTo(orderId);
                assertThat(i.getHoldUntil()).isEqualTo(ready.getHoldUntil());
            });
        });

        assertConflict(() -> fulfilment.handOverGroup(orderId, groupId, new HandoverInput().pickupCode("WRONG")),
                "wrong-pickup-code");
        assertThat(orders.getOrder(orderId).getGroups().get(0).getStatus()).isEqualTo(GroupStatus.READY_FOR_PICKUP);

        Order collected = fulfilment.handOverGroup(orderId, groupId,
                new HandoverInput().pickupCode(ready.getPickupCode()));

        assertThat(collected.getGroups().get(0).getStatus()).isEqualTo(GroupStatus.COLLECTED);
        assertThat(collected.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            StockLevel level = stock.getStockLevel(store, shirt, null);
            assertThat(level.getOnHand()).isEqualTo(3);
            assertThat(level.getReserved()).isZero();
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(loyalty.getLoyalty(customer).getBalance()).isEqualTo(50L);
            assertThat(orders.getOrder(orderId).getPointsEarned()).isEqualTo(50L);
        });
        assertConflict(() -> fulfilment.handOverGroup(orderId, groupId,
                new HandoverInput().pickupCode(ready.getPickupCode())), "conflict");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fulfilment.getWorkQueue(store)
                .getReadyForPickup()).noneMatch(i -> i.getOrderId().equals(orderId)));
        assertThatThrownBy(() -> fulfilment.getWorkQueue("NO-SUCH-STORE"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void fiveWrongCodesLockTheHandover() throws Exception {
        Order order = place("FL-" + run, pickupAt(store), 1);
        String orderId = order.getOrderId();
        String groupId = order.getGroups().get(0).getGroupId();
        ReadyForPickup ready = fulfilment.markGroupReady(orderId, groupId);
        for (int i = 0; i < 4; i++) {
            assertConflict(() -> fulfilment.handOverGroup(orderId, groupId, new HandoverInput().pickupCode("NOPE")),
                    "wrong-pickup-code");
        }
        assertConflict(() -> fulfilment.handOverGroup(orderId, groupId, new HandoverInput().pickupCode("NOPE")),
                "handover-locked");
        assertConflict(() -> fulfilment.handOverGroup(orderId, groupId,
                new HandoverInput().pickupCode(ready.getPickupCode())), "handover-locked");
        assertThat(orders.getOrder(orderId).getGroups().get(0).getStatus()).isEqualTo(GroupStatus.READY_FOR_PICKUP);
    }

    @Test
    void aPickupNotCollectedInTimeExpires_andItsStockIsReleased() throws Exception {
        String customer = "FE-" + run;
        e2e.customers.putPreferences(customer, new PreferencesInput()
                .notificationChannels(Set.of(NotificationChannel.SMS)).phone("+84901234567"));
        Order order = place(customer, pickupAt(quickStore), 2);
        String orderId = order.getOrderId();
        assertThat(stock.getStockLevel(quickStore, shirt, null).getReserved()).isEqualTo(2);

        fulfilment.markGroupReady(orderId, order.getGroups().get(0).getGroupId());

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            Order expired = orders.getOrder(orderId);
            assertThat(expired.getGroups().get(0).getStatus()).isEqualTo(GroupStatus.EXPIRED);
            assertThat(expired.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            StockLevel level = stock.getStockLevel(quickStore, shirt, null);
            assertThat(level.getReserved()).isZero();
            assertThat(level.getOnHand()).isEqualTo(5);
        });
        // newest first; the schema keeps whole seconds, so messages of the same second may come in either order
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(e2e.customers
                .listNotifications(customer)).extracting(n -> n.getSubject())
                .containsExactlyInAnyOrder("PICKUP_EXPIRED", "PICKUP_EXPIRING", "READY_FOR_PICKUP", "ORDER_CONFIRMED")
                .first().isEqualTo("PICKUP_EXPIRED"));
    }

    @Test
    void aShipOrderIsShippedWithItsTracking_andThePickupOnlyCallsAreRefused() throws Exception {
        Order order = place("FSH-" + run, shipped(), 1);
        String orderId = order.getOrderId();
        String groupId = order.getGroups().get(0).getGroupId();
        assertThat(order.getGroups().get(0).getLocationId()).isEqualTo(warehouse);
        assertConflict(() -> fulfilment.markGroupReady(orderId, groupId), "conflict");

        Order shipped = fulfilment.shipGroup(orderId, groupId,
                new ShipmentInput().carrier("GHN").trackingNumber("GHN123456789VN"));

        assertThat(shipped.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(shipped.getGroups().get(0)).satisfies(g -> {
            assertThat(g.getStatus()).isEqualTo(GroupStatus.SHIPPED);
            assertThat(g.getCarrier()).isEqualTo("GHN");
            assertThat(g.getTrackingNumber()).isEqualTo("GHN123456789VN");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            StockLevel level = stock.getStockLevel(warehouse, shirt, null);
            assertThat(level.getOnHand()).isEqualTo(4);
            assertThat(level.getReserved()).isZero();
        });
        assertConflict(() -> fulfilment.shipGroup(orderId, groupId,
                new ShipmentInput().carrier("GHN").trackingNumber("AGAIN")), "conflict");
    }

    @Test
    void aShipFromStoreOrderPickedShortIsReroutedToAnotherStore_andBothPartsAreShipped() throws Exception {
        Order order = place("FSP-" + run, shipped(), tee, 150_000L, 2);
        String orderId = order.getOrderId();
        String groupId = order.getGroups().get(0).getGroupId();
        assertThat(order.getGroups().get(0).getLocationId()).isEqualTo(nearStore);
        assertConflict(() -> fulfilment.pickGroup(orderId, groupId,
                new PickInput().lines(List.of(new PickLine().sku(tee).quantity(3)))), "conflict");

        Order picked = fulfilment.pickGroup(orderId, groupId,
                new PickInput().lines(List.of(new PickLine().sku(tee).quantity(1))));

        assertThat(picked.getGroups()).hasSize(2);
        assertThat(picked.getGroups().get(0).getStatus()).isEqualTo(GroupStatus.PICKED);
        String rerouted = picked.getGroups().get(1).getGroupId();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(orders.getOrder(orderId).getGroups()
                .get(1)).satisfies(g -> {
                    assertThat(g.getStatus()).isEqualTo(GroupStatus.ALLOCATED);
                    assertThat(g.getLocationId()).isEqualTo(farStore);
                    assertThat(g.getLines()).singleElement().satisfies(l -> assertThat(l.getQuantity()).isEqualTo(1));
                }));
        assertThat(stock.getStockLevel(farStore, tee, null).getReserved()).isEqualTo(1);
        List<SourcingDecision> decisions = orders.getOrder(orderId).getSourcingDecisions();
        assertThat(decisions).extracting(SourcingDecision::getGroupId, SourcingDecision::getTrigger,
                        SourcingDecision::getChosenLocationId)
                .containsExactly(tuple(groupId, SourcingTrigger.PLACEMENT, nearStore),
                        tuple(rerouted, SourcingTrigger.SHORT_PICK, farStore));
        assertThat(decisions.get(0).getConsidered()).as("the nearest store with the tees wins, the other is a fallback")
                .filteredOn(c -> c.getVerdict() == SourcingVerdict.CHOSEN || c.getVerdict() == SourcingVerdict.FARTHER)
                .extracting(ConsideredLocation::getLocationId, ConsideredLocation::getVerdict)
                .containsExactly(tuple(nearStore, SourcingVerdict.CHOSEN), tuple(farStore, SourcingVerdict.FARTHER));
        assertThat(decisions.get(1).getConsidered()).as("the store that picked short is not asked again")
                .filteredOn(c -> c.getLocationId().equals(nearStore) || c.getLocationId().equals(farStore)
                        || c.getVerdict() == SourcingVerdict.CHOSEN || c.getVerdict() == SourcingVerdict.FARTHER)
                .extracting(ConsideredLocation::getLocationId, ConsideredLocation::getVerdict)
                .containsExactly(tuple(nearStore, SourcingVerdict.ALREADY_TRIED),
                        tuple(farStore, SourcingVerdict.CHOSEN));
        for (SourcingDecision decision : decisions) {
            assertThat(decision.getConsidered()).extracting(ConsideredLocation::getDistanceKm).isSorted();
            assertThat(decision.getConsidered()).filteredOn(c -> c.getLocationId().equals(store))
                    .allSatisfy(c -> assertThat(c.getVerdict()).isEqualTo(SourcingVerdict.NO_SHIP_FROM_STORE));
            assertThat(decision.getConsidered()).filteredOn(c -> c.getLocationId().equals(farStore))
                    .singleElement().satisfies(c -> assertThat(c.getDistanceKm()).isBetween(10.0, 12.0));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(fulfilment.getWorkQueue(nearStore).getToShip()).singleElement()
                    .satisfies(i -> assertThat(i.getGroupId()).isEqualTo(groupId));
            assertThat(fulfilment.getWorkQueue(farStore).getToPick()).singleElement()
                    .satisfies(i -> assertThat(i.getGroupId()).isEqualTo(rerouted));
        });

        fulfilment.shipGroup(orderId, groupId, new ShipmentInput().carrier("GHN").trackingNumber("GHN-1"));
        Order done = fulfilment.shipGroup(orderId, rerouted,
                new ShipmentInput().carrier("GHTK").trackingNumber("GHTK-2"));

        assertThat(done.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            StockLevel near = stock.getStockLevel(nearStore, tee, null);
            assertThat(near.getOnHand()).as("one shipped, one written off").isZero();
            assertThat(near.getReserved()).isZero();
            StockLevel far = stock.getStockLevel(farStore, tee, null);
            assertThat(far.getOnHand()).isEqualTo(4);
            assertThat(far.getReserved()).isZero();
        });
    }

    @Test
    void anOnlineOrderReturnedInAStore_goesBackIntoThatStoresStock_isRefunded_andItsPointsAreReversed()
            throws Exception {
        String customer = "FR-" + run;
        Order order = place(customer, shipped(), 2);
        String orderId = order.getOrderId();
        fulfilment.shipGroup(orderId, order.getGroups().get(0).getGroupId(),
                new ShipmentInput().carrier("GHN").trackingNumber("GHN-R"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(loyalty.getLoyalty(customer).getBalance()).isEqualTo(50L));
        ReturnsApi returns = e2e.returns;
        String key = UUID.randomUUID().toString();
        ReturnInput input = new ReturnInput().storeId(store).reason("wrong size")
                .lines(List.of(new ReturnLine().sku(shirt).quantity(1)));

        OrderReturn returned = returns.createReturn(orderId, input, key);
        OrderReturn again = returns.createReturn(orderId, input, key);

        assertThat(returned.getRefund().getAmount()).isEqualTo(250_000L);
        assertThat(returned.getPointsReversed()).isEqualTo(25L);
        assertThat(again.getReturnId()).isEqualTo(returned.getReturnId());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(stock.getStockLevel(store, shirt, null).getOnHand()).isEqualTo(6);
            assertThat(loyalty.getLoyalty(customer).getBalance()).isEqualTo(25L);
        });
        assertThat(orders.getOrder(orderId).getHistory()).anySatisfy(h -> {
            assertThat(h.getStatus()).isEqualTo("RETURNED");
            assertThat(h.getDetail()).contains("refund 250000 VND");
        });

        assertConflict(() -> returns.createReturn(orderId, input.lines(List.of(new ReturnLine().sku(shirt)
                .quantity(2))), null), "conflict");
        returns.createReturn(orderId, input.lines(List.of(new ReturnLine().sku(shirt).quantity(1))), null);
        assertConflict(() -> returns.createReturn(orderId, input, null), "conflict");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(stock.getStockLevel(store, shirt, null).getOnHand()).isEqualTo(7));
        assertThat(stock.getStockLevel(warehouse, shirt, null).getOnHand()).isEqualTo(3);
    }
}
