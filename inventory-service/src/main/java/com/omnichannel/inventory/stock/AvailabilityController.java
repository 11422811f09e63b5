package com.omnichannel.inventory.stock;

import com.omnichannel.inventory.api.AvailabilityApi;
import com.omnichannel.inventory.api.model.Availability;
import com.omnichannel.inventory.api.model.LocationAvailability;
import com.omnichannel.inventory.api.model.NearbyLocation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class AvailabilityController implements AvailabilityApi {

    private final StockLevelRepository levels;

    public AvailabilityController(StockLevelRepository levels) {
        this.levels = levels;
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
    public ResponseEntity<List<NearbyLocation>> findNearby(String sku, Double latitude, Double longitude,
                                                           Double radiusKm, Integer quantity) {
        throw new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED, "Not implemented yet");
    }
}
