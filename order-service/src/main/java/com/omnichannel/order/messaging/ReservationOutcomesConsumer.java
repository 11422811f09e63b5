package com.omnichannel.order.messaging;

import com.omnichannel.events.ReservationConfirmed;
import com.omnichannel.events.ReservationRejected;
import com.omnichannel.order.order.RecordReservationOutcomeCommand;
import com.omnichannel.support.axon.Writes;
import com.omnichannel.support.messaging.ProcessedEvents;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands inventory-service's answers to the orders that asked, once per event id (recorded in the same transaction
 * as the order's events). Reservations that are not an order's (a POS walk-in, say) are skipped.
 */
@Component("reservationEvents")
public class ReservationOutcomesConsumer implements Consumer<Message<byte[]>> {

    private final CommandGateway commands;
    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final Writes writes;
    private final JsonMapper json;

    public ReservationOutcomesConsumer(CommandGateway commands, ProcessedEvents processed,
                                       TransactionTemplate transactions, Writes writes, JsonMapper json) {
        this.commands = commands;
        this.processed = processed;
        this.transactions = transactions;
        this.writes = writes;
        this.json = json;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String type = String.valueOf(message.getHeaders().get("eventType"));
        if ("ReservationConfirmed".equals(type)) {
            ReservationConfirmed e = json.readValue(message.getPayload(), ReservationConfirmed.class);
            record(e.getEventId().toString(), e.getReference(), e.getReservationId(), true, 0);
        } else if ("ReservationRejected".equals(type)) {
            ReservationRejected e = json.readValue(message.getPayload(), ReservationRejected.class);
            record(e.getEventId().toString(), e.getReference(), e.getReservationId(), false, e.getAvailable());
        }
    }

    /** Order reservations carry "orderId/groupId" as their reference. */
    private void record(String eventId, String reference, String reservationId, boolean confirmed, long available) {
        if (reference == null || !reference.contains("/")) {
            return;
        }
        String orderId = reference.substring(0, reference.indexOf('/'));
        try {
            writes.run(() -> transactions.execute(tx -> processed.firstDelivery(eventId)
                    ? commands.sendAndWait(new RecordReservationOutcomeCommand(orderId, reservationId, confirmed,
                            available)) : null));
        } catch (AggregateNotFoundException notAnOrder) {
            transactions.executeWithoutResult(tx -> processed.firstDelivery(eventId));
        }
    }
}
