package com.omnichannel.inventory.location;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A location was created or changed: the whole definition after the change (capacity null: unlimited). */
@Revision("1")
public record LocationDefinedEvent(String locationId, String name, String type, double latitude, double longitude,
                                   List<String> capabilities, String pickupHold, Integer dailyOrderCapacity) {

    static LocationDefinedEvent of(DefineLocationCommand c) {
        return new LocationDefinedEvent(c.locationId(), c.name(), c.type(), c.latitude(), c.longitude(),
                List.copyOf(c.capabilities()), c.pickupHold(), c.dailyOrderCapacity());
    }
}
