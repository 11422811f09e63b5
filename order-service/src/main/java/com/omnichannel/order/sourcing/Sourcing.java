package com.omnichannel.order.sourcing;

import com.omnichannel.order.availability.AvailabilityReplica;
import com.omnichannel.order.availability.AvailabilityReplicaRepository;
import com.omnichannel.order.location.LocationReplica;
import com.omnichannel.order.location.LocationReplicaRepository;
import com.omnichannel.order.order.ConsideredLocation;
import com.omnichannel.order.order.ConsideredLocation.Verdict;
import com.omnichannel.order.order.OrderLineItem;
import com.omnichannel.support.geo.GreatCircle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where groups may be sent from, with the reasons: every location, nearest to the point first, gets a verdict.
 *
 * <p>The ship lines of an order: a location can serve a line when it ships (a warehouse, or a store offering
 * ship-from-store), has a slot of its {@link DailyCapacity} left today and its replicated availability covers the
 * line's whole quantity (a line is never split). When locations can serve every line, the lines stay one group: the
 * nearest such location is CHOSEN, the next ones (at most {@code omnichannel.orders.max-ship-candidates}) are
 * fallbacks (FARTHER), and those serving only some lines lost on splits (MORE_SPLITS); a location with none of a
 * group's lines has NO_STOCK. When none can, the lines are
 * split across the fewest locations, one group each; among splits of the same count the one with the nearest
 * locations wins (compared nearest first), and each line goes to the nearest of them that has it. Each group's
 * fallbacks are the farther locations that have all its lines.
 *
 * <p>The answer lists the locations up to the last candidate (those that could not serve: the nearest 20), or the
 * nearest 20 when nothing can serve. The reservation itself has the last word: a candidate whose stock went in the
 * meantime is skipped for the next.
 */
@Component
public class Sourcing {

    static final int MAX_EXCLUDED = 20;
    /** The nearest locations serving part of the lines that splits are looked for among (2^12 sets at most). */
    static final int MAX_SPLIT_LOCATIONS = 12;

    /** Lines that go together, and the locations weighed for them. */
    public record Sourced(List<OrderLineItem> lines, List<ConsideredLocation> considered) {
    }

    private record Weighed(LocationReplica location, double km, Verdict excluded, BitSet serves) {
    }

    private final LocationReplicaRepository locations;
    private final AvailabilityReplicaRepository availability;
    private final DailyCapacity capacity;

    private final int maxCandidates;

    public Sourcing(LocationReplicaRepository locations, AvailabilityReplicaRepository availability,
                    DailyCapacity capacity, @Value("${omnichannel.orders.max-ship-candidates:5}") int maxCandidates) {
        this.locations = locations;
        this.availability = availability;
        this.capacity = capacity;
        this.maxCandidates = maxCandidates;
    }

    /** The ship groups of an order placed at {@code at}: one, or the fewest splits when no location has it all. */
    public List<Sourced> forShipping(List<OrderLineItem> lines, double latitude, double longitude, Instant at) {
        Map<String, Integer> taken = capacity.taken(capacity.day(at));
        List<Weighed> weighed = weigh("SHIP", lines, null, latitude, longitude, taken);
        BitSet all = new BitSet();
        all.set(0, lines.size());
        if (weighed.stream().anyMatch(w -> w.serves().equals(all))) {
            return List.of(new Sourced(lines, considered(weighed, all, null, true)));
        }
        List<Weighed> partial = weighed.stream().filter(w -> !w.serves().isEmpty()).limit(MAX_SPLIT_LOCATIONS)
                .toList();
        List<Weighed> split = fewestSplits(partial, lines.size());
        if (split == null) {
            return List.of(new Sourced(lines, considered(weighed, all, null, false)));
        }
        Map<Weighed, BitSet> assigned = new LinkedHashMap<>();
        split.forEach(w -> assigned.put(w, new BitSet()));
        for (int line = 0; line < lines.size(); line++) {
            for (Weighed w : split) {
                if (w.serves().get(line)) {
                    assigned.get(w).set(line);
                    break;
                }
            }
        }
        List<Sourced> groups = new ArrayList<>();
        assigned.forEach((chosen, own) -> groups.add(new Sourced(own.stream().mapToObj(lines::get).toList(),
                considered(weighed, own, chosen, true))));
        return groups;
    }

    /**
     * Where what a short pick at {@code shortAt} left missing may come from instead: for a ship group the ship
     * candidates for the address, for a pickup group the other stores offering pickup, nearest to the store the
     * customer chose; all from one location. Never {@code shortAt} itself (ALREADY_TRIED): its count was wrong.
     * Capacity does not hold a re-route up: the order was accepted already.
     */
    public List<ConsideredLocation> forReroute(String groupType, List<OrderLineItem> lines, String shortAt,
                                               double latitude, double longitude) {
        BitSet all = new BitSet();
        all.set(0, lines.size());
        return considered(weigh(groupType, lines, shortAt, latitude, longitude, null), all, null, false);
    }

    /** Every location, nearest first, with why it cannot serve at all, or the lines it can serve. */
    private List<Weighed> weigh(String groupType, List<OrderLineItem> lines, String tried, double latitude,
                                double longitude, Map<String, Integer> taken) {
        Map<String, Map<String, Long>> available = lines.stream().map(OrderLineItem::sku).distinct()
                .collect(Collectors.toMap(Function.identity(), sku -> availability.findBySku(sku).stream()
                        .collect(Collectors.toMap(AvailabilityReplica::getLocationId,
                                AvailabilityReplica::getAvailable))));
        List<Weighed> weighed = new ArrayList<>();
        for (LocationReplica l : locations.findAll()) {
            BitSet serves = new BitSet();
            Verdict excluded = excluded(groupType, l, tried, taken);
            if (excluded == null) {
                for (int i = 0; i < lines.size(); i++) {
                    OrderLineItem line = lines.get(i);
                    if (available.get(line.sku()).getOrDefault(l.getLocationId(), 0L) >= line.quantity()) {
                        serves.set(i);
                    }
                }
            }
            weighed.add(new Weighed(l, GreatCircle.km(latitude, longitude, l.getLatitude(), l.getLongitude()),
                    excluded, serves));
        }
        weighed.sort(Comparator.comparingDouble(Weighed::km).thenComparing(w -> w.location().getLocationId()));
        return weighed;
    }

    /** Why the location cannot serve the group whatever its stock, or null. */
    private static Verdict excluded(String groupType, LocationReplica location, String tried,
                                    Map<String, Integer> taken) {
        if (location.getLocationId().equals(tried)) {
            return Verdict.ALREADY_TRIED;
        }
        if ("PICKUP".equals(groupType) ? !location.offersPickup() : !location.ships()) {
            return "PICKUP".equals(groupType) ? Verdict.NO_PICKUP : Verdict.NO_SHIP_FROM_STORE;
        }
        Integer limit = location.getDailyOrderCapacity();
        if (taken != null && limit != null && taken.getOrDefault(location.getLocationId(), 0) >= limit) {
            return Verdict.NO_CAPACITY;
        }
        return null;
    }

    /**
     * The fewest of the locations (nearest first) that together serve every line; among as many, the first in
     * nearest-first order. Null when even all of them cannot.
     */
    private static List<Weighed> fewestSplits(List<Weighed> partial, int lineCount) {
        for (int size = 2; size <= Math.min(partial.size(), lineCount); size++) {
            int[] pick = new int[size];
            for (int i = 0; i < size; i++) {
                pick[i] = i;
            }
            while (true) {
                BitSet covered = new BitSet();
                for (int i : pick) {
                    covered.or(partial.get(i).serves());
                }
                if (covered.cardinality() == lineCount) {
                    List<Weighed> split = new ArrayList<>();
                    for (int i : pick) {
                        split.add(partial.get(i));
                    }
                    return split;
                }
                int i = size - 1;
                while (i >= 0 && pick[i] == partial.size() - size + i) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                pick[i]++;
                for (int j = i + 1; j < size; j++) {
                    pick[j] = pick[j - 1] + 1;
                }
            }
        }
        return null;
    }

    /**
     * The verdicts for a group of the {@code own} lines: {@code chosen} (or, when null, the nearest location with all
     * of them) is CHOSEN, farther ones with all of them are fallbacks; with {@code splitting}, a location serving
     * only part of them, or all of them but nearer than the chosen one, lost on splits.
     */
    private List<ConsideredLocation> considered(List<Weighed> weighed, BitSet own, Weighed chosen,
                                                boolean splitting) {
        List<ConsideredLocation> all = new ArrayList<>();
        boolean passedChosen = false;
        int candidates = 0;
        int lastCandidate = -1;
        for (Weighed w : weighed) {
            Verdict verdict = w.excluded();
            if (verdict == null) {
                BitSet missing = (BitSet) own.clone();
                missing.andNot(w.serves());
                boolean servesAll = missing.isEmpty();
                boolean canChoose = chosen == null ? candidates == 0 : w == chosen;
                if (servesAll && (canChoose || passedChosen)) {
                    if (candidates == maxCandidates) {
                        continue;
                    }
                    verdict = candidates++ == 0 ? Verdict.CHOSEN : Verdict.FARTHER;
                    passedChosen = true;
                    lastCandidate = all.size();
                } else {
                    verdict = splitting && w.serves().intersects(own) ? Verdict.MORE_SPLITS : Verdict.NO_STOCK;
                }
            }
            all.add(new ConsideredLocation(w.location().getLocationId(), Math.round(w.km() * 100) / 100.0, verdict));
        }
        List<ConsideredLocation> result = new ArrayList<>();
        int excluded = 0;
        for (int i = 0; i < all.size(); i++) {
            ConsideredLocation c = all.get(i);
            if (c.canServe() || c.verdict() == Verdict.ALREADY_TRIED) {
                result.add(c);
            } else if ((lastCandidate < 0 || i < lastCandidate) && excluded++ < MAX_EXCLUDED) {
                result.add(c);
            }
        }
        return result;
    }
}
