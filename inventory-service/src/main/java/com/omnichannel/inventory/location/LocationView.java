package com.omnichannel.inventory.location;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Read model: a store or warehouse that holds stock, as its latest definition says. */
@Entity
@Table(name = "location")
public class LocationView {

    public enum Type { STORE, WAREHOUSE }

    public enum Capability { PICKUP, SHIP_FROM_STORE, IN_STORE_SALE }

    @Id
    private String locationId;
    private String name;
    @Column(name = "location_type")
    private String type;
    private double latitude;
    private double longitude;
    private String capabilities;
    private String pickupHold;
    private Integer dailyOrderCapacity;
    private Instant updatedAt;

    protected LocationView() {
    }

    LocationView(String locationId) {
        this.locationId = locationId;
    }

    void apply(LocationDefinedEvent event, Instant at) {
        this.name = event.name();
        this.type = event.type();
        this.latitude = event.latitude();
        this.longitude = event.longitude();
        this.capabilities = String.join(",", event.capabilities());
        this.pickupHold = event.pickupHold();
        this.dailyOrderCapacity = event.dailyOrderCapacity();
        this.updatedAt = at;
    }

    public String getLocationId() {
        return locationId;
    }

    public String getName() {
        return name;
    }

    public Type getType() {
        return Type.valueOf(type);
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public Set<Capability> getCapabilities() {
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        if (capabilities != null && !capabilities.isBlank()) {
            Arrays.stream(capabilities.split(",")).map(Capability::valueOf).forEach(set::add);
        }
        return set;
    }

    public Duration getPickupHold() {
        return Duration.parse(pickupHold);
    }

    /** Online order groups a day; null when unlimited. */
    public Integer getDailyOrderCapacity() {
        return dailyOrderCapacity;
    }
}
