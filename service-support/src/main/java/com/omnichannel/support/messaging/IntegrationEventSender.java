package com.omnichannel.support.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Sends integration events and waits for the broker's publisher confirms. Called from tracking event processors
 * that read the event store: when the broker does not confirm, the batch fails, the processor's token does not
 * advance and the events are sent again later (the event store is the outbox).
 */
@Component
public class IntegrationEventSender {

    private static final long CONFIRM_TIMEOUT_SECONDS = 10;
    private static final String PENDING = IntegrationEventSender.class.getName() + ".pending";

    private final StreamBridge streamBridge;

    public IntegrationEventSender(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    /**
     * Sends, and makes sure the broker confirmed before the event processor's token moves on: inside a unit of work
     * (an event processor's batch) the confirms are awaited together when the batch commits; outside one, at once.
     */
    public void send(String binding, String eventId, String eventType, Object payload) {
        CorrelationData confirm = hand(binding, eventId, eventType, payload);
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
            unitOfWork.<List<CorrelationData>>getOrComputeResource(PENDING, key -> {
                List<CorrelationData> pending = new ArrayList<>();
                unitOfWork.onPrepareCommit(u -> pending.forEach(IntegrationEventSender::awaitConfirm));
                return pending;
            }).add(confirm);
        } else {
            awaitConfirm(confirm);
        }
    }

    /** Sends and waits for the broker's confirm at once, in a unit of work or not. */
    public void sendAndAwait(String binding, String eventId, String eventType, Object payload) {
        awaitConfirm(hand(binding, eventId, eventType, payload));
    }

    private CorrelationData hand(String binding, String eventId, String eventType, Object payload) {
        CorrelationData confirm = new CorrelationData(eventId);
        var message = MessageBuilder.withPayload(payload)
                .setHeader("eventType", eventType)
                .setHeader("eventId", eventId)
                .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, confirm)
                .build();
        if (!streamBridge.send(binding, message)) {
            throw new IllegalStateException("Integration event " + eventId + " was not handed to " + binding);
        }
        return confirm;
    }

    private static void awaitConfirm(CorrelationData confirm) {
        String eventId = confirm.getId();
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
