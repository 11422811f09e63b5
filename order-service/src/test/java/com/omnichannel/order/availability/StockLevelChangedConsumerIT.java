package com.omnichannel.order.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omnichannel.support.testing.EventExamples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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

/** StockLevelChanged, as the contract's example gives it, delivered through the real broker. */
@SpringBootTest
class StockLevelChangedConsumerIT {

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AvailabilityReplicaRepository replicas;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    private final String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theContractExampleUpdatesTheReplica() {
        Map<String, Object> event = event(UUID.randomUUID().toString(), 3, 24, 19);

        publish(event);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(replicas.findById(new AvailabilityReplica.Key("HCM-Q1", sku)))
                        .hasValueSatisfying(r -> {
                            assertThat(r.getOnHand()).isEqualTo(24);
                            assertThat(r.getAvailable()).isEqualTo(19);
                        }));
    }

    @Test
    void theSameEventDeliveredTwiceChangesTheReplicaOnce() {
        String eventId = UUID.randomUUID().toString();
        publish(event(eventId, 5, 10, 10));
        // a redelivery of the same event id: were it applied again, its (tampered) figures would show
        publish(event(eventId, 6, 99, 99));
        // a later, distinct event proves the consumer went on past the duplicate
        publish(event(UUID.randomUUID().toString(), 7, 12, 12));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(replicas.findById(new AvailabilityReplica.Key("HCM-Q1", sku)))
                        .hasValueSatisfying(r -> assertThat(r.getSourceSequence()).isEqualTo(7)));
        assertThat(processed(eventId)).isEqualTo(1);
        assertThat(replicas.findById(new AvailabilityReplica.Key("HCM-Q1", sku)).orElseThrow().getOnHand())
                .isEqualTo(12);
    }

    @Test
    void anOlderLevelArrivingLateDoesNotOverwriteANewerOne() {
        publish(event(UUID.randomUUID().toString(), 9, 30, 30));
        publish(event(UUID.randomUUID().toString(), 8, 31, 31));
        publish(event(UUID.randomUUID().toString(), 10, 32, 29));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(replicas.findById(new AvailabilityReplica.Key("HCM-Q1", sku)))
                        .hasValueSatisfying(r -> assertThat(r.getSourceSequence()).isEqualTo(10)));
        assertThat(replicas.findById(new AvailabilityReplica.Key("HCM-Q1", sku)).orElseThrow().getAvailable())
                .isEqualTo(29);
    }

    /** A burst is taken as batches: every level lands, each SKU's newest wins whatever the order of arrival. */
    @Test
    void aBurstOfLevelsOfSeveralSkusLeavesEachAtItsNewest() {
        List<String> skus = List.of(sku + "-A", sku + "-B", sku + "-C");
        List<String> eventIds = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            for (String s : skus) {
                // each SKU's sequences 1 to 40 arrive shuffled: 40 (available 40) is its newest, not its last
                long sequence = (i * 17L) % 41;
                String eventId = UUID.randomUUID().toString();
                eventIds.add(eventId);
                publish(event(eventId, s, sequence, 100, sequence));
            }
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id in ("
                        + String.join(",", Collections.nCopies(eventIds.size(), "?")) + ")", Integer.class,
                        eventIds.toArray())).isEqualTo(eventIds.size()));
        for (String s : skus) {
            AvailabilityReplica replica = replicas.findById(new AvailabilityReplica.Key("HCM-Q1", s)).orElseThrow();
            assertThat(replica.getSourceSequence()).as(s).isEqualTo(40);
            assertThat(replica.getAvailable()).as(s).isEqualTo(40);
        }
    }

    /** The levels of one batch of inventory's outbox come as one StockLevelsChanged: each entry lands on its own. */
    @Test
    void theLevelsPublishedTogetherEachLand() {
        publish(event(UUID.randomUUID().toString(), sku + "-A", 4, 50, 45));
        Map<String, Object> together = EventExamples.example("inventory-events.yaml", "StockLevelsChanged");
        together.put("eventId", UUID.randomUUID().toString());
        List<Map<String, Object>> levels = List.of(event(UUID.randomUUID().toString(), sku + "-B", 2, 20, 18),
                event(UUID.randomUUID().toString(), sku + "-A", 5, 50, 44));
        together.put("levels", levels);
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        properties.setHeader("eventType", "StockLevelsChanged");
        rabbit.send("inventory.stock-levels", "#",
                MessageBuilder.withBody(json.writeValueAsBytes(together)).andProperties(properties).build());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(replicas.findById(new AvailabilityReplica.Key("HCM-Q1", sku + "-A")))
                    .hasValueSatisfying(r -> assertThat(r.getSourceSequence()).isEqualTo(5));
            assertThat(replicas.findById(new AvailabilityReplica.Key("HCM-Q1", sku + "-B")))
                    .hasValueSatisfying(r -> assertThat(r.getAvailable()).isEqualTo(18));
        });
        assertThat(replicas.findById(new AvailabilityReplica.Key("HCM-Q1", sku + "-A")).orElseThrow().getAvailable())
                .isEqualTo(44);
        levels.forEach(level -> assertThat(processed((String) level.get("eventId"))).isEqualTo(1));
    }

    private Map<String, Object> event(String eventId, long sequence, long onHand, long available) {
        return event(eventId, sku, sequence, onHand, available);
    }

    private Map<String, Object> event(String eventId, String sku, long sequence, long onHand, long available) {
        Map<String, Object> event = EventExamples.example("inventory-events.yaml", "StockLevelChanged");
        event.put("eventId", eventId);
        event.put("sku", sku);
        event.put("aggregateId", "HCM-Q1/" + sku);
        event.put("sequence", sequence);
        event.put("onHand", onHand);
        event.put("available", available);
        return event;
    }

    private void publish(Map<String, Object> event) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        rabbit.send("inventory.stock-levels", "#",
                MessageBuilder.withBody(json.writeValueAsBytes(event)).andProperties(properties).build());
    }

    private int processed(String eventId) {
        return jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class, eventId);
    }
}
