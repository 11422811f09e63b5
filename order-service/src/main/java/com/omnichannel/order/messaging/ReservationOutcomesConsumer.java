package com.omnichannel.order.messaging;

import com.omnichannel.events.ReservationConfirmed;
import com.omnichannel.events.ReservationRejected;
import com.omnichannel.events.ReservationsConfirmed;
import com.omnichannel.order.order.RecordReservationOutcomeCommand;
import com.omnichannel.support.messaging.OncePerEvent;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands inventory-service's answers to the orders that asked, once per event id (recorded in the same transaction
 * as the order's events). Reservations that are not an order's (a POS walk-in, say) are skipped.
 */
@Component("reservationEvents")
public class ReservationOutcomesConsumer implements Consumer<Message<byte[]>> {

    private final CommandGateway commands;
    private final OncePerEvent oncePerEvent;
    private final JsonMapper json;

    public ReservationOutcomesConsumer(CommandGateway commands, OncePerEvent oncePerEvent, JsonMapper json) {
        this.commands = commands;
        this.oncePerEvent = oncePerEvent;
        this.json = json;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String type = String.valueOf(message.getHeaders().get("eventType"));
        if ("ReservationsConfirmed".equals(type)) {
            json.readValue(message.getPayload(), ReservationsConfirmed.class).getConfirmations().forEach(this::confirm);
        } else if ("ReservationConfirmed".equals(type)) {
            confirm(json.readValue(message.getPayload(), ReservationConfirmed.class));
        } else if ("ReservationRejected".equals(type)) {
            ReservationRejected e = json.readValue(message.getPayload(), ReservationRejected.class);
            record(e.getEventId().toString(), e.getReference(), e.getReservationId(), false, e.getAvailable());
        }
    }

    /** Each entry of a batch on its own: one that was handled before a failure is skipped on redelivery. */
    private void confirm(ReservationConfirmed e) {
        record(e.getEventId().toString(), e.getReference(), e.getReservationId(), true, 0);
    }

    /** Order reservations carry "orderId/groupId" as their reference. */
    private void record(String eventId, String reference, String reservationId, boolean confirmed, long available) {
        if (reference == null || !reference.contains("/")) {
            return;
        }
        String orderId = reference.substring(0, reference.indexOf('/'));
        oncePerEvent.apply(eventId, () -> commands.sendAndWait(new RecordReservationOutcomeCommand(orderId,
                reservationId, confirmed, available)), Set.of(AggregateNotFoundException.class));
    }
}
