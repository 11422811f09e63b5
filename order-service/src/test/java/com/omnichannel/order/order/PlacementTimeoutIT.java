package com.omnichannel.order.order;

import static com.omnichannel.order.support.EndToEnd.paid;
import static com.omnichannel.order.support.EndToEnd.pickupAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.StockMovement;
import com.omnichannel.client.inventory.model.StockMovementType;
import com.omnichannel.client.order.model.Channel;
import com.omnichannel.client.order.model.Order;
import com.omnichannel.client.order.model.OrderLineInput;
import com.omnichannel.client.order.model.OrderStatus;
import com.omnichannel.client.order.model.PlaceOrderInput;
import com.omnichannel.order.support.EndToEnd;
import com.omnichannel.support.testing.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An order inventory-service does not answer: while inventory-service is down, an order is placed; it is rejected
 * once the placement timeout has passed, and when inventory-service comes back and reserves its stock after all,
 * that late reservation is released.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "omnichannel.orders.placement-timeout=PT3S", "omnichannel.orders.placement-sweep-interval=PT1S"})
class PlacementTimeoutIT {

    @RegisterExtension
    static ServiceProcess inventory = ServiceProcess.inventory("inventory-for-timeouts");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext orderService;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String store = "S-" + run;
    private final String shirt = "SHIRT-" + run;

    @Test
    void anOrderInventoryDoesNotAnswerIsRejectedAfterTheTimeout_andALateReservationIsReleased() throws Exception {
        EndToEnd e2e = new EndToEnd(inventory, port, orderService);
        e2e.store(store, "District 1", 10.7769, 106.7009, null, Capability.PICKUP);
        e2e.product(shirt, "Shirt", "8934563123457", 250_000L);
        e2e.receive(store, shirt, 5);
        e2e.awaitReplicas(List.of(store), List.of(shirt));
        inventory.stop();

        Order placed = e2e.orders.placeOrder(new PlaceOrderInput().customerId("C-" + run).channel(Channel.WEB)
                .lines(List.of(new OrderLineInput().sku(shirt).quantity(2).fulfilment(pickupAt(store))))
                .payment(paid(500_000L)), null);
        assertThat(placed.getStatus()).isEqualTo(OrderStatus.PLACED);
        Thread.sleep(2_000);
        assertThat(e2e.orders.getOrder(placed.getOrderId()).getStatus()).isEqualTo(OrderStatus.PLACED);

        Order rejected = e2e.awaitStatus(placed.getOrderId(), OrderStatus.REJECTED);
        assertThat(rejected.getHistory()).anySatisfy(h -> {
            assertThat(h.getStatus()).isEqualTo("REJECTED");
            assertThat(h.getDetail()).isEqualTo(PlacementTimeouts.REASON);
        });

        inventory.start();   // takes the request that waited for it, reserves, and is told to release
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(e2e.stock.listStockMovements(store, shirt)).extracting(StockMovement::getType)
                    .containsExactly(StockMovementType.RECEIVED, StockMovementType.RESERVED,
                            StockMovementType.RELEASED);
            assertThat(e2e.stock.getStockLevel(store, shirt, null).getReserved()).isZero();
        });
        assertThat(e2e.orders.getOrder(placed.getOrderId()).getStatus()).isEqualTo(OrderStatus.REJECTED);
    }
}
