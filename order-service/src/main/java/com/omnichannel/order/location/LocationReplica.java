package com.omnichannel.order.location;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** order-service's copy of a store or warehouse, from inventory-service's LocationChanged events. */
@Entity
@Table(name = "location_replica")
public class LocationReplica {

    @Id
    private String locationId;
    private String name;
    private String locationType;
    private double latitude;
    private double longitude;
    private String capabilities;
    private String pickupHold;
    private Integer dailyOrderCapacity;
    private long sourceSequence;

    protected LocationReplica() {
    }

    LocationReplica(String locationId) {
        this.locationId = locationId;
        this.sourceSequence = -1;
    }

    boolean update(long sequence, String name, String type, double latitude, double longitude,
                   Set<String> capabilities, String pickupHold, Integer dailyOrderCapacity) {
        if (sequence <= sourceSequence) {
            return false;
        }
        this.sourceSequence = sequence;
        this.name = name;
        this.locationType = type;
        this.latitude = latitude;
        this.longitude = longitude;
        this.capabilities = capabilities.stream().sorted().collect(Collectors.joining(","));
        this.pickupHold = pickupHold;
        this.dailyOrderCapacity = dailyOrderCapacity;
        return true;
    }

    public String getLocationId() {
        return locationId;
    }

    public String getName() {
        return name;
    }

    public boolean isWarehouse() {
        return "WAREHOUSE".equals(locationType);
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public boolean offersPickup() {
        return has("PICKUP");
    }

    /** Warehouses ship; stores only when they offer ship-from-store. */
    public boolean ships() {
        return isWarehouse() || has("SHIP_FROM_STORE");
    }

    public Duration getPickupHold() {
        return Duration.parse(pickupHold);
    }

    /** Ship groups sourcing may send here per day; null when unlimited. */
    public Integer getDailyOrderCapacity() {
        return dailyOrderCapacity;
    }

    private boolean has(String capability) {
        return capabilities != null && Arrays.asList(capabilities.split(",")).contains(capability);
    }
}
