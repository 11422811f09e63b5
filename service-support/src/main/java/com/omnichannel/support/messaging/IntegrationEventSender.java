package com.omnichannel.support.messaging;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Sends an integration event and waits for the broker's publisher confirm. Called from a tracking event
 * processor that reads the event store: when the broker does not confirm, the call fails, the processor's
 * token does not advance and the event is sent again later (the event store is the outbox).
 */
@Component
public class IntegrationEventSender {

    private static final long CONFIRM_TIMEOUT_SECONDS = 10;

    private final StreamBridge streamBridge;

    public IntegrationEventSender(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    public void send(String binding, String eventId, String eventType, Object payload) {
        CorrelationData confirm = new CorrelationData(eventId);
        var message = MessageBuilder.withPayload(payload)
                .setHeader("eventType", eventType)
                .setHeader("eventId", eventId)
                .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, confirm)
                .build();
        if (!streamBridge.send(binding, message)) {
            throw new IllegalStateException("Integration event " + eventId + " was not handed to " + binding);
        }
        try {
            CorrelationData.Confirm result = confirm.getFuture().get(CONFIRM_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!result.ack()) {
                throw new IllegalStateException("Broker refused integration event " + eventId + ": " + result.reason());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker to confirm " + eventId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Broker did not confirm integration event " + eventId, e);
        }
    }
}
