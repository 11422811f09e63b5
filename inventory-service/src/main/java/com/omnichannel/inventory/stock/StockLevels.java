package com.omnichannel.inventory.stock;

/** The figures of one stock item after an event: what the projections and integration events need. */
public record StockLevels(long onHand, long reserved, long safetyStock) {

    public static final StockLevels NONE = new StockLevels(0, 0, 0);

    /** What can still be promised: never below zero. */
    public long available() {
        return Math.max(0, onHand - reserved - safetyStock);
    }

    StockLevels withOnHand(long value) {
        return new StockLevels(value, reserved, safetyStock);
    }

    StockLevels withReserved(long value) {
        return new StockLevels(onHand, value, safetyStock);
    }

    StockLevels withSafetyStock(long value) {
        return new StockLevels(onHand, reserved, value);
    }
}
