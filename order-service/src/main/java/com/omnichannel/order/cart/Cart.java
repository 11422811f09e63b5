package com.omnichannel.order.cart;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.omnichannel.support.domain.BusinessRuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** One live cart per customer, shared by every channel; each change records the channel it came from. */
@Aggregate
public class Cart {

    /** As many lines as an order may have: a full cart can always be placed. */
    public static final int MAX_LINES = 100;
    static final String CART_FULL = "cart-full";

    @AggregateIdentifier
    private String customerId;
    private final Map<String, CartLine> lines = new LinkedHashMap<>();

    protected Cart() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetCartLineCommand command) {
        CartLine line = command.line();
        if (line.quantity() < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
        if (line.quantity() == 0) {
            if (lines.containsKey(line.sku())) {
                apply(new CartLineRemovedEvent(command.customerId(), line.sku(), command.channel()));
            }
        } else if (!line.equals(lines.get(line.sku()))) {
            if (!lines.containsKey(line.sku()) && lines.size() >= MAX_LINES) {
                throw full();
            }
            apply(new CartLineSetEvent(command.customerId(), line, command.channel()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveCartLineCommand command) {
        if (lines.containsKey(command.sku())) {
            apply(new CartLineRemovedEvent(command.customerId(), command.sku(), command.channel()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<CartLine> handle(HandOverCartCommand command) {
        List<CartLine> given = List.copyOf(lines.values());
        if (!given.isEmpty()) {
            apply(new CartHandedOverEvent(command.guestId(), command.intoCustomerId(), given, command.channel()));
        }
        return given;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(MergeCartCommand command) {
        if (command.lines().isEmpty()) {
            return;
        }
        List<CartLine> merged = new ArrayList<>();
        for (CartLine incoming : command.lines()) {
            CartLine mine = lines.get(incoming.sku());
            merged.add(mine == null ? incoming : mine.withQuantity(mine.quantity() + incoming.quantity()));
        }
        if (lines.size() + merged.stream().filter(l -> !lines.containsKey(l.sku())).count() > MAX_LINES) {
            throw full();
        }
        apply(new CartMergedEvent(command.customerId(), command.fromCustomerId(), merged, command.channel()));
    }

    @CommandHandler
    public void handle(CheckOutCartCommand command) {
        apply(new CartCheckedOutEvent(command.customerId(), command.orderId(), command.channel()));
    }

    private static BusinessRuleViolation full() {
        return new BusinessRuleViolation(CART_FULL, "A cart holds at most " + MAX_LINES + " lines",
                Map.of("maxLines", MAX_LINES));
    }

    @EventSourcingHandler
    void on(CartEvent event) {
        customerId = event.customerId();
    }

    @EventSourcingHandler
    void on(CartLineSetEvent event) {
        customerId = event.customerId();
        lines.put(event.line().sku(), event.line());
    }

    @EventSourcingHandler
    void on(CartLineRemovedEvent event) {
        customerId = event.customerId();
        lines.remove(event.sku());
    }

    @EventSourcingHandler
    void on(CartMergedEvent event) {
        customerId = event.customerId();
        event.lines().forEach(l -> lines.put(l.sku(), l));
    }

    @EventSourcingHandler
    void on(CartHandedOverEvent event) {
        customerId = event.customerId();
        lines.clear();
    }

    @EventSourcingHandler
    void on(CartCheckedOutEvent event) {
        customerId = event.customerId();
        lines.clear();
    }
}
