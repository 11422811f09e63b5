package com.omnichannel.order.pricing;

import static com.omnichannel.support.pricing.SalesChannel.APP;
import static com.omnichannel.support.pricing.SalesChannel.STORE;
import static com.omnichannel.support.pricing.SalesChannel.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.omnichannel.support.testing.EventExamples;
import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.PriceQuote;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * ProductChanged, as the contract's example gives it, delivered through the real broker; inventory-service is
 * not running, so every price here comes from the replica alone.
 */
@SpringBootTest
class ProductChangedConsumerIT {

    private static final Money LIST = Money.vnd(1_290_000);

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    PriceReplicaRepository replicas;
    @Autowired
    Prices prices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    private final String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theContractExampleFillsTheReplica_andPricesFollowThePromotionWindowsWithoutFurtherEvents() {
        publish(event(UUID.randomUUID().toString(), 2));

        awaitSequence(2);
        PriceReplica replica = replicas.findById(sku).orElseThrow();
        assertThat(replica.getName()).isEqualTo("Trail running shoe, size 42");
        assertThat(replica.getGtin()).isEqualTo("8934563123457");
        // TET-2026: 10% off on APP from 2026-02-10 to 2026-02-20; STORE-CLEARANCE: 100 000 off everywhere from 2025-12-01
        assertThat(prices.price(sku, WEB, Instant.parse("2025-11-30T23:59:59Z"))).isEqualTo(new PriceQuote(LIST, LIST,
                null));
        assertThat(prices.price(sku, WEB, Instant.parse("2025-12-01T00:00:00Z")))
                .isEqualTo(new PriceQuote(LIST, Money.vnd(1_190_000), "STORE-CLEARANCE"));
        assertThat(prices.price(sku, APP, Instant.parse("2026-02-10T00:00:00Z")))
                .isEqualTo(new PriceQuote(LIST, Money.vnd(1_161_000), "TET-2026"));
        assertThat(prices.price(sku, STORE, Instant.parse("2026-02-10T00:00:00Z")).promotionId())
                .isEqualTo("STORE-CLEARANCE");
        assertThat(prices.price(sku, APP, Instant.parse("2026-02-20T00:00:00Z")).promotionId())
                .isEqualTo("STORE-CLEARANCE");
    }

    @Test
    void theSameEventDeliveredTwiceChangesTheReplicaOnce() {
        String eventId = UUID.randomUUID().toString();
        publish(event(eventId, 5));
        // a redelivery of the same event id, tampered: whichever of the two copies is handled first, the other is
        // skipped by its event id (counted once), and the next event (sequence 6) sets the price again
        Map<String, Object> tampered = event(eventId, 5);
        tampered.put("price", Map.of("amount", 1, "currency", "VND"));
        publish(tampered);
        Map<String, Object> next = event(UUID.randomUUID().toString(), 6);
        next.put("promotions", List.of());
        publish(next);

        awaitSequence(6);
        assertThat(processed(eventId)).isEqualTo(1);
        assertThat(prices.price(sku, WEB, Instant.parse("2026-01-01T00:00:00Z")))
                .isEqualTo(new PriceQuote(LIST, LIST, null));
    }

    @Test
    void anOlderProductStateArrivingLateDoesNotOverwriteANewerOne() {
        Map<String, Object> newer = event(UUID.randomUUID().toString(), 9);
        newer.put("promotions", List.of());
        publish(newer);
        publish(event(UUID.randomUUID().toString(), 8));
        Map<String, Object> latest = event(UUID.randomUUID().toString(), 10);
        latest.put("promotions", List.of());
        latest.put("price", Map.of("amount", 990_000, "currency", "VND"));
        publish(latest);

        awaitSequence(10);
        assertThat(prices.price(sku, WEB, Instant.parse("2026-01-01T00:00:00Z")))
                .isEqualTo(new PriceQuote(Money.vnd(990_000), Money.vnd(990_000), null));
    }

    @Test
    void aSkuInventoryServiceNeverPublishedHasNoPrice() {
        assertThat(prices.find(sku, WEB, Instant.now())).isEmpty();
        assertThatThrownBy(() -> prices.price(sku, WEB, Instant.now())).isInstanceOf(NotFoundException.class);
    }

    private void awaitSequence(long sequence) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(replicas.findById(sku)).hasValueSatisfying(r ->
                        assertThat(r.getSourceSequence()).isEqualTo(sequence)));
    }

    private Map<String, Object> event(String eventId, long sequence) {
        Map<String, Object> event = EventExamples.example("inventory-events.yaml", "ProductChanged");
        event.put("eventId", eventId);
        event.put("sku", sku);
        event.put("aggregateId", sku);
        event.put("sequence", sequence);
        return event;
    }

    private void publish(Map<String, Object> event) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        rabbit.send("inventory.products", "#",
                MessageBuilder.withBody(json.writeValueAsBytes(event)).andProperties(properties).build());
    }

    private int processed(String eventId) {
        return jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class, eventId);
    }
}
