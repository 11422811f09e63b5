package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.ReceiptInput;
import com.omnichannel.client.inventory.model.StockLevel;
import com.omnichannel.client.inventory.model.StockMovement;
import com.omnichannel.client.inventory.model.StockMovementType;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The invariant under fire: 1,000 concurrent one-unit reservations of a SKU with 100 on hand, through two
 * inventory-service instances (this test's and a separate process) on one database and broker. Order-service is
 * told of exactly the accepted ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoOversellIT {

    private static final int ON_HAND = 100;
    private static final int REQUESTS = 1_000;
    private static final int CLIENT_THREADS = 48;

    @RegisterExtension
    static ServiceProcess second = ServiceProcess.inventory("inventory-second-instance");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    JsonMapper json;

    @Test
    void exactlyTheStockOnHandIsReserved_everyOtherRequestIs409_andTheStoreAndProjectionsAgree() throws Exception {
        InventoryClient api = new InventoryClient("http://localhost:" + port);
        String store = api.store(InventoryClient.id("HOT"), 10.77, 106.70, Capability.PICKUP);
        String sku = api.product(InventoryClient.id("BESTSELLER"));
        api.stock.receiveStock(store, sku, new ReceiptInput().quantity(ON_HAND).reference("PO"), null);
        List<String> instances = List.of("http://localhost:" + port, second.baseUri());
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        TopicExchange exchange = new TopicExchange("inventory.reservations", true, false);
        admin.declareExchange(exchange);
        Queue outcomes = new Queue("test.reservations." + sku, false, false, false);
        admin.declareQueue(outcomes);
        admin.declareBinding(BindingBuilder.bind(outcomes).to(exchange).with("#"));
        Set<String> accepted = ConcurrentHashMap.newKeySet();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> acceptedPerInstance = new ConcurrentHashMap<>();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String instance = instances.get(i % 2);
            String body = "{\"quantity\":1,\"reference\":\"ORD-" + i + "\",\"channel\":\"WEB\",\"expiresInSeconds\":0}";
            futures.add(pool.submit(() -> {
                start.await();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(instance + "/v1/stock/" + store + "/" + sku + "/reservations"))
                        .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DevTokens.operations()).timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                answers.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (response.statusCode() == 201) {
                    accepted.add(json.readTree(response.body()).path("reservationId").asString());
                    acceptedPerInstance.computeIfAbsent(instance, s -> new AtomicInteger()).incrementAndGet();
                } else if (response.statusCode() != 409 || !response.body().contains("insufficient-stock")) {
                    unexpected.add(response.statusCode() + " " + response.body());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(answers.get(201).get()).isEqualTo(ON_HAND);
        assertThat(answers.get(409).get()).isEqualTo(REQUESTS - ON_HAND);
        assertThat(acceptedPerInstance).hasSize(2);

        List<StockMovement> history = api.stock.listStockMovements(store, sku);
        assertThat(history).filteredOn(m -> m.getType() == StockMovementType.RESERVED).hasSize(ON_HAND)
                .extracting(StockMovement::getReservedAfter)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, ON_HAND).boxed().toList());
        assertThat(jdbc.queryForObject("select count(*) from reservation where location_id = ? and sku = ? "
                + "and status = 'ACTIVE'", Integer.class, store, sku)).isEqualTo(ON_HAND);
        for (String instance : instances) {
            StockLevel level = new InventoryClient(instance).stock.getStockLevel(store, sku, null);
            assertThat(level.getOnHand()).isEqualTo(ON_HAND);
            assertThat(level.getReserved()).isEqualTo(ON_HAND);
            assertThat(level.getAvailable()).isZero();
        }
        assertThat(api.availability.getAvailability(sku).getAvailable()).isZero();

        assertThat(confirmedOnTheBroker(outcomes.getName(), sku, ON_HAND))
                .containsExactlyInAnyOrderElementsOf(accepted);
        admin.deleteQueue(outcomes.getName());
    }

    /** The reservation ids of the SKU order-service is told were confirmed (batches of them, one message per batch). */
    private List<String> confirmedOnTheBroker(String queue, String sku, int expected) {
        List<String> confirmed = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 30_000;
        while (confirmed.size() < expected && System.currentTimeMillis() < deadline) {
            Message message = rabbit.receive(queue, 1000);
            if (message != null
                    && "ReservationsConfirmed".equals(message.getMessageProperties().getHeader("eventType"))) {
                json.readTree(message.getBody()).path("confirmations").forEach(c -> {
                    if (c.path("sku").asString().equals(sku)) {
                        confirmed.add(c.path("reservationId").asString());
                    }
                });
            }
        }
        return confirmed;
    }
}
