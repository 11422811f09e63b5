package com.omnichannel.inventory.stock;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set {@code quantity} aside for {@code reference}. {@code expiresAt} null: held until released or fulfilled.
 * {@code recordRejection}: a refusal is stored as an event (requests that arrive as messages and are answered by
 * messages); a refusal answered synchronously stores nothing.
 */
public record ReserveStockCommand(@TargetAggregateIdentifier String stockItemId, String locationId, String sku,
                                  String reservationId, int quantity, String reference, String channel,
                                  Instant expiresAt, boolean recordRejection) {
}
