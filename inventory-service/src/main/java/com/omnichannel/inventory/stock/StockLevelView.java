package com.omnichannel.inventory.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Read model: the current figures of one SKU at one location. */
@Entity
@Table(name = "stock_level")
@IdClass(StockLevelView.Key.class)
public class StockLevelView {

    public record Key(String locationId, String sku) implements Serializable {
        @SuppressWarnings("unused")
        Key() {
            this(null, null);
        }
    }

    @Id
    private String locationId;
    @Id
    private String sku;
    private long onHand;
    private long reserved;
    private long safetyStock;
    private long available;
    private Instant updatedAt;

    protected StockLevelView() {
    }

    StockLevelView(String locationId, String sku) {
        this.locationId = locationId;
        this.sku = sku;
    }

    void apply(StockLevels levels, Instant at) {
        onHand = levels.onHand();
        reserved = levels.reserved();
        safetyStock = levels.safetyStock();
        available = levels.available();
        updatedAt = at;
    }

    public String getLocationId() {
        return locationId;
    }

    public String getSku() {
        return sku;
    }

    public StockLevels levels() {
        return new StockLevels(onHand, reserved, safetyStock);
    }

    public long getAvailable() {
        return available;
    }
}
