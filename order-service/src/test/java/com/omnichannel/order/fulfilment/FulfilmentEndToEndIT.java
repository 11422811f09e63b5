package com.omnichannel.order.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.api.LocationsApi;
import com.omnichannel.client.inventory.api.ProductsApi;
import com.omnichannel.client.inventory.api.StockApi;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.LocationInput;
import com.omnichannel.client.inventory.model.LocationType;
import com.omnichannel.client.inventory.model.MoneyInput;
import com.omnichannel.client.inventory.model.ProductInput;
import com.omnichannel.client.inventory.model.ReceiptInput;
import com.omnichannel.client.inventory.model.StockLevel;
import com.omnichannel.client.order.ApiException;
import com.omnichannel.client.order.api.CustomersApi;
import com.omnichannel.client.order.api.FulfilmentApi;
import com.omnichannel.client.order.api.LoyaltyApi;
import com.omnichannel.client.order.api.OrdersApi;
import com.omnichannel.client.order.api.ReturnsApi;
import com.omnichannel.client.order.model.Address;
import com.omnichannel.client.order.model.Channel;
import com.omnichannel.client.order.model.Fulfilment;
import com.omnichannel.client.order.model.FulfilmentType;
import com.omnichannel.client.order.model.GroupStatus;
import com.omnichannel.client.order.model.HandoverInput;
import com.omnichannel.client.order.model.Money;
import com.omnichannel.client.order.model.NotificationChannel;
import com.omnichannel.client.order.model.Order;
import com.omnichannel.client.order.model.OrderGroup;
import com.omnichannel.client.order.model.OrderLineInput;
import com.omnichannel.client.order.model.OrderStatus;
import com.omnichannel.client.order.model.Payment;
import com.omnichannel.client.order.model.OrderReturn;
import com.omnichannel.client.order.model.PickInput;
import com.omnichannel.client.order.model.PickLine;
import com.omnichannel.client.order.model.PlaceOrderInput;
import com.omnichannel.client.order.model.PreferencesInput;
import com.omnichannel.client.order.model.ReadyForPickup;
import com.omnichannel.client.order.model.ReturnInput;
import com.omnichannel.client.order.model.ReturnLine;
import com.omnichannel.client.order.model.ShipmentInput;
import com.omnichannel.client.order.model.WorkQueue;
import com.omnichannel.order.availability.AvailabilityReplicaRepository;
import com.omnichannel.order.location.LocationReplicaRepository;
import com.omnichannel.order.pricing.PriceReplicaRepository;
import com.omnichannel.support.testing.DevTokens;
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

/**
 * Both services and the broker, driven through the generated clients: an app order picked up in a store (wrong
 * codes refused, then collected: the stock leaves the store, points are earned); a pickup not collected in time
 * expires and gives its stock back; a ship order shipped from the warehouse; a ship-from-store order picked short,
 * the rest re-routed to another store, both parts shipped; an online order returned in a store. The BOPIS
 * customer chose two notification channels and is told on both (by the simulated adapter).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FulfilmentEndToEndIT {

    @RegisterExtension
    static ServiceProcess inventory = ServiceProcess.inventory("inventory-for-fulfilment");

    @LocalServerPort
    int port;
    @Autowired
    LocationReplicaRepository locationReplicas;
    @Autowired
    PriceReplicaRepository priceReplicas;
    @Autowired
    AvailabilityReplicaRepository availabilityReplicas;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String store = "FS-" + run;
    private final String quickStore = "FQ-" + run;
    private final String warehouse = "FW-" + run;
    private final String shirt = "FSHIRT-" + run;
    private final String tee = "FTEE-" + run;
    private final String nearStore = "FA-" + run;
    private final String farStore = "FB-" + run;
    private StockApi stock;
    private OrdersApi orders;
    private FulfilmentApi fulfilment;
    private LoyaltyApi loyalty;
    private com.omnichannel.client.order.ApiClient orderClient;

    @BeforeEach
    void setUp() throws Exception {
        com.omnichannel.client.inventory.ApiClient inv = new com.omnichannel.client.inventory.ApiClient();
        inv.updateBaseUri(inventory.baseUri());
        inv.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        com.omnichannel.client.order.ApiClient ord = new com.omnichannel.client.order.ApiClient();
        ord.updateBaseUri("http://localhost:" + port);
        ord.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        orderClient = ord;
        stock = new StockApi(inv);
        orders = new OrdersApi(ord);
        fulfilment = new FulfilmentApi(ord);
        loyalty = new LoyaltyApi(ord);
        LocationsApi locations = new LocationsApi(inv);
        locations.upsertLocation(store, new LocationInput().name("District 1").type(LocationType.STORE)
                .latitude(10.7769).longitude(106.7009).capabilities(Set.of(Capability.PICKUP)).pickupHold("P3D"));
        locations.upsertLocation(quickStore, new LocationInput().name("District 3").type(LocationType.STORE)
                .latitude(10.78).longitude(106.69).capabilities(Set.of(Capability.PICKUP)).pickupHold("PT5S"));
        locations.upsertLocation(warehouse, new LocationInput().name("Binh Duong DC").type(LocationType.WAREHOUSE)
                .latitude(10.98).longitude(106.65).capabilities(Set.of()));
        locations.upsertLocation(nearStore, new LocationInput().name("Le Loi").type(LocationType.STORE)
                .latitude(10.7701).longitude(106.7001).capabilities(Set.of(Capability.SHIP_FROM_STORE)));
        locations.upsertLocation(farStore, new LocationInput().name("Thu Duc").type(LocationType.STORE)
                .latitude(10.85).longitude(106.77).capabilities(Set.of(Capability.SHIP_FROM_STORE)));
        ProductsApi products = new ProductsApi(inv);
        products.upsertProduct(shirt, new ProductInput().name("Shirt").gtin("8934563123457")
                .price(new MoneyInput().amount(250_000L)));
        products.upsertProduct(tee, new ProductInput().name("Tee").gtin("8934563123464")
                .price(new MoneyInput().amount(150_000L)));
        stock.receiveStock(nearStore, tee, new ReceiptInput().quantity(2).reference("PO"), null);
        stock.receiveStock(farStore, tee, new ReceiptInput().quantity(5).reference("PO"), null);
        for (String location : List.of(store, quickStore, warehouse)) {
            stock.receiveStock(location, shirt, new ReceiptInput().quantity(5).reference("PO"), null);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> locationReplicas.existsById(store)
                && locationReplicas.existsById(quickStore) && locationReplicas.existsById(warehouse)
                && locationReplicas.existsById(nearStore) && locationReplicas.existsById(farStore)
                && priceReplicas.existsById(shirt) && priceReplicas.existsById(tee)
                && availabilityReplicas.findBySku(shirt).stream().anyMatch(a -> a.getLocationId().equals(warehouse))
                && availabilityReplicas.findBySku(tee).size() == 2);
    }

    private Order place(String customer, Fulfilment how, int quantity) throws ApiException {
        return place(customer, how, shirt, 250_000L, quantity);
    }

    private Order place(String customer, Fulfilment how, String sku, long price, int quantity) throws ApiException {
        PlaceOrderInput input = new PlaceOrderInput().customerId(customer).channel(Channel.APP)
                .lines(List.of(new OrderLineInput().sku(sku).quantity(quantity).fulfilment(how)))
                .payment(new Payment().provider("simulated-pay").reference("AUTH-1")
                        .amount(new Money().amount(price * quantity).currency("VND")));
        if (how.getType() == FulfilmentType.SHIP) {
            input.shippingAddress(new Address().line1("1 Le Loi").city("HCMC").country("VN")
                    .latitude(10.77).longitude(106.70));
        }
        Order placed = orders.placeOrder(input, null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> orders.getOrder(placed.getOrderId()).getStatus() == OrderStatus.CONFIRMED);
        return orders.getOrder(placed.getOrderId());
    }

    private static Fulfilment pickupAt(String storeId) {
        return new Fulfilment().type(FulfilmentType.PICKUP).storeId(storeId);
    }

    private static void assertConflict(ThrowingCall call, String kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(409);
            assertThat(e.getResponseBody()).contains("/problems/" + kind);
        });
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void aBopisOrderIsMadeReady_wrongCodesAreRefused_andTheRightCodeHandsItOver_theStockLeavesTheStore()
            throws Exception {
        String customer = "FC-" + run;
        CustomersApi customers = new CustomersApi(orderClient);
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
        assertThat(customers.listNotifications(customer))
                .filteredOn(n -> String.valueOf(n.getSubject()).equals("READY_FOR_PICKUP"))
                .hasSize(2).allSatisfy(n -> assertThat(n.getMessage()).contains(ready.getPickupCode()));
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
        new CustomersApi(orderClient).putPreferences(customer, new PreferencesInput()
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
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new CustomersApi(orderClient)
                .listNotifications(customer)).extracting(n -> n.getSubject())
                .containsExactlyInAnyOrder("PICKUP_EXPIRED", "PICKUP_EXPIRING", "READY_FOR_PICKUP", "ORDER_CONFIRMED")
                .first().isEqualTo("PICKUP_EXPIRED"));
    }

    @Test
    void aShipOrderIsShippedWithItsTracking_andThePickupOnlyCallsAreRefused() throws Exception {
        Order order = place("FSH-" + run, new Fulfilment().type(FulfilmentType.SHIP), 1);
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
        Order order = place("FSP-" + run, new Fulfilment().type(FulfilmentType.SHIP), tee, 150_000L, 2);
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
        Order order = place(customer, new Fulfilment().type(FulfilmentType.SHIP), 2);
        String orderId = order.getOrderId();
        fulfilment.shipGroup(orderId, order.getGroups().get(0).getGroupId(),
                new ShipmentInput().carrier("GHN").trackingNumber("GHN-R"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(loyalty.getLoyalty(customer).getBalance()).isEqualTo(50L));
        ReturnsApi returns = new ReturnsApi(orderClient);
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
