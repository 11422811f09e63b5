package com.omnichannel.order.availability;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** order-service's copy of what inventory-service can promise for one SKU at one location. */
@Entity
@Table(name = "availability_replica")
@IdClass(AvailabilityReplica.Key.class)
public class AvailabilityReplica {

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
    private long available;
    private long sourceSequence;
    private Instant sourceTime;

    protected AvailabilityReplica() {
    }

    AvailabilityReplica(String locationId, String sku) {
        this.locationId = locationId;
        this.sku = sku;
        this.sourceSequence = -1;
    }

    /** Applies a newer figure; an older one that arrives late is ignored. */
    boolean update(long sequence, long onHand, long available, Instant at) {
        if (sequence <= sourceSequence) {
            return false;
        }
        this.sourceSequence = sequence;
        this.onHand = onHand;
        this.available = available;
        this.sourceTime = at;
        return true;
    }

    public String getLocationId() {
        return locationId;
    }

    public String getSku() {
        return sku;
    }

    public long getOnHand() {
        return onHand;
    }

    public long getAvailable() {
        return available;
    }

    public long getSourceSequence() {
        return sourceSequence;
    }
}
