package com.omnichannel.order.cart;

import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps {@code cart_view} in step with the cart events, in the same transaction (a subscribing processor). */
@Component
@ProcessingGroup("carts")
public class CartProjection {

    private final CartViewRepository carts;

    public CartProjection(CartViewRepository carts) {
        this.carts = carts;
    }

    @EventHandler
    void on(CartLineSetEvent e, @Timestamp Instant at) {
        change(e, at, cart -> cart.put(e.line()));
    }

    @EventHandler
    void on(CartLineRemovedEvent e, @Timestamp Instant at) {
        change(e, at, cart -> cart.remove(e.sku()));
    }

    @EventHandler
    void on(CartMergedEvent e, @Timestamp Instant at) {
        change(e, at, cart -> e.lines().forEach(cart::put));
    }

    @EventHandler
    void on(CartHandedOverEvent e, @Timestamp Instant at) {
        change(e, at, CartView::clear);
    }

    @EventHandler
    void on(CartCheckedOutEvent e, @Timestamp Instant at) {
        change(e, at, CartView::clear);
    }

    private void change(CartEvent event, Instant at, Consumer<CartView> change) {
        CartView cart = carts.findById(event.customerId()).orElseGet(() -> new CartView(event.customerId()));
        change.accept(cart);
        cart.touched(event.channel(), at);
        carts.save(cart);
    }
}
