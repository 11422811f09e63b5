package com.omnichannel.order.sourcing;

import static com.omnichannel.order.support.EndToEnd.paid;
import static com.omnichannel.order.support.EndToEnd.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.order.ApiClient;
import com.omnichannel.client.order.api.OrdersApi;
import com.omnichannel.client.order.model.Address;
import com.omnichannel.client.order.model.CancellationInput;
import com.omnichannel.client.order.model.Channel;
import com.omnichannel.client.order.model.Order;
import com.omnichannel.client.order.model.OrderGroup;
import com.omnichannel.client.order.model.OrderLineInput;
import com.omnichannel.client.order.model.OrderStatus;
import com.omnichannel.client.order.model.PlaceOrderInput;
import com.omnichannel.client.order.model.SourcingDecision;
import com.omnichannel.client.order.model.SourcingTrigger;
import com.omnichannel.order.support.EndToEnd;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ship groups sourced end to end: an order no one location can ship whole is split across two warehouses and
 * confirmed with a group at each; concurrent placements through two order-service instances (this test's and the
 * built jar) never send a warehouse more groups than its daily capacity, and a cancelled group gives its slot back;
 * orders placed on one instance and cancelled at once on the other (each instance keeps the orders it touched in
 * memory) end cancelled, with nothing left reserved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourcingEndToEndIT {

    private static final int CAPACITY = 3;
    private static final int ORDERS = 12;
    private static final int RACES = 10;
    /** Far from the other tests' locations (around Ho Chi Minh City), so that only this test's are weighed near it. */
    private static final Address HANOI = new Address().line1("1 Trang Tien").city("Hanoi").country("VN")
            .latitude(21.0245).longitude(105.8572);

    @RegisterExtension
    static ServiceProcess inventory = ServiceProcess.inventory("inventory-for-sourcing");
    @RegisterExtension
    static ServiceProcess secondOrderService = ServiceProcess.order("order-for-sourcing");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext orderService;
    @Autowired
    JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String near = "NEAR-" + run;
    private final String far = "FAR-" + run;
    private final String shirt = "SHIRT-" + run;
    private final String mug = "MUG-" + run;
    private EndToEnd e2e;

    @BeforeEach
    void setUp() throws Exception {
        e2e = new EndToEnd(inventory, port, orderService);
        e2e.warehouse(near, "Long Bien DC", 21.04, 105.87, CAPACITY);
        e2e.warehouse(far, "Bac Ninh DC", 21.18, 106.07);
        e2e.product(shirt, "Shirt", "8934563123457", 250_000L);
        e2e.product(mug, "Mug", "8934563123464", 90_000L);
        e2e.awaitReplicas(List.of(near, far), List.of(shirt, mug));
    }

    @Test
    void anOrderNoLocationShipsWhole_isSplitAcrossTwoWarehouses_andConfirmedWithAGroupAtEach() throws Exception {
        e2e.receive(near, shirt, 5);
        e2e.receive(far, mug, 5);
        e2e.awaitAvailability(shirt, near);
        e2e.awaitAvailability(mug, far);

        Order placed = e2e.orders.placeOrder(new PlaceOrderInput().customerId("C-" + run).channel(Channel.WEB)
                .lines(List.of(new OrderLineInput().sku(shirt).quantity(2).fulfilment(shipped()),
                        new OrderLineInput().sku(mug).quantity(1).fulfilment(shipped())))
                .shippingAddress(HANOI).payment(paid(590_000L)), null);
        Order confirmed = e2e.awaitStatus(placed.getOrderId(), OrderStatus.CONFIRMED);

        assertThat(confirmed.getGroups()).hasSize(2);
        assertThat(confirmed.getGroups()).extracting(OrderGroup::getLocationId).containsExactly(near, far);
        assertThat(confirmed.getGroups().get(0).getLines()).singleElement()
                .satisfies(l -> assertThat(l.getSku()).isEqualTo(shirt));
        assertThat(confirmed.getGroups().get(1).getLines()).singleElement()
                .satisfies(l -> assertThat(l.getSku()).isEqualTo(mug));
        assertThat(confirmed.getSourcingDecisions()).extracting(SourcingDecision::getTrigger)
                .containsOnly(SourcingTrigger.PLACEMENT);
        assertThat(confirmed.getSourcingDecisions()).extracting(d -> d.getGroupId() + "@" + d.getChosenLocationId())
                .containsExactly("G1@" + near, "G2@" + far);
        assertThat(verdicts(confirmed.getSourcingDecisions().get(1)))
                .containsExactly(near + ":NO_STOCK", far + ":CHOSEN");
        assertThat(jdbc.queryForObject("select taken from location_capacity where location_id = ?", Integer.class,
                near)).isEqualTo(1);
    }

    @Test
    void concurrentPlacementsOnTwoInstancesNeverExceedADailyCapacity_andACancelledGroupGivesItsSlotBack()
            throws Exception {
        e2e.receive(near, shirt, 50);
        e2e.receive(far, shirt, 50);
        e2e.awaitAvailability(shirt, near, far);
        List<OrdersApi> instances = List.of(e2e.orders, orders(secondOrderService.baseUri()));

        ExecutorService pool = Executors.newFixedThreadPool(ORDERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> placements = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            OrdersApi orders = instances.get(i % 2);
            String customer = "C" + i + "-" + run;
            placements.add(pool.submit(() -> {
                start.await();
                return orders.placeOrder(shirtShipped(customer), null).getOrderId();
            }));
        }
        start.countDown();
        List<String> orderIds = new ArrayList<>();
        for (Future<String> placement : placements) {
            orderIds.add(placement.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        List<Order> confirmed = new ArrayList<>();
        for (String orderId : orderIds) {
            confirmed.add(e2e.awaitStatus(orderId, OrderStatus.CONFIRMED));
        }
        List<Order> atNear = confirmed.stream().filter(o -> near.equals(o.getGroups().get(0).getLocationId())).toList();
        assertThat(atNear).hasSize(CAPACITY);
        assertThat(confirmed).filteredOn(o -> far.equals(o.getGroups().get(0).getLocationId()))
                .hasSize(ORDERS - CAPACITY)
                .allSatisfy(o -> assertThat(verdicts(o.getSourcingDecisions().get(0)))
                        .containsExactly(near + ":NO_CAPACITY", far + ":CHOSEN"));
        assertThat(taken()).isEqualTo(CAPACITY);

        e2e.orders.cancelOrder(atNear.get(0).getOrderId(), new CancellationInput().reason("changed my mind"));
        assertThat(taken()).isEqualTo(CAPACITY - 1);
        Order next = e2e.awaitStatus(e2e.orders.placeOrder(shirtShipped("C-next-" + run), null).getOrderId(),
                OrderStatus.CONFIRMED);
        assertThat(next.getGroups().get(0).getLocationId()).isEqualTo(near);
        assertThat(taken()).isEqualTo(CAPACITY);
    }

    @Test
    void ordersPlacedOnOneInstanceAndCancelledAtOnceOnTheOther_endCancelled_andHoldNoStock() throws Exception {
        e2e.receive(far, mug, 20);
        e2e.awaitAvailability(mug, far);
        List<OrdersApi> instances = List.of(e2e.orders, orders(secondOrderService.baseUri()));

        ExecutorService pool = Executors.newFixedThreadPool(RACES);
        List<Future<String>> races = new ArrayList<>();
        for (int i = 0; i < RACES; i++) {
            OrdersApi placing = instances.get(i % 2);
            OrdersApi cancelling = instances.get((i + 1) % 2);
            PlaceOrderInput order = new PlaceOrderInput().customerId("R" + i + "-" + run).channel(Channel.APP)
                    .lines(List.of(new OrderLineInput().sku(mug).quantity(1).fulfilment(shipped())))
                    .shippingAddress(HANOI).payment(paid(90_000L));
            races.add(pool.submit(() -> {
                String orderId = placing.placeOrder(order, null).getOrderId();
                cancelling.cancelOrder(orderId, new CancellationInput().reason("changed my mind"));
                return orderId;
            }));
        }
        for (Future<String> race : races) {
            e2e.awaitStatus(race.get(2, TimeUnit.MINUTES), OrderStatus.CANCELLED);
        }
        pool.shutdown();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(e2e.stock.getStockLevel(far, mug, null)).satisfies(level -> {
                    assertThat(level.getReserved()).isZero();
                    assertThat(level.getOnHand()).isEqualTo(20);
                }));
    }

    private PlaceOrderInput shirtShipped(String customer) {
        return new PlaceOrderInput().customerId(customer).channel(Channel.WEB)
                .lines(List.of(new OrderLineInput().sku(shirt).quantity(1).fulfilment(shipped())))
                .shippingAddress(HANOI).payment(paid(250_000L));
    }

    private int taken() {
        return jdbc.queryForObject("select taken from location_capacity where location_id = ?", Integer.class, near);
    }

    private static OrdersApi orders(String baseUri) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        return new OrdersApi(client);
    }

    /** The verdicts on this run's locations (the test database holds other tests' locations too). */
    private List<String> verdicts(SourcingDecision decision) {
        return decision.getConsidered().stream().filter(c -> c.getLocationId().endsWith(run))
                .map(c -> c.getLocationId() + ":" + c.getVerdict().getValue()).toList();
    }
}
