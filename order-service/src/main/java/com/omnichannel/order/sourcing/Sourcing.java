package com.omnichannel.order.sourcing;

import com.omnichannel.order.availability.AvailabilityReplica;
import com.omnichannel.order.availability.AvailabilityReplicaRepository;
import com.omnichannel.order.location.LocationReplica;
import com.omnichannel.order.location.LocationReplicaRepository;
import com.omnichannel.order.order.ConsideredLocation;
import com.omnichannel.order.order.ConsideredLocation.Verdict;
import com.omnichannel.order.order.OrderLineItem;
import com.omnichannel.support.geo.GreatCircle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a group may be sent from, with the reasons: every location, nearest to the point first, gets a verdict.
 * Those that serve the group's kind (ship: warehouses, and stores offering ship-from-store; pickup: stores
 * offering pickup) and whose replicated availability covers every line are the candidates, at most
 * {@code omnichannel.orders.max-ship-candidates}: the nearest is CHOSEN, the others are fallbacks (FARTHER). The
 * answer lists the locations up to the last candidate (those that could not serve: the nearest 20), or the
 * nearest 20 when nothing can serve. The reservation itself has the last word: a candidate whose stock went in the
 * meantime is skipped for the next.
 */
@Component
public class Sourcing {

    static final int MAX_EXCLUDED = 20;

    private final LocationReplicaRepository locations;
    private final AvailabilityReplicaRepository availability;

    private final int maxCandidates;

    public Sourcing(LocationReplicaRepository locations, AvailabilityReplicaRepository availability,
                    @Value("${omnichannel.orders.max-ship-candidates:5}") int maxCandidates) {
        this.locations = locations;
        this.availability = availability;
        this.maxCandidates = maxCandidates;
    }

    public List<ConsideredLocation> forShipping(List<OrderLineItem> lines, double latitude, double longitude) {
        return rank("SHIP", lines, null, latitude, longitude);
    }

    /**
     * Where what a short pick at {@code shortAt} left missing may come from instead: for a ship group the ship
     * candidates for the address, for a pickup group the other stores offering pickup, nearest to the store the
     * customer chose. Never {@code shortAt} itself (ALREADY_TRIED): its count was wrong.
     */
    public List<ConsideredLocation> forReroute(String groupType, List<OrderLineItem> lines, String shortAt,
                                               double latitude, double longitude) {
        return rank(groupType, lines, shortAt, latitude, longitude);
    }

    private List<ConsideredLocation> rank(String groupType, List<OrderLineItem> lines, String tried, double latitude,
                                          double longitude) {
        Map<String, Map<String, Long>> available = lines.stream().map(OrderLineItem::sku).distinct()
                .collect(Collectors.toMap(Function.identity(), sku -> availability.findBySku(sku).stream()
                        .collect(Collectors.toMap(AvailabilityReplica::getLocationId, AvailabilityReplica::getAvailable))));
        List<ConsideredLocation> all = new ArrayList<>();
        int candidates = 0;
        int lastCandidate = -1;
        for (LocationReplica l : locations.findAll().stream()
                .sorted(Comparator.comparingDouble((LocationReplica l) -> km(l, latitude, longitude))
                        .thenComparing(LocationReplica::getLocationId)).toList()) {
            Verdict verdict = verdict(groupType, l, tried, lines, available);
            if (verdict == null) {
                if (candidates == maxCandidates) {
                    continue;
                }
                verdict = candidates++ == 0 ? Verdict.CHOSEN : Verdict.FARTHER;
                lastCandidate = all.size();
            }
            all.add(new ConsideredLocation(l.getLocationId(), Math.round(km(l, latitude, longitude) * 100) / 100.0,
                    verdict));
        }
        List<ConsideredLocation> result = new ArrayList<>();
        int excluded = 0;
        for (int i = 0; i < all.size(); i++) {
            ConsideredLocation c = all.get(i);
            if (c.verdict() == Verdict.CHOSEN || c.verdict() == Verdict.FARTHER
                    || c.verdict() == Verdict.ALREADY_TRIED) {
                result.add(c);
            } else if ((lastCandidate < 0 || i < lastCandidate) && excluded++ < MAX_EXCLUDED) {
                result.add(c);
            }
        }
        return result;
    }

    /** Why the location cannot serve the group, or null when it can. */
    private static Verdict verdict(String groupType, LocationReplica location, String tried,
                                   List<OrderLineItem> lines, Map<String, Map<String, Long>> available) {
        if (location.getLocationId().equals(tried)) {
            return Verdict.ALREADY_TRIED;
        }
        if ("PICKUP".equals(groupType) ? !location.offersPickup() : !location.ships()) {
            return "PICKUP".equals(groupType) ? Verdict.NO_PICKUP : Verdict.NO_SHIP_FROM_STORE;
        }
        boolean inStock = lines.stream().allMatch(line -> available.get(line.sku())
                .getOrDefault(location.getLocationId(), 0L) >= line.quantity());
        return inStock ? null : Verdict.NO_STOCK;
    }

    private static double km(LocationReplica location, double latitude, double longitude) {
        return GreatCircle.km(latitude, longitude, location.getLatitude(), location.getLongitude());
    }
}
