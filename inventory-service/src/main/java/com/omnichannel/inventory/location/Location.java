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
import java.util.stream.Collectors;

/** A store or warehouse that holds stock. */
@Entity
@Table(name = "location")
public class Location {

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
    private int dailyOrderCapacity;
    private Instant updatedAt;

    protected Location() {
    }

    public Location(String locationId) {
        this.locationId = locationId;
    }

    public void update(String name, Type type, double latitude, double longitude, Set<Capability> capabilities,
                       Duration pickupHold, int dailyOrderCapacity) {
        this.name = name;
        this.type = type.name();
        this.latitude = latitude;
        this.longitude = longitude;
        this.capabilities = capabilities.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.pickupHold = pickupHold.toString();
        this.dailyOrderCapacity = dailyOrderCapacity;
        this.updatedAt = Instant.now();
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

    public int getDailyOrderCapacity() {
        return dailyOrderCapacity;
    }
}
