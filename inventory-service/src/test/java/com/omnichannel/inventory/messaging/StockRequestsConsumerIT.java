package com.omnichannel.inventory.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.ApiException;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.ReceiptInput;
import com.omnichannel.inventory.stock.InventoryClient;
import com.omnichannel.inventory.stock.StockItemId;
import com.omnichannel.support.testing.EventExamples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders' stock requests as the broker hands them over, several at once: each is carried out once, in the order it
 * came for its stock item, however often the batch comes again, and a request that changes nothing (the release
 * of a reservation of an item never stocked there) costs nothing to the others of its batch. Fed from the examples of
 * api-specs/events/order-events.yaml.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StockRequestsConsumerIT {

    @Autowired
    StockRequestsConsumer consumer;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    StreamBridge bridge;

    private final List<byte[]> payloads = new ArrayList<>();
    private final List<Map<String, Object>> headers = new ArrayList<>();
    private InventoryClient api;
    private String store;
    private String hot;
    private String other;

    @BeforeEach
    void setUp() throws ApiException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        store = "BATCH-" + run;
        hot = "HOT-" + run;
        other = "OTHER-" + run;
        api = new InventoryClient("http://localhost:" + port);
        api.store(store, 10.77, 106.70, Capability.PICKUP);
        receive(hot, 5);
        receive(other, 5);
    }

    @Test
    void aBatchCarriesOutEachRequestOnce_inTheOrderItCameForItsItem_evenWhenItComesAgain() {
        reserve("R1-" + store, hot, 2);
        reserve("R2-" + store, hot, 2);
        reserve("R3-" + store, hot, 2);   // only 1 left: refused, and the refusal goes back to the order
        reserve("R4-" + store, other, 3);
        payloads.add(payloads.get(0));     // the broker may hand the same message over twice
        headers.add(headers.get(0));

        consumer.accept(batch());
        consumer.accept(batch());

        assertThat(reserved(hot)).isEqualTo(4);
        assertThat(reserved(other)).isEqualTo(3);
        assertThat(reservations()).containsExactlyInAnyOrder("R1-" + store, "R2-" + store, "R4-" + store);
        assertThat(events(hot, "StockReservationRejectedEvent")).isEqualTo(1);
        assertThat(events(hot, "StockReservationsAcceptedEvent")).isEqualTo(2);
    }

    @Test
    void requestsThatComeTogetherAreEachCarriedOutOnce_inTheirOrder_evenWhenOneAlsoComesOnItsOwn() {
        Map<String, Object> first = request("R1-" + store, hot, 2);
        Map<String, Object> together = EventExamples.example("order-events.yaml", "ReservationsRequested");
        together.put("eventId", UUID.randomUUID().toString());
        together.put("requests", List.of(first, request("R2-" + store, other, 1), request("R3-" + store, hot, 2),
                request("R4-" + store, hot, 2)));   // 1 left by then: refused
        add("ReservationsRequested", together);
        add("ReservationRequested", first);        // the same request on its own: already carried out

        consumer.accept(batch());
        consumer.accept(batch());

        assertThat(reserved(hot)).isEqualTo(4);
        assertThat(reserved(other)).isEqualTo(1);
        assertThat(reservations()).containsExactlyInAnyOrder("R1-" + store, "R2-" + store, "R3-" + store);
        assertThat(events(hot, "StockReservationRejectedEvent")).isEqualTo(1);
    }

    @Test
    void aRequestThatChangesNothingLeavesTheOthersOfItsBatchCarriedOutOnce() {
        reserve("R1-" + store, hot, 1);
        release("R9-" + store, "NEVER-STOCKED-" + store);   // no such stock item: nothing to release
        reserve("R2-" + store, other, 2);

        consumer.accept(batch());
        consumer.accept(batch());

        assertThat(reserved(hot)).isEqualTo(1);
        assertThat(reserved(other)).isEqualTo(2);
        assertThat(reservations()).containsExactlyInAnyOrder("R1-" + store, "R2-" + store);
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id in (?, ?, ?)",
                Integer.class, ids().toArray())).isEqualTo(3);
    }

    @Test
    void aRequestThatCannotBeCarriedOutFailsAlone_afterTheOthersOfItsBatch() {
        reserve("R1-" + store, hot, 1);
        reserve("R2-" + store, other, 0);   // not a quantity anyone can reserve: the broker redelivers, then parks it
        reserve("R3-" + store, other, 2);

        assertThatThrownBy(() -> consumer.accept(batch())).isInstanceOf(IllegalArgumentException.class);

        assertThat(reserved(hot)).isEqualTo(1);
        assertThat(reserved(other)).isEqualTo(2);
        assertThat(reservations()).containsExactlyInAnyOrder("R1-" + store, "R3-" + store);
    }

    @Test
    void aMessageThatCannotBeReadFailsAlone_theOthersOfItsBatchAreCarriedOutOnce() {
        reserve("R1-" + store, hot, 1);
        String unreadable = UUID.randomUUID().toString();
        payloads.add("{\"eventId\": \"".concat(unreadable).getBytes(UTF_8));   // cut short on the way
        headers.add(new HashMap<>(Map.of("eventType", "ReservationRequested", "eventId", unreadable)));
        reserve("R2-" + store, other, 2);

        for (int delivery = 0; delivery < 2; delivery++) {   // the broker redelivers the batch before parking it
            assertThatThrownBy(() -> consumer.accept(batch())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(unreadable);
        }

        assertThat(reserved(hot)).isEqualTo(1);
        assertThat(reserved(other)).isEqualTo(2);
        assertThat(reservations()).containsExactlyInAnyOrder("R1-" + store, "R2-" + store);
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class,
                unreadable)).isZero();
    }

    @Test
    void requestsSentThroughTheBrokerAreCarriedOut() {
        for (int i = 0; i < 3; i++) {
            reserve("RB" + i + "-" + store, hot, 1);
            bridge.send("order.stock-requests", MessageBuilder.withPayload(payloads.get(i))
                    .copyHeaders(headers.get(i)).build());
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(reserved(hot)).isEqualTo(3));
    }

    private void receive(String sku, int quantity) throws ApiException {
        api.stock.receiveStock(store, api.product(sku), new ReceiptInput().quantity(quantity).reference("PO"), null);
    }

    private void reserve(String reservationId, String sku, int quantity) {
        add("ReservationRequested", request(reservationId, sku, quantity));
    }

    private Map<String, Object> request(String reservationId, String sku, int quantity) {
        Map<String, Object> event = EventExamples.example("order-events.yaml", "ReservationRequested");
        event.put("eventId", UUID.randomUUID().toString());
        event.put("reservationId", reservationId);
        event.put("locationId", store);
        event.put("sku", sku);
        event.put("quantity", quantity);
        return event;
    }

    private void release(String reservationId, String sku) {
        Map<String, Object> event = EventExamples.example("order-events.yaml", "ReservationReleaseRequested");
        event.put("eventId", UUID.randomUUID().toString());
        event.put("reservationId", reservationId);
        event.put("locationId", store);
        event.put("sku", sku);
        add("ReservationReleaseRequested", event);
    }

    private void add(String type, Map<String, Object> event) {
        payloads.add(json.writeValueAsString(event).getBytes(UTF_8));
        headers.add(new HashMap<>(Map.of("eventType", type)));
    }

    /** The batch as the RabbitMQ binder hands it over: the payloads, and each message's headers beside them. */
    private Message<List<byte[]>> batch() {
        return MessageBuilder.withPayload(List.copyOf(payloads)).setHeader("amqp_batchedHeaders", List.copyOf(headers))
                .build();
    }

    private List<String> ids() {
        return payloads.stream().map(p -> json.readTree(p).get("eventId").asString()).distinct().toList();
    }

    private int reserved(String sku) {
        return jdbc.queryForObject("select reserved from stock_level where location_id = ? and sku = ?",
                Integer.class, store, sku);
    }

    private List<String> reservations() {
        return jdbc.queryForList("select reservation_id from reservation where location_id = ? and status = 'ACTIVE'",
                String.class, store);
    }

    private int events(String sku, String type) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Integer.class,
                StockItemId.of(store, sku).toString(), "%." + type);
    }
}
