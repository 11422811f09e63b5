package com.omnichannel.order.order;

import java.util.Collection;
import java.util.List;

/** A location sourcing weighed for a group, how far it is, and why it was or was not chosen. */
public record ConsideredLocation(String locationId, double distanceKm, Verdict verdict) {

    public enum Verdict {
        CHOSEN, FARTHER, NO_STOCK, NO_SHIP_FROM_STORE, NO_PICKUP, ALREADY_TRIED, NO_CAPACITY, MORE_SPLITS
    }

    /** The locations that can serve, best first: the chosen one, then the fallbacks. */
    public static List<String> candidates(List<ConsideredLocation> considered) {
        return considered.stream().filter(ConsideredLocation::canServe).map(ConsideredLocation::locationId).toList();
    }

    /**
     * The same weighing once the {@code full} locations were found to have no daily capacity left: they are
     * NO_CAPACITY, the first candidate left (or {@code chosen}, when given) is CHOSEN.
     */
    static List<ConsideredLocation> withoutCapacityAt(List<ConsideredLocation> considered, Collection<String> full,
                                                      String chosen) {
        String next = chosen != null ? chosen : candidates(considered).stream().filter(l -> !full.contains(l))
                .findFirst().orElse(null);
        return considered.stream().map(c -> full.contains(c.locationId()) ? c.as(Verdict.NO_CAPACITY)
                : c.locationId().equals(next) ? c.as(Verdict.CHOSEN) : c).toList();
    }

    public boolean canServe() {
        return verdict == Verdict.CHOSEN || verdict == Verdict.FARTHER;
    }

    ConsideredLocation as(Verdict verdict) {
        return new ConsideredLocation(locationId, distanceKm, verdict);
    }
}
