package com.omnichannel.inventory.stock;

import java.util.List;

/** The stock after a shelf sale, and the reservations it left uncovered (shorted, newest first). */
public record SaleOutcome(StockLevels levels, List<String> shortedReservations) {
}
