package com.omnichannel.order.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.omnichannel.order.order.RecordReservationOutcomeCommand;
import com.omnichannel.support.messaging.OncePerEvent;
import com.omnichannel.support.messaging.OncePerEvent.Delivery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/** inventory-service's answers reach the orders that asked: batches entry by entry, each entry once. */
class ReservationOutcomesConsumerTest {

    private final List<RecordReservationOutcomeCommand> sent = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private OncePerEvent oncePerEvent;
    private ReservationOutcomesConsumer consumer;

    @BeforeEach
    void setUp() {
        CommandGateway commands = mock(CommandGateway.class);
        doAnswer(call -> sent.add(call.getArgument(0))).when(commands).sendAndWait(any());
        oncePerEvent = mock(OncePerEvent.class);
        doAnswer(call -> {
            call.<List<Delivery>>getArgument(0).stream().filter(d -> seen.add(d.eventId()))
                    .forEach(d -> d.effect().run());
            return null;
        }).when(oncePerEvent).applyAll(any(), any());
        consumer = new ReservationOutcomesConsumer(commands, oncePerEvent, JsonMapper.builder().build());
    }

    @Test
    void everyOrderReservationOfABatchIsConfirmed_onceEvenWhenTheBatchComesAgain_andOthersAreSkipped() {
        Message<List<byte[]>> batch = message("ReservationsConfirmed", """
                {"eventId":"9a1e0c55-2b7d-4c3e-8f60-71d2a4b9e0c8","schemaVersion":1,"aggregateId":"S1/SKU-1",
                 "occurredAt":"2026-11-26T10:00:00Z","locationId":"S1","sku":"SKU-1","confirmations":[
                  %s, %s, %s]}""".formatted(
                confirmed("5d3c7a92-1e4b-4f0a-8c6d-9b2e0f1a3c57", "R1", "ORD-1/G1"),
                confirmed("0c2d9e41-7a3b-4f18-9e5c-2b6a8d1f4e73", "R2", "walk-in"),
                confirmed("6e8a2f90-4c1d-4b7e-a3f5-9d0b1c2e7a64", "R3", "ORD-2/G1")));

        consumer.accept(batch);
        consumer.accept(batch);

        assertThat(sent).containsExactly(new RecordReservationOutcomeCommand("ORD-1", "R1", true, 0),
                new RecordReservationOutcomeCommand("ORD-2", "R3", true, 0));
    }

    @Test
    void aSingleConfirmationSentBeforeBatchesIsStillRecorded() {
        consumer.accept(message("ReservationConfirmed",
                confirmed("5d3c7a92-1e4b-4f0a-8c6d-9b2e0f1a3c57", "R1", "ORD-1/G1")));

        assertThat(sent).containsExactly(new RecordReservationOutcomeCommand("ORD-1", "R1", true, 0));
    }

    @Test
    void theMessagesTheBrokerHandsOverTogetherAreEachReadByTheirOwnType_andAppliedAsOneBatch() {
        Message<List<byte[]>> batch = MessageBuilder.withPayload(List.of(
                        confirmed("5d3c7a92-1e4b-4f0a-8c6d-9b2e0f1a3c57", "R1", "ORD-1/G1").getBytes(UTF_8),
                        """
                        {"eventId":"3f6b1d2e-8a4c-4e7f-b9d0-5c2a1e3f4b68","schemaVersion":1,"aggregateId":"S1/SKU-1",
                         "occurredAt":"2026-11-26T10:00:01Z","reservationId":"R2","locationId":"S1","sku":"SKU-1",
                         "quantity":3,"reference":"ORD-2/G1","available":1}""".getBytes(UTF_8),
                        "{}".getBytes(UTF_8)))
                .setHeader("amqp_batchedHeaders", List.of(Map.of("eventType", "ReservationConfirmed"),
                        Map.of("eventType", "ReservationRejected"), Map.of("eventType", "ReservationReleased")))
                .build();

        consumer.accept(batch);

        verify(oncePerEvent).applyAll(any(), any());
        assertThat(sent).containsExactly(new RecordReservationOutcomeCommand("ORD-1", "R1", true, 0),
                new RecordReservationOutcomeCommand("ORD-2", "R2", false, 1));
    }

    @Test
    void aMessageThatCannotBeReadBecomesOneFailingDelivery_besideTheOthersOfItsBatch() {
        List<List<Delivery>> applied = new ArrayList<>();
        doAnswer(call -> applied.add(call.getArgument(0))).when(oncePerEvent).applyAll(any(), any());
        Message<List<byte[]>> batch = MessageBuilder.withPayload(List.of("{\"eventId\":".getBytes(UTF_8),
                        confirmed("5d3c7a92-1e4b-4f0a-8c6d-9b2e0f1a3c57", "R1", "ORD-1/G1").getBytes(UTF_8)))
                .setHeader("amqp_batchedHeaders", List.of(
                        Map.of("eventType", "ReservationsConfirmed", "eventId", "c0ffee00-0000-4000-8000-000000000001"),
                        Map.of("eventType", "ReservationConfirmed")))
                .build();

        consumer.accept(batch);

        List<Delivery> deliveries = applied.get(0);
        assertThat(deliveries).extracting(Delivery::eventId).containsExactly("c0ffee00-0000-4000-8000-000000000001",
                "5d3c7a92-1e4b-4f0a-8c6d-9b2e0f1a3c57");
        assertThatThrownBy(() -> deliveries.get(0).effect().run()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c0ffee00-0000-4000-8000-000000000001");
        deliveries.get(1).effect().run();
        assertThat(sent).containsExactly(new RecordReservationOutcomeCommand("ORD-1", "R1", true, 0));
    }

    private static String confirmed(String eventId, String reservationId, String reference) {
        return """
                {"eventId":"%s","schemaVersion":1,"aggregateId":"S1/SKU-1","occurredAt":"2026-11-26T10:00:00Z",
                 "reservationId":"%s","locationId":"S1","sku":"SKU-1","quantity":1,"reference":"%s"}"""
                .formatted(eventId, reservationId, reference);
    }

    /** One message as the binder hands it over in batch mode: a batch of one. */
    private static Message<List<byte[]>> message(String type, String json) {
        return MessageBuilder.withPayload(List.of(json.getBytes(UTF_8)))
                .setHeader("amqp_batchedHeaders", List.of(Map.of("eventType", type))).build();
    }
}
