package com.omnichannel.inventory.stock;

/** A stock event about one reservation. */
public interface ReservationEvent extends StockEvent {

    String reservationId();

    int quantity();

    String reference();
}
