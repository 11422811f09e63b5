package com.omnichannel.inventory.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** Read model: every reservation and where it stands. */
@Entity
@Table(name = "reservation")
public class ReservationView implements Persistable<String> {

    public enum Status { ACTIVE, RELEASED, EXPIRED, FULFILLED, SHORTED }

    @Id
    private String reservationId;
    private String locationId;
    private String sku;
    private int quantity;
    private String reference;
    private String channel;
    private String status;
    private Instant expiresAt;
    private Instant createdAt;
    private Instant updatedAt;
    /** A new reservation is inserted without first looking for it (its id is new: the aggregate checked). */
    @Transient
    private boolean isNew;

    protected ReservationView() {
    }

    ReservationView(StockReservedEvent event, Instant at) {
        this.reservationId = event.reservationId();
        this.locationId = event.locationId();
        this.sku = event.sku();
        this.quantity = event.quantity();
        this.reference = event.reference();
        this.channel = event.channel();
        this.expiresAt = event.expiresAt();
        this.status = Status.ACTIVE.name();
        this.createdAt = at;
        this.updatedAt = at;
        this.isNew = true;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    @Override
    public String getId() {
        return reservationId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    void close(Status status, Instant at) {
        this.status = status.name();
        this.updatedAt = at;
    }

    public boolean belongsTo(String locationId, String sku) {
        return this.locationId.equals(locationId) && this.sku.equals(sku);
    }

    public String getReservationId() {
        return reservationId;
    }

    public Status getStatus() {
        return Status.valueOf(status);
    }
}
