package com.omnichannel.inventory.location;

import com.omnichannel.inventory.api.LocationsApi;
import com.omnichannel.inventory.api.model.Capability;
import com.omnichannel.inventory.api.model.LocationInput;
import com.omnichannel.inventory.api.model.LocationType;
import com.omnichannel.support.domain.FieldValidationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LocationController implements LocationsApi {

    static final Duration DEFAULT_PICKUP_HOLD = Duration.ofDays(3);

    private final CommandGateway commands;
    private final LocationRepository locations;

    public LocationController(CommandGateway commands, LocationRepository locations) {
        this.commands = commands;
        this.locations = locations;
    }

    @Override
    public ResponseEntity<com.omnichannel.inventory.api.model.Location> upsertLocation(String locationId,
                                                                                       LocationInput input) {
        Duration hold = pickupHold(input.getPickupHold());
        List<String> capabilities = input.getCapabilities().stream().map(Enum::name).sorted().toList();
        commands.sendAndWait(new DefineLocationCommand(locationId, input.getName(), input.getType().name(),
                input.getLatitude(), input.getLongitude(), capabilities, hold.toString(),
                input.getDailyOrderCapacity()));
        return ResponseEntity.ok(toDto(locations.require(locationId)));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<List<com.omnichannel.inventory.api.model.Location>> listLocations() {
        return ResponseEntity.ok(locations.findAll(Sort.by("locationId")).stream().map(LocationController::toDto)
                .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<com.omnichannel.inventory.api.model.Location> getLocation(String locationId) {
        return ResponseEntity.ok(toDto(locations.require(locationId)));
    }

    private static Duration pickupHold(String value) {
        if (value == null) {
            return DEFAULT_PICKUP_HOLD;
        }
        try {
            Duration hold = Duration.parse(value);
            if (hold.isNegative() || hold.isZero()) {
                throw new FieldValidationException("pickupHold", "must be a positive duration");
            }
            return hold;
        } catch (DateTimeParseException e) {
            throw new FieldValidationException("pickupHold", "must be an ISO 8601 duration such as P3D or PT36H");
        }
    }

    static com.omnichannel.inventory.api.model.Location toDto(LocationView location) {
        return new com.omnichannel.inventory.api.model.Location()
                .locationId(location.getLocationId())
                .name(location.getName())
                .type(LocationType.valueOf(location.getType().name()))
                .latitude(location.getLatitude())
                .longitude(location.getLongitude())
                .capabilities(location.getCapabilities().stream().map(c -> Capability.valueOf(c.name()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .pickupHold(location.getPickupHold().toString())
                .dailyOrderCapacity(location.getDailyOrderCapacity());
    }
}
