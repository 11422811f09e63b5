package com.omnichannel.inventory.location;

import com.omnichannel.support.domain.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocationRepository extends JpaRepository<LocationView, String> {

    default LocationView require(String locationId) {
        return findById(locationId).orElseThrow(() -> new NotFoundException("Unknown location " + locationId));
    }
}
