package com.omnichannel.inventory.location;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates or redefines a location; capabilities are sorted names, the hold an ISO 8601 duration, the daily order
 * capacity null when unlimited.
 */
public record DefineLocationCommand(@TargetAggregateIdentifier String locationId, String name, String type,
                                    double latitude, double longitude, List<String> capabilities,
                                    String pickupHold, Integer dailyOrderCapacity) {
}
