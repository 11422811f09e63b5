package com.omnichannel.order.order;

import com.omnichannel.order.api.OrdersApi;
import com.omnichannel.order.api.model.CancellationInput;
import com.omnichannel.order.api.model.Order;
import com.omnichannel.order.api.model.PlaceOrderInput;
import com.omnichannel.support.axon.Writes;
import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.idempotency.IdempotentRequests;
import com.omnichannel.support.security.Caller;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
public class OrderController implements OrdersApi {

    private final OrderPlacement placement;
    private final CommandGateway commands;
    private final OrderViewRepository views;
    private final OrderDocuments documents;
    private final IdempotentRequests idempotent;
    private final Writes writes;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    public OrderController(OrderPlacement placement, CommandGateway commands, OrderViewRepository views,
                           OrderDocuments documents, IdempotentRequests idempotent, Writes writes, JsonMapper json,
                           TransactionTemplate transactions) {
        this.placement = placement;
        this.commands = commands;
        this.views = views;
        this.documents = documents;
        this.idempotent = idempotent;
        this.writes = writes;
        this.json = json;
        this.transactions = transactions;
    }

    /**
     * Answered 201 at once with the order PLACED; it reaches CONFIRMED or REJECTED asynchronously. The answer is the
     * document the placement's transaction is about to store, not read back after it.
     */
    @Override
    public ResponseEntity<Order> placeOrder(PlaceOrderInput input, String idempotencyKey) {
        Caller caller = Caller.current();
        caller.requireActingFor(input.getCustomerId());
        caller.requireChannel(input.getChannel());
        return writes.run(() -> idempotent.run("order", idempotencyKey, input, Order.class, () ->
                transactions.execute(tx -> {
                    String orderId = placement.place(input);
                    return ResponseEntity.created(URI.create("/v1/orders/" + orderId)).body(order(orderId));
                })));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<Order> getOrder(String orderId) {
        return ResponseEntity.ok(ownOrder(orderId));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<List<Order>> listCustomerOrders(String customerId) {
        return ResponseEntity.ok(views.findByCustomerIdOrderByPlacedAtDesc(customerId).stream()
                .map(v -> json.readValue(v.getDocument(), Order.class)).toList());
    }

    @Override
    public ResponseEntity<Order> cancelOrder(String orderId, CancellationInput input) {
        ownOrder(orderId);
        try {
            writes.run(() -> commands.sendAndWait(new CancelOrderCommand(orderId,
                    input.getReason() == null ? "cancelled" : input.getReason())));
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("Unknown order " + orderId);
        }
        return ResponseEntity.ok(order(orderId));
    }

    /** A customer token sees and cancels its own orders only. */
    private Order ownOrder(String orderId) {
        Order order = order(orderId);
        Caller.current().requireActingFor(order.getCustomerId());
        return order;
    }

    private Order order(String orderId) {
        return documents.find(orderId).orElseThrow(() -> new NotFoundException("Unknown order " + orderId));
    }
}
