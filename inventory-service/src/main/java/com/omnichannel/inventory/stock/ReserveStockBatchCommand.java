package com.omnichannel.inventory.stock;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Several reservations of one stock item, decided in order and stored in one transaction. */
public record ReserveStockBatchCommand(@TargetAggregateIdentifier String stockItemId,
                                       List<ReserveStockCommand> requests) {
}
