package com.omnichannel.inventory.stock;

import com.omnichannel.inventory.api.AvailabilityApi;
import com.omnichannel.inventory.api.model.Availability;
import com.omnichannel.inventory.api.model.LocationAvailability;
import com.omnichannel.inventory.api.model.NearbyLocation;
import com.omnichannel.support.geo.GreatCircle;
import com.omnichannel.inventory.location.LocationView;
import com.omnichannel.inventory.location.LocationRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AvailabilityController implements AvailabilityApi {

    private final StockLevelRepository levels;
    private final LocationRepository locations;

    public AvailabilityController(StockLevelRepository levels, LocationRepository locations) {
        this.levels = levels;
        this.locations = locations;
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<Availability> getAvailability(String sku) {
        List<LocationAvailability> perLocation = levels.findBySkuOrderByLocationId(sku).stream()
                .map(v -> new LocationAvailability().locationId(v.getLocationId()).available(v.getAvailable()))
                .toList();
        long network = perLocation.stream().mapToLong(LocationAvailability::getAvailable).sum();
        return ResponseEntity.ok(new Availability().sku(sku).available(network).locations(perLocation));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<List<NearbyLocation>> findNearby(String sku, Double latitude, Double longitude,
                                                           Double radiusKm, Integer quantity, Boolean pickupOnly) {
        Map<String, Long> available = levels.findBySkuOrderByLocationId(sku).stream()
                .collect(Collectors.toMap(StockLevelView::getLocationId, StockLevelView::getAvailable));
        List<NearbyLocation> nearby = locations.findAll().stream()
                .filter(l -> !pickupOnly || l.getCapabilities().contains(LocationView.Capability.PICKUP))
                .filter(l -> available.getOrDefault(l.getLocationId(), 0L) >= quantity)
                .map(l -> new NearbyLocation().locationId(l.getLocationId()).name(l.getName())
                        .distanceKm(GreatCircle.km(latitude, longitude, l.getLatitude(), l.getLongitude()))
                        .available(available.get(l.getLocationId()))
                        .pickup(l.getCapabilities().contains(LocationView.Capability.PICKUP)))
                .filter(n -> n.getDistanceKm() <= radiusKm)
                .sorted(Comparator.comparingDouble(NearbyLocation::getDistanceKm)
                        .thenComparing(NearbyLocation::getLocationId))
                .toList();
        return ResponseEntity.ok(nearby);
    }
}
