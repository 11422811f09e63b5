package com.omnichannel.inventory.stock;

/** The answer to a {@link ReserveStockCommand}: accepted, or refused (recorded) with what was available. */
public record ReservationResult(boolean accepted, StockLevels levels) {
}
