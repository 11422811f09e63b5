package com.omnichannel.order.messaging;

import com.omnichannel.events.ReservationConfirmed;
import com.omnichannel.events.ReservationRejected;
import com.omnichannel.events.ReservationsConfirmed;
import com.omnichannel.order.order.RecordReservationOutcomeCommand;
import com.omnichannel.support.messaging.OncePerEvent;
import com.omnichannel.support.messaging.OncePerEvent.Delivery;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands inventory-service's answers to the orders that asked, once per event id (recorded in the same transaction
 * as the order's events). The answers the broker had ready are applied together, in one transaction. Reservations
 * that are not an order's (a POS walk-in, say) are skipped.
 */
@Component("reservationEvents")
public class ReservationOutcomesConsumer implements Consumer<Message<List<byte[]>>> {

    private static final Set<Class<? extends RuntimeException>> NOTHING_TO_DO =
            Set.of(AggregateNotFoundException.class);

    private final CommandGateway commands;
    private final OncePerEvent oncePerEvent;
    private final JsonMapper json;

    public ReservationOutcomesConsumer(CommandGateway commands, OncePerEvent oncePerEvent, JsonMapper json) {
        this.commands = commands;
        this.oncePerEvent = oncePerEvent;
        this.json = json;
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        oncePerEvent.applyAll(OncePerEvent.read(batch, this::deliveries), NOTHING_TO_DO);
    }

    /** What one message tells orders: each entry of a batch on its own, so one handled before a failure is skipped. */
    private List<Delivery> deliveries(String type, byte[] payload) {
        return switch (type) {
            case "ReservationsConfirmed" -> json.readValue(payload, ReservationsConfirmed.class).getConfirmations()
                    .stream().flatMap(e -> confirm(e).stream()).toList();
            case "ReservationConfirmed" -> confirm(json.readValue(payload, ReservationConfirmed.class));
            case "ReservationRejected" -> {
                ReservationRejected e = json.readValue(payload, ReservationRejected.class);
                yield record(e.getEventId().toString(), e.getReference(), e.getReservationId(), false,
                        e.getAvailable());
            }
            default -> List.of();   // released, expired and shorted reservations change no order here
        };
    }

    private List<Delivery> confirm(ReservationConfirmed e) {
        return record(e.getEventId().toString(), e.getReference(), e.getReservationId(), true, 0);
    }

    /** Order reservations carry "orderId/groupId" as their reference. */
    private List<Delivery> record(String eventId, String reference, String reservationId, boolean confirmed,
                                  long available) {
        if (reference == null || !reference.contains("/")) {
            return List.of();
        }
        String orderId = reference.substring(0, reference.indexOf('/'));
        return List.of(new Delivery(eventId, orderId, () -> commands.sendAndWait(new RecordReservationOutcomeCommand(
                orderId, reservationId, confirmed, available))));
    }
}
