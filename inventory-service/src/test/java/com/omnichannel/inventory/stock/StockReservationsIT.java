package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.ApiException;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.Channel;
import com.omnichannel.client.inventory.model.CountInput;
import com.omnichannel.client.inventory.model.NearbyLocation;
import com.omnichannel.client.inventory.model.ReceiptInput;
import com.omnichannel.client.inventory.model.Reservation;
import com.omnichannel.client.inventory.model.ReservationInput;
import com.omnichannel.client.inventory.model.SafetyStockInput;
import com.omnichannel.client.inventory.model.SaleInput;
import com.omnichannel.client.inventory.model.SaleResult;
import com.omnichannel.client.inventory.model.StockLevel;
import com.omnichannel.client.inventory.model.StockMovement;
import com.omnichannel.client.inventory.model.StockMovementType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reservations, shelf sales, counts, history and nearby stores through HTTP, on the real database and broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "omnichannel.deadlines.polling-interval=PT0.2S")
class StockReservationsIT {

    @LocalServerPort
    int port;

    private InventoryClient api;
    private String store;
    private final String sku = InventoryClient.id("SKU");

    @BeforeEach
    void setUp() throws ApiException {
        api = new InventoryClient("http://localhost:" + port);
        store = api.store(InventoryClient.id("S"), 10.7769, 106.7009, Capability.PICKUP, Capability.IN_STORE_SALE);
        api.product(sku);
        api.stock.receiveStock(store, sku, new ReceiptInput().quantity(10).reference("PO-1"), null);
    }

    private Reservation reserve(int quantity, Integer expiresInSeconds) throws ApiException {
        return api.stock.reserveStock(store, sku, new ReservationInput().quantity(quantity).reference("ORD-1")
                .channel(Channel.WEB).expiresInSeconds(expiresInSeconds), null);
    }

    private StockLevel level() throws ApiException {
        return api.stock.getStockLevel(store, sku, null);
    }

    @Test
    void aReservationHoldsStockUntilReleased_andReleasingTwiceIsHarmless() throws ApiException {
        Reservation r = reserve(4, 0);

        assertThat(r.getExpiresAt()).isNull();
        assertThat(level().getReserved()).isEqualTo(4);
        assertThat(level().getAvailable()).isEqualTo(6);

        api.stock.releaseReservation(store, sku, r.getReservationId());
        api.stock.releaseReservation(store, sku, r.getReservationId());
        assertThat(level().getReserved()).isZero();
        assertThat(level().getAvailable()).isEqualTo(10);
    }

    @Test
    void tooLargeAReservationIs409InsufficientStockSayingWhatIsAvailable_andChangesNothing() throws ApiException {
        api.stock.setSafetyStock(store, sku, new SafetyStockInput().quantity(2));
        reserve(5, 0);

        assertThatThrownBy(() -> reserve(4, 0)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(409);
            assertThat(e.getResponseBody()).contains("/problems/insufficient-stock").contains("\"available\":3");
        });
        assertThat(level().getReserved()).isEqualTo(5);
        assertThat(api.stock.listStockMovements(store, sku)).hasSize(3);
    }

    @Test
    void fulfilmentTakesTheGoodsOut_andAReleasedReservationCannotBeFulfilled() throws ApiException {
        Reservation kept = reserve(3, 0);
        Reservation released = reserve(2, 0);
        api.stock.releaseReservation(store, sku, released.getReservationId());

        api.stock.fulfilReservation(store, sku, kept.getReservationId());
        api.stock.fulfilReservation(store, sku, kept.getReservationId());

        assertThat(level().getOnHand()).isEqualTo(7);
        assertThat(level().getReserved()).isZero();
        assertThatThrownBy(() -> api.stock.fulfilReservation(store, sku, released.getReservationId()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        assertThat(level().getOnHand()).isEqualTo(7);
    }

    @Test
    void unknownReservationSkuOrLocationIs404() throws ApiException {
        assertThatThrownBy(() -> api.stock.releaseReservation(store, sku, UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        String neverStocked = api.product(InventoryClient.id("NEW"));
        assertThatThrownBy(() -> api.stock.reserveStock(store, neverStocked, new ReservationInput().quantity(1)
                .reference("x").channel(Channel.APP), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> api.stock.receiveStock(store, "NOT-IN-THE-CATALOGUE", new ReceiptInput().quantity(1)
                .reference("x"), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("Unknown product");
                });
        assertThatThrownBy(() -> api.stock.reserveStock("NOWHERE", sku, new ReservationInput().quantity(1)
                .reference("x").channel(Channel.APP), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void quantityZeroNegativeOrAboveTheMaximumIs400AndChangesNothing() throws ApiException {
        for (int quantity : new int[] {0, -1, 10_001}) {
            assertThatThrownBy(() -> reserve(quantity, 0))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(400);
                        assertThat(e.getResponseBody()).contains("\"field\":\"quantity\"");
                    });
        }
        assertThat(level().getReserved()).isZero();
        assertThat(api.stock.listStockMovements(store, sku)).hasSize(1);
    }

    @Test
    void aCartHoldExpiresByItself() throws ApiException {
        Reservation hold = reserve(3, 1);

        assertThat(hold.getExpiresAt()).isNotNull();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(level().getReserved()).isZero());
        assertThat(api.stock.listStockMovements(store, sku)).extracting(StockMovement::getType)
                .containsExactly(StockMovementType.RECEIVED, StockMovementType.RESERVED, StockMovementType.EXPIRED);
        assertThatThrownBy(() -> api.stock.fulfilReservation(store, sku, hold.getReservationId()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
    }

    @Test
    void withoutExpiresInSecondsAReservationIsACartHoldOfFifteenMinutes() throws ApiException {
        Reservation hold = reserve(1, null);

        assertThat(Duration.between(OffsetDateTime.now(), hold.getExpiresAt()))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void aShelfSaleIsNeverRefused_andShortsTheNewestReservationsItUncovers() throws ApiException {
        Reservation older = reserve(4, 0);
        Reservation newer = reserve(4, 0);

        SaleResult sale = api.stock.sellInStore(store, sku, new SaleInput().quantity(5).reference("TILL-7"), null);

        assertThat(sale.getStockLevel().getOnHand()).isEqualTo(5);
        assertThat(sale.getShortedReservations()).containsExactly(newer.getReservationId());
        assertThat(level().getReserved()).isEqualTo(4);
        SaleResult more = api.stock.sellInStore(store, sku, new SaleInput().quantity(9).reference("TILL-8"), null);
        assertThat(more.getStockLevel().getOnHand()).isZero();
        assertThat(more.getShortedReservations()).containsExactly(older.getReservationId());
    }

    @Test
    void aRetriedSaleOrReservationWithTheSameKeyHappensOnce() throws ApiException {
        String key = UUID.randomUUID().toString();
        ReservationInput input = new ReservationInput().quantity(2).reference("ORD-7").channel(Channel.STORE)
                .expiresInSeconds(0);
        Reservation first = api.stock.reserveStock(store, sku, input, key);
        Reservation again = api.stock.reserveStock(store, sku, input, key);
        String saleKey = UUID.randomUUID().toString();
        api.stock.sellInStore(store, sku, new SaleInput().quantity(1).reference("TILL-1"), saleKey);
        api.stock.sellInStore(store, sku, new SaleInput().quantity(1).reference("TILL-1"), saleKey);

        assertThat(again.getReservationId()).isEqualTo(first.getReservationId());
        assertThat(level().getReserved()).isEqualTo(2);
        assertThat(level().getOnHand()).isEqualTo(9);
        assertThatThrownBy(() -> api.stock.sellInStore(store, sku, new SaleInput().quantity(2).reference("TILL-1"),
                saleKey)).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(422));
    }

    @Test
    void aCountSetsOnHandAndTheHistoryShowsShrink_andTheLevelCanBeReadAtAnyPastInstant() throws Exception {
        OffsetDateTime beforeCount = OffsetDateTime.now();
        Thread.sleep(20);
        api.stock.countStock(store, sku, new CountInput().countedQuantity(8).reason("cycle count"));

        List<StockMovement> movements = api.stock.listStockMovements(store, sku);
        assertThat(movements).extracting(StockMovement::getType)
                .containsExactly(StockMovementType.RECEIVED, StockMovementType.COUNTED);
        assertThat(movements.get(1).getQuantity()).isEqualTo(-2);
        assertThat(movements.get(1).getOnHandAfter()).isEqualTo(8);
        assertThat(api.stock.getStockLevel(store, sku, beforeCount).getOnHand()).isEqualTo(10);
        assertThat(api.stock.getStockLevel(store, sku, OffsetDateTime.now()).getOnHand()).isEqualTo(8);
        assertThat(api.stock.getStockLevel(store, sku, beforeCount.minusDays(1)).getOnHand()).isZero();
    }

    @Test
    void nearbyListsPickupStoresWithEnoughStockNearestFirst() throws ApiException {
        String near = api.store(InventoryClient.id("N"), 10.78, 106.70, Capability.PICKUP);
        String far = api.store(InventoryClient.id("F"), 10.90, 106.80, Capability.PICKUP);
        String noPickup = api.store(InventoryClient.id("X"), 10.7770, 106.7010, Capability.SHIP_FROM_STORE);
        String tooFar = api.store(InventoryClient.id("T"), 21.03, 105.85, Capability.PICKUP);
        for (String id : List.of(near, far, noPickup, tooFar)) {
            api.stock.receiveStock(id, sku, new ReceiptInput().quantity(3).reference("PO"), null);
        }

        List<NearbyLocation> found = api.availability.findNearby(sku, 10.7769, 106.7009, 50.0, 2, null);

        assertThat(found).extracting(NearbyLocation::getLocationId).containsExactly(store, near, far);
        assertThat(found.get(1).getDistanceKm()).isBetween(0.2, 0.5);
        assertThat(found).allSatisfy(n -> assertThat(n.getPickup()).isTrue());
        assertThat(api.availability.findNearby(sku, 10.7769, 106.7009, 50.0, 5, null))
                .extracting(NearbyLocation::getLocationId).containsExactly(store);
        assertThat(api.availability.findNearby(sku, 10.7769, 106.7009, 50.0, 2, false))
                .extracting(NearbyLocation::getLocationId).contains(noPickup);
    }
}
