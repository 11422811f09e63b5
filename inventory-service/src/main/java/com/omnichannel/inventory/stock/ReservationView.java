package com.omnichannel.inventory.stock;

import com.omnichannel.support.persistence.AssignedIdRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Read model: every reservation and where it stands. */
@Entity
@Table(name = "reservation")
public class ReservationView extends AssignedIdRow<String> {

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
    }

    @Override
    public String getId() {
        return reservationId;
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
