package com.omnichannel.order.order;

import java.util.List;

/** A location sourcing weighed for a group, how far it is, and why it was or was not chosen. */
public record ConsideredLocation(String locationId, double distanceKm, Verdict verdict) {

    public enum Verdict { CHOSEN, FARTHER, NO_STOCK, NO_SHIP_FROM_STORE, NO_PICKUP, ALREADY_TRIED }

    /** The locations that can serve, best first: the chosen one, then the fallbacks. */
    public static List<String> candidates(List<ConsideredLocation> considered) {
        return considered.stream().filter(ConsideredLocation::canServe).map(ConsideredLocation::locationId).toList();
    }

    boolean canServe() {
        return verdict == Verdict.CHOSEN || verdict == Verdict.FARTHER;
    }

    ConsideredLocation as(Verdict verdict) {
        return new ConsideredLocation(locationId, distanceKm, verdict);
    }
}
