package com.omnichannel.order.cart;

/** Every cart event names the customer and the channel it came from. */
public interface CartEvent {

    String customerId();

    String channel();
}
