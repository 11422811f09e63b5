package com.omnichannel.order.order;

import static com.omnichannel.order.support.EndToEnd.paid;
import static com.omnichannel.order.support.EndToEnd.pickupAt;
import static com.omnichannel.order.support.EndToEnd.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.api.StockApi;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.order.ApiException;
import com.omnichannel.client.order.api.CartsApi;
import com.omnichannel.client.order.api.LoyaltyApi;
import com.omnichannel.client.order.api.OrdersApi;
import com.omnichannel.client.order.model.Cart;
import com.omnichannel.client.order.model.CartLineInput;
import com.omnichannel.client.order.model.CancellationInput;
import com.omnichannel.client.order.model.Channel;
import com.omnichannel.client.order.model.Order;
import com.omnichannel.client.order.model.OrderLineInput;
import com.omnichannel.client.order.model.OrderStatus;
import com.omnichannel.client.order.model.PlaceOrderInput;
import com.omnichannel.order.loyalty.EarnPointsCommand;
import com.omnichannel.order.support.EndToEnd;
import com.omnichannel.support.pricing.SalesChannel;
import com.omnichannel.support.testing.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Both services and the broker, driven through the generated clients: one cart edited from three channels, placed
 * from the app for pickup in a store, confirmed with the stock reserved there; retries; an order nobody can serve.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderPlacementEndToEndIT {

    @RegisterExtension
    static ServiceProcess inventory = ServiceProcess.inventory("inventory-for-orders");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext orderService;
    @Autowired
    CommandGateway commandGateway;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String store = "S-" + run;
    private final String warehouse = "W-" + run;
    private final String shirt = "SHIRT-" + run;
    private final String cap = "CAP-" + run;
    private final String rare = "RARE-" + run;
    private EndToEnd e2e;
    private StockApi stock;
    private CartsApi carts;
    private OrdersApi orders;

    @BeforeEach
    void setUp() throws Exception {
        e2e = new EndToEnd(inventory, port, orderService);
        stock = e2e.stock;
        carts = e2e.carts;
        orders = e2e.orders;
        e2e.store(store, "District 1", 10.7769, 106.7009, null, Capability.PICKUP, Capability.IN_STORE_SALE);
        e2e.warehouse(warehouse, "Binh Duong DC", 10.98, 106.65);
        e2e.product(shirt, "Shirt", "8934563123457", 250_000L);
        e2e.product(cap, "Cap", "8934563123464", 90_000L);
        e2e.product(rare, "Rare", "8934563123471", 1_000_000L);
        e2e.receive(store, shirt, 5);
        e2e.receive(store, cap, 3);
        e2e.awaitReplicas(List.of(store, warehouse), List.of(shirt, cap, rare));
    }

    @Test
    void aCartEditedOnThreeChannelsIsPlacedFromTheAppForPickup_confirmed_andTheStockIsReservedAtThatStore()
            throws Exception {
        String customer = "C-" + run;
        carts.putCartLine(customer, shirt, new CartLineInput().quantity(1).fulfilment(pickupAt(store)).channel(Channel.WEB));
        carts.putCartLine(customer, cap, new CartLineInput().quantity(2).fulfilment(pickupAt(store)).channel(Channel.APP));
        Cart cart = carts.putCartLine(customer, shirt, new CartLineInput().quantity(2).fulfilment(pickupAt(store))
                .channel(Channel.STORE));

        assertThat(cart.getLines()).hasSize(2);
        assertThat(cart.getLastChannel()).isEqualTo(Channel.STORE);
        assertThat(cart.getTotal().getAmount()).isEqualTo(2 * 250_000L + 2 * 90_000L);

        String key = UUID.randomUUID().toString();
        PlaceOrderInput input = new PlaceOrderInput().customerId(customer).channel(Channel.APP).fromCart(true)
                .payment(paid(680_000L));
        Order placed = orders.placeOrder(input, key);
        Order again = orders.placeOrder(input, key);

        assertThat(placed.getStatus()).isEqualTo(OrderStatus.PLACED);
        assertThat(again.getOrderId()).isEqualTo(placed.getOrderId());
        assertThatThrownBy(() -> orders.placeOrder(new PlaceOrderInput().customerId(customer).channel(Channel.WEB)
                .fromCart(true).payment(paid(680_000L)), key))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(422));
        assertThat(carts.getCart(customer, null).getLines()).isEmpty();

        Order confirmed = e2e.awaitStatus(placed.getOrderId(), OrderStatus.CONFIRMED);
        assertThat(confirmed.getGroups()).singleElement().satisfies(g -> assertThat(g.getLocationId()).isEqualTo(store));
        assertThat(stock.getStockLevel(store, shirt, null).getReserved()).isEqualTo(2);
        assertThat(stock.getStockLevel(store, cap, null).getReserved()).isEqualTo(2);
        assertThat(orders.listCustomerOrders(customer)).extracting(Order::getOrderId).containsExactly(placed.getOrderId());

        orders.cancelOrder(placed.getOrderId(), new CancellationInput().reason("changed my mind"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(stock.getStockLevel(store, shirt, null).getReserved()).isZero();
            assertThat(stock.getStockLevel(store, cap, null).getReserved()).isZero();
        });
        assertThat(orders.getOrder(placed.getOrderId()).getStatus()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void anOrderForGoodsNobodyHasIsRejectedWithNothingLeftReserved() throws Exception {
        Order placed = orders.placeOrder(new PlaceOrderInput().customerId("C2-" + run).channel(Channel.WEB)
                .lines(List.of(new OrderLineInput().sku(rare).quantity(1)
                        .fulfilment(shipped())))
                .shippingAddress(EndToEnd.address())
                .payment(paid(1_000_000L)), null);

        Order rejected = e2e.awaitStatus(placed.getOrderId(), OrderStatus.REJECTED);

        assertThat(rejected.getHistory()).anySatisfy(h -> assertThat(h.getStatus()).isEqualTo("REJECTED"));
        assertThat(stock.getStockLevel(warehouse, rare, null).getReserved()).isZero();
    }

    /** The store refuses the reservation (it never had the goods), and its answer reaches the order long before the
     * placement timeout (five minutes) would reject it. */
    @Test
    void aPickupAtAStoreThatNeverHadTheGoodsIsRejectedByTheStoresAnswer_withNothingReserved() throws Exception {
        Order placed = orders.placeOrder(new PlaceOrderInput().customerId("C6-" + run).channel(Channel.WEB)
                .lines(List.of(new OrderLineInput().sku(rare).quantity(1).fulfilment(pickupAt(store))))
                .payment(paid(1_000_000L)), null);
        assertThat(placed.getStatus()).isEqualTo(OrderStatus.PLACED);

        Order rejected = e2e.awaitStatus(placed.getOrderId(), OrderStatus.REJECTED);

        assertThat(rejected.getHistory()).anySatisfy(h -> {
            assertThat(h.getStatus()).isEqualTo("REJECTED");
            assertThat(h.getDetail()).contains(rare).contains(store);
        });
        assertThat(stock.getStockLevel(store, rare, null).getReserved()).isZero();
    }

    @Test
    void aStalePaymentAnEmptyCartAndBadLinesAreRefusedAndNothingIsStored() throws Exception {
        String customer = "C3-" + run;
        carts.putCartLine(customer, shirt, new CartLineInput().quantity(1).fulfilment(pickupAt(store)).channel(Channel.WEB));

        assertThatThrownBy(() -> orders.placeOrder(new PlaceOrderInput().customerId(customer).channel(Channel.WEB)
                .fromCart(true).payment(paid(200_000L)), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("payment-mismatch").contains("\"amount\":250000");
                });
        assertThatThrownBy(() -> orders.placeOrder(new PlaceOrderInput().customerId("EMPTY-" + run)
                .channel(Channel.WEB).fromCart(true).payment(paid(0L)), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        assertThatThrownBy(() -> carts.putCartLine(customer, cap, new CartLineInput().quantity(1)
                .fulfilment(pickupAt(warehouse)).channel(Channel.WEB)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("fulfilment.storeId");
                });
        assertThatThrownBy(() -> carts.putCartLine(customer, "NO-SUCH-SKU", new CartLineInput().quantity(1)
                .fulfilment(pickupAt(store)).channel(Channel.WEB)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
        assertThatThrownBy(() -> orders.placeOrder(new PlaceOrderInput().customerId(customer).channel(Channel.WEB)
                .lines(List.of(new OrderLineInput().sku(shirt).quantity(101).fulfilment(pickupAt(store))))
                .payment(paid(25_250_000L)), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("lines[0].quantity");
                });
        assertThat(orders.listCustomerOrders(customer)).isEmpty();
        assertThat(carts.getCart(customer, Channel.APP).getLines()).hasSize(1);
    }

    @Test
    void pointsRedeemedAtCheckoutTakeTheirValueOffTheTotal_areHeld_andGoBackWhenTheOrderIsCancelled()
            throws Exception {
        String customer = "C5-" + run;
        commandGateway.sendAndWait(new EarnPointsCommand(customer, 1_000, SalesChannel.STORE, "EARLIER", "till"));
        LoyaltyApi loyalty = e2e.loyalty;
        PlaceOrderInput input = new PlaceOrderInput().customerId(customer).channel(Channel.APP)
                .lines(List.of(new OrderLineInput().sku(shirt).quantity(1).fulfilment(pickupAt(store))))
                .redeemPoints(500L).payment(paid(250_000L - 500 * 100));

        assertThatThrownBy(() -> orders.placeOrder(input.redeemPoints(2_000L).payment(paid(50_000L)), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("insufficient-points");
                });
        assertThat(orders.listCustomerOrders(customer)).isEmpty();

        Order placed = orders.placeOrder(input.redeemPoints(500L).payment(paid(200_000L)), null);
        assertThat(placed.getTotal().getAmount()).isEqualTo(200_000L);
        assertThat(placed.getPointsRedeemed()).isEqualTo(500L);
        assertThat(loyalty.getLoyalty(customer).getHeld()).isEqualTo(500L);
        assertThat(loyalty.getLoyalty(customer).getBalance()).isEqualTo(500L);

        orders.cancelOrder(placed.getOrderId(), new CancellationInput().reason("no longer needed"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(loyalty.getLoyalty(customer).getHeld()).isZero();
            assertThat(loyalty.getLoyalty(customer).getBalance()).isEqualTo(1_000L);
        });
    }

    @Test
    void aGuestCartMergesIntoTheCustomersCartOnSignIn() throws Exception {
        String guest = "GUEST-" + run;
        String customer = "C4-" + run;
        carts.putCartLine(customer, shirt, new CartLineInput().quantity(1).fulfilment(pickupAt(store)).channel(Channel.APP));
        carts.putCartLine(guest, shirt, new CartLineInput().quantity(2).fulfilment(pickupAt(store)).channel(Channel.WEB));
        carts.putCartLine(guest, cap, new CartLineInput().quantity(1).fulfilment(pickupAt(store)).channel(Channel.WEB));

        Cart merged = carts.mergeCart(customer, new com.omnichannel.client.order.model.MergeCartInput()
                .fromCustomerId(guest).channel(Channel.WEB));

        assertThat(merged.getLines()).extracting(l -> l.getSku() + "x" + l.getQuantity())
                .containsExactlyInAnyOrder(shirt + "x3", cap + "x1");
        assertThat(carts.getCart(guest, null).getLines()).isEmpty();
    }
}
