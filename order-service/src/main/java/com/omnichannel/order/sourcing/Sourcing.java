package com.omnichannel.order.sourcing;

import com.omnichannel.order.availability.AvailabilityReplica;
import com.omnichannel.order.availability.AvailabilityReplicaRepository;
import com.omnichannel.order.location.LocationReplica;
import com.omnichannel.order.location.LocationReplicaRepository;
import com.omnichannel.order.order.OrderLineItem;
import com.omnichannel.support.geo.GreatCircle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a ship group may be sent from, best first: locations that ship (warehouses, and stores that offer
 * ship-from-store) whose replicated availability covers every line, nearest to the address first, at most
 * {@code omnichannel.orders.max-ship-candidates}. The reservation itself has the last word: a candidate whose
 * stock went in the meantime is skipped for the next. No candidate at all: nobody has the goods.
 */
@Component
public class Sourcing {

    private final LocationReplicaRepository locations;
    private final AvailabilityReplicaRepository availability;

    private final int maxCandidates;

    public Sourcing(LocationReplicaRepository locations, AvailabilityReplicaRepository availability,
                    @Value("${omnichannel.orders.max-ship-candidates:5}") int maxCandidates) {
        this.locations = locations;
        this.availability = availability;
        this.maxCandidates = maxCandidates;
    }

    public List<String> shipCandidates(List<OrderLineItem> lines, double latitude, double longitude) {
        return ranked(LocationReplica::ships, lines, latitude, longitude);
    }

    /**
     * Where what a short pick at {@code shortAt} left missing may come from instead, best first: for a ship group
     * the ship candidates for the address, for a pickup group the other stores offering pickup, nearest to the
     * store the customer chose. Never {@code shortAt} itself: its count was wrong.
     */
    public List<String> rerouteCandidates(String groupType, List<OrderLineItem> lines, String shortAt,
                                          double latitude, double longitude) {
        Predicate<LocationReplica> serves = "PICKUP".equals(groupType) ? LocationReplica::offersPickup
                : LocationReplica::ships;
        return ranked(serves.and(l -> !l.getLocationId().equals(shortAt)), lines, latitude, longitude);
    }

    private List<String> ranked(Predicate<LocationReplica> serves, List<OrderLineItem> lines, double latitude,
                                double longitude) {
        Map<String, Map<String, Long>> available = lines.stream().map(OrderLineItem::sku).distinct()
                .collect(Collectors.toMap(Function.identity(), sku -> availability.findBySku(sku).stream()
                        .collect(Collectors.toMap(AvailabilityReplica::getLocationId, AvailabilityReplica::getAvailable))));
        return locations.findAll().stream()
                .filter(l -> serves.test(l) && coversAll(l, lines, available))
                .sorted(Comparator.comparingDouble((LocationReplica l) -> GreatCircle.km(latitude, longitude,
                                l.getLatitude(), l.getLongitude()))
                        .thenComparing(LocationReplica::getLocationId))
                .limit(maxCandidates)
                .map(LocationReplica::getLocationId)
                .toList();
    }

    private static boolean coversAll(LocationReplica location, List<OrderLineItem> lines,
                                     Map<String, Map<String, Long>> available) {
        return lines.stream().allMatch(line -> available.get(line.sku())
                .getOrDefault(location.getLocationId(), 0L) >= line.quantity());
    }
}
