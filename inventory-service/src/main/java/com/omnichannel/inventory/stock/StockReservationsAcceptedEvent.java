package com.omnichannel.inventory.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Reservations of one stock item accepted by one command, in the order they were decided, stored as one event:
 * a hot item then costs one event row, one serialization and one snapshot count per batch instead of one per
 * reservation. {@code levels} are the figures after the last of them. Older event streams hold one
 * {@link StockReservedEvent} per reservation; {@link #each()} gives a batch in that form.
 */
@Revision("1")
public record StockReservationsAcceptedEvent(String stockItemId, String locationId, String sku,
                                             List<Accepted> reservations, StockLevels levels)
        implements StockEvent {

    public record Accepted(String reservationId, int quantity, String reference, String channel, Instant expiresAt) {
    }

    /** The reservations one by one, each with the figures right after it. */
    public List<StockReservedEvent> each() {
        List<StockReservedEvent> each = new ArrayList<>(reservations.size());
        StockLevels after = levels;
        for (int i = reservations.size() - 1; i >= 0; i--) {
            Accepted a = reservations.get(i);
            each.add(new StockReservedEvent(stockItemId, locationId, sku, a.reservationId(), a.quantity(),
                    a.reference(), a.channel(), a.expiresAt(), after));
            after = after.withReserved(after.reserved() - a.quantity());
        }
        Collections.reverse(each);
        return each;
    }
}
