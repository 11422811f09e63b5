package com.omnichannel.order.fulfilment;

import com.omnichannel.order.api.ReturnsApi;
import com.omnichannel.order.api.model.Money;
import com.omnichannel.order.api.model.OrderReturn;
import com.omnichannel.order.api.model.ReturnInput;
import com.omnichannel.order.api.model.ReturnLine;
import com.omnichannel.order.location.LocationReplicaRepository;
import com.omnichannel.order.order.GoodsReturnedEvent;
import com.omnichannel.order.order.OrderViewRepository;
import com.omnichannel.order.order.ReturnGoodsCommand;
import com.omnichannel.support.axon.Writes;
import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.idempotency.IdempotentRequests;
import com.omnichannel.support.security.Caller;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Returns in any store, also of orders bought online: the order checks the quantities, the outbox restocks. */
@RestController
public class ReturnsController implements ReturnsApi {

    private final CommandGateway commands;
    private final OrderViewRepository views;
    private final LocationReplicaRepository locations;
    private final IdempotentRequests idempotent;
    private final Writes writes;

    public ReturnsController(CommandGateway commands, OrderViewRepository views, LocationReplicaRepository locations,
                             IdempotentRequests idempotent, Writes writes) {
        this.commands = commands;
        this.views = views;
        this.locations = locations;
        this.idempotent = idempotent;
        this.writes = writes;
    }

    @Override
    public ResponseEntity<OrderReturn> createReturn(String orderId, ReturnInput input, String idempotencyKey) {
        Caller.current().requireWorkingAt(input.getStoreId());
        if (!views.existsById(orderId)) {
            throw new NotFoundException("Unknown order " + orderId);
        }
        if (!locations.existsById(input.getStoreId())) {
            throw new FieldValidationException("storeId", "unknown store " + input.getStoreId());
        }
        // the key is stored in the same transaction as the return: a refused return leaves neither behind
        return writes.run(() -> idempotent.run("order-return", idempotencyKey, List.of(orderId, input),
                OrderReturn.class, () -> {
                    String returnId = "RET-" + UUID.randomUUID();
                    GoodsReturnedEvent returned = commands.sendAndWait(new ReturnGoodsCommand(orderId, returnId,
                            input.getStoreId(), input.getLines().stream()
                            .map(l -> new ReturnGoodsCommand.ReturnedLine(l.getSku(), l.getQuantity())).toList(),
                            input.getReason(), Instant.now()));
                    return ResponseEntity.status(HttpStatus.CREATED).body(toDto(returned));
                }));
    }

    private static OrderReturn toDto(GoodsReturnedEvent e) {
        return new OrderReturn().returnId(e.returnId()).orderId(e.orderId()).storeId(e.storeId())
                .lines(e.lines().stream().map(l -> new ReturnLine().sku(l.sku()).quantity(l.quantity())).toList())
                .reason(e.reason()).refund(new Money().amount(e.refund()).currency(e.currency()))
                .pointsReversed(e.pointsReversed()).createdAt(e.returnedAt().atOffset(ZoneOffset.UTC));
    }
}
