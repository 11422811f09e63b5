package com.omnichannel.order.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.omnichannel.order.availability.AvailabilityReplica;
import com.omnichannel.order.availability.AvailabilityReplicaRepository;
import com.omnichannel.order.location.LocationReplica;
import com.omnichannel.order.location.LocationReplicaRepository;
import com.omnichannel.order.order.ConsideredLocation;
import com.omnichannel.order.order.ConsideredLocation.Verdict;
import com.omnichannel.order.order.OrderLineItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Along one meridian, so a location's distance from the address at latitude 0 is its latitude in degrees. */
class SourcingTest {

    private static final double KM_PER_DEGREE = 111.19;
    private static final OrderLineItem TEE = new OrderLineItem("TEE", 2, 150_000, "VND", null);
    private static final OrderLineItem MUG = new OrderLineItem("MUG", 1, 90_000, "VND", null);
    private static final OrderLineItem CAP = new OrderLineItem("CAP", 1, 120_000, "VND", null);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final LocationReplicaRepository locations = mock(LocationReplicaRepository.class);
    private final AvailabilityReplicaRepository availability = mock(AvailabilityReplicaRepository.class);
    private final List<LocationReplica> network = new ArrayList<>();
    private final Map<String, List<AvailabilityReplica>> stock = new HashMap<>();
    private final DailyCapacity capacity = mock(DailyCapacity.class);
    private final Map<String, Integer> takenToday = new HashMap<>();

    @BeforeEach
    void setUp() {
        when(locations.findAll()).thenReturn(network);
        for (String sku : List.of("TEE", "MUG", "CAP")) {
            when(availability.findBySku(sku)).thenReturn(stock.computeIfAbsent(sku, s -> new ArrayList<>()));
        }
        when(capacity.day(NOW)).thenReturn(LocalDate.of(2026, 11, 25));
        when(capacity.taken(LocalDate.of(2026, 11, 25))).thenReturn(takenToday);
    }

    private LocationReplica location(String id, double latitude, boolean ships, boolean pickup, long tees) {
        return location(id, latitude, ships, pickup, Map.of("TEE", tees));
    }

    private LocationReplica location(String id, double latitude, boolean ships, boolean pickup,
                                     Map<String, Long> available) {
        LocationReplica l = mock(LocationReplica.class);
        when(l.getLocationId()).thenReturn(id);
        when(l.getLatitude()).thenReturn(latitude);
        when(l.ships()).thenReturn(ships);
        when(l.offersPickup()).thenReturn(pickup);
        when(l.getDailyOrderCapacity()).thenReturn(null);
        network.add(l);
        available.forEach((sku, quantity) -> {
            AvailabilityReplica a = mock(AvailabilityReplica.class);
            when(a.getLocationId()).thenReturn(id);
            when(a.getAvailable()).thenReturn(quantity);
            stock.get(sku).add(a);
        });
        return l;
    }

    private List<ConsideredLocation> oneGroup(Sourcing sourcing, List<OrderLineItem> lines) {
        List<Sourcing.Sourced> groups = sourcing.forShipping(lines, 0, 0, NOW);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).lines()).isEqualTo(lines);
        return groups.get(0).considered();
    }

    private static List<String> verdicts(List<ConsideredLocation> considered) {
        return considered.stream().map(c -> c.locationId() + ":" + c.verdict()).toList();
    }

    @Test
    void theNearestLocationThatShipsAndHasEveryLineIsChosen_theOthersThatCouldAreFallbacks() {
        location("FAR-DC", 0.3, true, false, 50);
        location("NO-SFS", 0.01, false, true, 9);
        location("SHORT", 0.05, true, true, 1);
        location("NEAR", 0.1, true, true, 2);
        location("NEXT", 0.2, true, false, 5);

        List<ConsideredLocation> considered = oneGroup(new Sourcing(locations, availability, capacity, 5), List.of(TEE));

        assertThat(verdicts(considered)).containsExactly("NO-SFS:NO_SHIP_FROM_STORE", "SHORT:NO_STOCK", "NEAR:CHOSEN",
                "NEXT:FARTHER", "FAR-DC:FARTHER");
        assertThat(considered.get(2).distanceKm()).isEqualTo(Math.round(0.1 * KM_PER_DEGREE * 100) / 100.0);
        assertThat(ConsideredLocation.candidates(considered)).containsExactly("NEAR", "NEXT", "FAR-DC");
    }

    @Test
    void atMostTheConfiguredCandidates_andNothingFartherThanTheLast() {
        location("A", 0.1, true, false, 5);
        location("B", 0.2, true, false, 5);
        location("NO-STOCK-BEYOND", 0.25, true, false, 0);
        location("C", 0.3, true, false, 5);

        List<ConsideredLocation> considered = oneGroup(new Sourcing(locations, availability, capacity, 2), List.of(TEE));

        assertThat(verdicts(considered)).containsExactly("A:CHOSEN", "B:FARTHER");
    }

    @Test
    void whenNothingCanServe_theNearestTwentyAreListedWithTheirReasons() {
        IntStream.range(0, 25).forEach(i -> location(String.format("S%02d", i), 0.01 * i, true, true, 1));

        List<ConsideredLocation> considered = oneGroup(new Sourcing(locations, availability, capacity, 5), List.of(TEE));

        assertThat(considered).hasSize(Sourcing.MAX_EXCLUDED).allMatch(c -> c.verdict() == Verdict.NO_STOCK);
        assertThat(considered.get(0).locationId()).isEqualTo("S00");
        assertThat(ConsideredLocation.candidates(considered)).isEmpty();
    }

    @Test
    void aRerouteOfAPickupGoesToAnotherPickupStore_neverBackToTheOneThatPickedShort() {
        location("SHORT-AT", 0, true, true, 9);
        location("NO-PICKUP", 0.05, true, false, 9);
        location("OTHER", 0.1, false, true, 9);

        List<ConsideredLocation> considered = new Sourcing(locations, availability, capacity, 5)
                .forReroute("PICKUP", List.of(TEE), "SHORT-AT", 0, 0);

        assertThat(verdicts(considered)).containsExactly("SHORT-AT:ALREADY_TRIED", "NO-PICKUP:NO_PICKUP",
                "OTHER:CHOSEN");
    }

    @Test
    void aLocationThatTookItsDailyCapacityIsSkipped_theNextOneIsChosen() {
        when(location("FULL", 0.1, true, false, 9).getDailyOrderCapacity()).thenReturn(3);
        when(location("ROOM", 0.2, true, false, 9).getDailyOrderCapacity()).thenReturn(3);
        location("UNLIMITED", 0.3, true, false, 9);
        takenToday.put("FULL", 3);
        takenToday.put("ROOM", 2);

        List<ConsideredLocation> considered = oneGroup(new Sourcing(locations, availability, capacity, 5),
                List.of(TEE));

        assertThat(verdicts(considered)).containsExactly("FULL:NO_CAPACITY", "ROOM:CHOSEN", "UNLIMITED:FARTHER");
    }

    @Test
    void oneLocationWithEveryLineBeatsNearerOnesWithSome_theyLostOnSplits() {
        location("TEES", 0.05, true, false, Map.of("TEE", 9L));
        location("NOTHING", 0.08, true, false, Map.of("CAP", 9L));
        location("MUGS", 0.1, true, false, Map.of("MUG", 9L));
        location("BOTH", 0.4, true, false, Map.of("TEE", 9L, "MUG", 9L));

        List<ConsideredLocation> considered = oneGroup(new Sourcing(locations, availability, capacity, 5),
                List.of(TEE, MUG));

        assertThat(verdicts(considered)).containsExactly("TEES:MORE_SPLITS", "NOTHING:NO_STOCK", "MUGS:MORE_SPLITS",
                "BOTH:CHOSEN");
    }

    @Test
    void whenNoLocationHasEveryLine_theLinesAreSplitAcrossTheFewestLocations_oneGroupEach() {
        location("TEES", 0.05, true, false, Map.of("TEE", 9L));
        location("MUGS", 0.1, true, false, Map.of("MUG", 9L));
        location("CAPS", 0.15, true, false, Map.of("CAP", 9L));
        location("MUGS-CAPS", 0.3, true, false, Map.of("MUG", 9L, "CAP", 9L));
        location("TEES-FAR", 0.5, true, false, Map.of("TEE", 9L));

        List<Sourcing.Sourced> groups = new Sourcing(locations, availability, capacity, 5)
                .forShipping(List.of(TEE, MUG, CAP), 0, 0, NOW);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).lines()).containsExactly(TEE);
        assertThat(verdicts(groups.get(0).considered())).containsExactly("TEES:CHOSEN", "MUGS:NO_STOCK",
                "CAPS:NO_STOCK", "MUGS-CAPS:NO_STOCK", "TEES-FAR:FARTHER");
        assertThat(groups.get(1).lines()).containsExactly(MUG, CAP);
        assertThat(verdicts(groups.get(1).considered())).containsExactly("TEES:NO_STOCK", "MUGS:MORE_SPLITS",
                "CAPS:MORE_SPLITS", "MUGS-CAPS:CHOSEN");
    }

    @Test
    void amongSplitsOfTheSameCount_theNearestLocationsWin_andEachLineGoesToTheNearestOfThemThatHasIt() {
        location("FAR-BOTH", 0.5, true, false, Map.of("TEE", 9L, "CAP", 9L));
        location("MUGS-TEES", 0.1, true, false, Map.of("MUG", 9L, "TEE", 9L));
        location("CAPS", 0.2, true, false, Map.of("CAP", 9L));
        location("CAPS-TEES", 0.3, true, false, Map.of("CAP", 9L, "TEE", 9L));

        List<Sourcing.Sourced> groups = new Sourcing(locations, availability, capacity, 5)
                .forShipping(List.of(TEE, MUG, CAP), 0, 0, NOW);

        assertThat(groups).extracting(g -> g.lines().stream().map(OrderLineItem::sku).toList())
                .containsExactly(List.of("TEE", "MUG"), List.of("CAP"));
        assertThat(ConsideredLocation.candidates(groups.get(0).considered())).containsExactly("MUGS-TEES");
        assertThat(verdicts(groups.get(1).considered())).containsExactly("MUGS-TEES:NO_STOCK", "CAPS:CHOSEN",
                "CAPS-TEES:FARTHER", "FAR-BOTH:FARTHER");
    }

    @Test
    void aLocationWithoutCapacityOrShipFromStoreIsNoPartOfASplit() {
        location("NO-SFS", 0.05, false, true, Map.of("TEE", 9L, "MUG", 9L));
        when(location("FULL", 0.06, true, false, Map.of("TEE", 9L, "MUG", 9L)).getDailyOrderCapacity())
                .thenReturn(0);
        location("TEES", 0.1, true, false, Map.of("TEE", 9L));
        location("MUGS", 0.2, true, false, Map.of("MUG", 9L));

        List<Sourcing.Sourced> groups = new Sourcing(locations, availability, capacity, 5)
                .forShipping(List.of(TEE, MUG), 0, 0, NOW);

        assertThat(groups).hasSize(2);
        assertThat(verdicts(groups.get(0).considered())).containsExactly("NO-SFS:NO_SHIP_FROM_STORE",
                "FULL:NO_CAPACITY", "TEES:CHOSEN");
        assertThat(verdicts(groups.get(1).considered())).containsExactly("NO-SFS:NO_SHIP_FROM_STORE",
                "FULL:NO_CAPACITY", "TEES:NO_STOCK", "MUGS:CHOSEN");
    }

    @Test
    void whenEvenAllLocationsTogetherLackALine_nothingIsChosen_andTheOrderStaysOneGroup() {
        location("TEES", 0.1, true, false, Map.of("TEE", 9L));
        location("MUGS", 0.2, true, false, Map.of("MUG", 9L));

        List<ConsideredLocation> considered = oneGroup(new Sourcing(locations, availability, capacity, 5),
                List.of(TEE, MUG, CAP));

        assertThat(verdicts(considered)).containsExactly("TEES:NO_STOCK", "MUGS:NO_STOCK");
        assertThat(ConsideredLocation.candidates(considered)).isEmpty();
    }
}
