package com.omnichannel.order.order;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer brings goods of the order back to {@code storeId}. Answers the {@link GoodsReturnedEvent}. */
public record ReturnGoodsCommand(@TargetAggregateIdentifier String orderId, String returnId, String storeId,
                                 List<ReturnedLine> lines, String reason, Instant at) {

    public record ReturnedLine(String sku, int quantity) {
    }
}
