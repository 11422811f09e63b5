package com.omnichannel.order.order;

/** Every order event names its order. */
public interface OrderEvent {

    String orderId();
}
