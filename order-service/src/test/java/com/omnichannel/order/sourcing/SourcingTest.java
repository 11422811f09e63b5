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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Along one meridian, so a location's distance from the address at latitude 0 is its latitude in degrees. */
class SourcingTest {

    private static final double KM_PER_DEGREE = 111.19;
    private static final OrderLineItem TEE = new OrderLineItem("TEE", 2, 150_000, "VND", null);

    private final LocationReplicaRepository locations = mock(LocationReplicaRepository.class);
    private final AvailabilityReplicaRepository availability = mock(AvailabilityReplicaRepository.class);
    private final List<LocationReplica> network = new ArrayList<>();
    private final List<AvailabilityReplica> stock = new ArrayList<>();

    @BeforeEach
    void setUp() {
        when(locations.findAll()).thenReturn(network);
        when(availability.findBySku("TEE")).thenReturn(stock);
    }

    private void location(String id, double latitude, boolean ships, boolean pickup, long tees) {
        LocationReplica l = mock(LocationReplica.class);
        when(l.getLocationId()).thenReturn(id);
        when(l.getLatitude()).thenReturn(latitude);
        when(l.ships()).thenReturn(ships);
        when(l.offersPickup()).thenReturn(pickup);
        network.add(l);
        AvailabilityReplica a = mock(AvailabilityReplica.class);
        when(a.getLocationId()).thenReturn(id);
        when(a.getAvailable()).thenReturn(tees);
        stock.add(a);
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

        List<ConsideredLocation> considered = new Sourcing(locations, availability, 5).forShipping(List.of(TEE), 0, 0);

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

        List<ConsideredLocation> considered = new Sourcing(locations, availability, 2).forShipping(List.of(TEE), 0, 0);

        assertThat(verdicts(considered)).containsExactly("A:CHOSEN", "B:FARTHER");
    }

    @Test
    void whenNothingCanServe_theNearestTwentyAreListedWithTheirReasons() {
        IntStream.range(0, 25).forEach(i -> location(String.format("S%02d", i), 0.01 * i, true, true, 1));

        List<ConsideredLocation> considered = new Sourcing(locations, availability, 5).forShipping(List.of(TEE), 0, 0);

        assertThat(considered).hasSize(Sourcing.MAX_EXCLUDED).allMatch(c -> c.verdict() == Verdict.NO_STOCK);
        assertThat(considered.get(0).locationId()).isEqualTo("S00");
        assertThat(ConsideredLocation.candidates(considered)).isEmpty();
    }

    @Test
    void aRerouteOfAPickupGoesToAnotherPickupStore_neverBackToTheOneThatPickedShort() {
        location("SHORT-AT", 0, true, true, 9);
        location("NO-PICKUP", 0.05, true, false, 9);
        location("OTHER", 0.1, false, true, 9);

        List<ConsideredLocation> considered = new Sourcing(locations, availability, 5)
                .forReroute("PICKUP", List.of(TEE), "SHORT-AT", 0, 0);

        assertThat(verdicts(considered)).containsExactly("SHORT-AT:ALREADY_TRIED", "NO-PICKUP:NO_PICKUP",
                "OTHER:CHOSEN");
    }
}
