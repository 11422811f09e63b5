package com.omnichannel.order.order;

/** One line's reservation request at a location. */
public record LineReservation(String reservationId, String sku, int quantity) {
}
