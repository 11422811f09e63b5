package com.omnichannel.inventory.messaging;

import com.omnichannel.events.ReservationFulfilmentRequested;
import com.omnichannel.events.ReservationReleaseRequested;
import com.omnichannel.events.ReservationRequested;
import com.omnichannel.events.ReservationsRequested;
import com.omnichannel.events.StockReturned;
import com.omnichannel.inventory.stock.FulfilReservationCommand;
import com.omnichannel.inventory.stock.ReceiveStockCommand;
import com.omnichannel.inventory.stock.ReleaseReservationCommand;
import com.omnichannel.inventory.stock.ReservationNotLiveException;
import com.omnichannel.inventory.stock.ReserveStockCommand;
import com.omnichannel.inventory.stock.StockItemId;
import com.omnichannel.support.messaging.OncePerEvent;
import com.omnichannel.support.messaging.OncePerEvent.Delivery;
import java.util.List;
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
 * command's events (the id of each entry, for the requests that come together in a ReservationsRequested). Reservation
 * outcomes go back as ReservationConfirmed or ReservationRejected through the outbox.
 */
@Component("stockRequests")
public class StockRequestsConsumer implements Consumer<Message<List<byte[]>>> {

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

    /** The requests the broker had ready, applied together (one transaction), each once. */
    @Override
    public void accept(Message<List<byte[]>> batch) {
        oncePerEvent.applyAll(OncePerEvent.read(batch, this::deliveries), NOTHING_TO_DO);
    }

    private Delivery reserve(ReservationRequested r) {
        String item = StockItemId.of(r.getLocationId(), r.getSku()).toString();
        return new Delivery(r.getEventId().toString(), item, () -> commands.sendAndWait(
                new ReserveStockCommand(item, r.getLocationId(), r.getSku(), r.getReservationId(),
                        Math.toIntExact(r.getQuantity()), r.getOrderId() + "/" + r.getGroupId(),
                        r.getChannel().getValue(), null, true)));
    }

    /** What one message asks: a ReservationsRequested asks each of its entries, in their order. */
    private List<Delivery> deliveries(String type, byte[] payload) {
        switch (type) {
            case "ReservationsRequested" -> {
                return json.readValue(payload, ReservationsRequested.class).getRequests().stream()
                        .map(this::reserve).toList();
            }
            case "ReservationRequested" -> {
                return List.of(reserve(json.readValue(payload, ReservationRequested.class)));
            }
            case "ReservationReleaseRequested" -> {
                ReservationReleaseRequested r = json.readValue(payload, ReservationReleaseRequested.class);
                String item = StockItemId.of(r.getLocationId(), r.getSku()).toString();
                return List.of(new Delivery(r.getEventId().toString(), item, () -> commands.sendAndWait(
                        new ReleaseReservationCommand(item, r.getReservationId()))));
            }
            case "ReservationFulfilmentRequested" -> {
                ReservationFulfilmentRequested r = json.readValue(payload, ReservationFulfilmentRequested.class);
                String item = StockItemId.of(r.getLocationId(), r.getSku()).toString();
                return List.of(new Delivery(r.getEventId().toString(), item, () -> commands.sendAndWait(
                        new FulfilReservationCommand(item, r.getReservationId()))));
            }
            case "StockReturned" -> {
                StockReturned r = json.readValue(payload, StockReturned.class);
                StockItemId item = StockItemId.of(r.getLocationId(), r.getSku());
                return List.of(new Delivery(r.getEventId().toString(), item.toString(), () -> commands.sendAndWait(
                        new ReceiveStockCommand(item, Math.toIntExact(r.getQuantity()),
                                "return:" + r.getOrderId() + "/" + r.getReturnId()))));
            }
            default -> {
                log.warn("Ignoring a stock request of unknown type {}", type);
                return List.of();
            }
        }
    }
}
