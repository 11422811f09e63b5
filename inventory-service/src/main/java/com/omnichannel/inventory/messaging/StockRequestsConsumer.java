package com.omnichannel.inventory.messaging;

import com.omnichannel.events.ReservationFulfilmentRequested;
import com.omnichannel.events.ReservationReleaseRequested;
import com.omnichannel.events.ReservationRequested;
import com.omnichannel.events.StockReturned;
import com.omnichannel.inventory.stock.FulfilReservationCommand;
import com.omnichannel.inventory.stock.ReceiveStockCommand;
import com.omnichannel.inventory.stock.ReleaseReservationCommand;
import com.omnichannel.inventory.stock.ReservationNotLiveException;
import com.omnichannel.inventory.stock.ReserveStockCommand;
import com.omnichannel.inventory.stock.StockItemId;
import com.omnichannel.support.messaging.OncePerEvent;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out what orders ask of the stock (reserve, release, fulfil, take a return back as a receipt referenced
 * {@code return:<orderId>/<returnId>}), once per event id: the id is recorded in the same transaction as the
 * command's events. Reservation outcomes go back as ReservationConfirmed or ReservationRejected through the outbox.
 */
@Component("stockRequests")
public class StockRequestsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(StockRequestsConsumer.class);

    private static final Set<Class<? extends RuntimeException>> NOTHING_TO_DO =
            Set.of(AggregateNotFoundException.class, ReservationNotLiveException.class);

    private final CommandGateway commands;
    private final OncePerEvent oncePerEvent;
    private final JsonMapper json;

    public StockRequestsConsumer(CommandGateway commands, OncePerEvent oncePerEvent, JsonMapper json) {
        this.commands = commands;
        this.oncePerEvent = oncePerEvent;
        this.json = json;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String type = String.valueOf(message.getHeaders().get("eventType"));
        switch (type) {
            case "ReservationRequested" -> {
                ReservationRequested r = json.readValue(message.getPayload(), ReservationRequested.class);
                once(r.getEventId().toString(), () -> commands.sendAndWait(new ReserveStockCommand(
                        StockItemId.of(r.getLocationId(), r.getSku()).toString(), r.getLocationId(), r.getSku(),
                        r.getReservationId(), Math.toIntExact(r.getQuantity()), r.getOrderId() + "/" + r.getGroupId(),
                        r.getChannel().getValue(), null, true)));
            }
            case "ReservationReleaseRequested" -> {
                ReservationReleaseRequested r = json.readValue(message.getPayload(), ReservationReleaseRequested.class);
                once(r.getEventId().toString(), () -> commands.sendAndWait(new ReleaseReservationCommand(
                        StockItemId.of(r.getLocationId(), r.getSku()).toString(), r.getReservationId())));
            }
            case "ReservationFulfilmentRequested" -> {
                ReservationFulfilmentRequested r = json.readValue(message.getPayload(),
                        ReservationFulfilmentRequested.class);
                once(r.getEventId().toString(), () -> commands.sendAndWait(new FulfilReservationCommand(
                        StockItemId.of(r.getLocationId(), r.getSku()).toString(), r.getReservationId())));
            }
            case "StockReturned" -> {
                StockReturned r = json.readValue(message.getPayload(), StockReturned.class);
                once(r.getEventId().toString(), () -> commands.sendAndWait(new ReceiveStockCommand(
                        StockItemId.of(r.getLocationId(), r.getSku()), Math.toIntExact(r.getQuantity()),
                        "return:" + r.getOrderId() + "/" + r.getReturnId())));
            }
            default -> log.warn("Ignoring a stock request of unknown type {}", type);
        }
    }

    private void once(String eventId, Runnable command) {
        oncePerEvent.apply(eventId, command, NOTHING_TO_DO);
    }
}
