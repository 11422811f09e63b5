package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.omnichannel.client.inventory.ApiClient;
import com.omnichannel.client.inventory.ApiException;
import com.omnichannel.client.inventory.api.AvailabilityApi;
import com.omnichannel.client.inventory.api.LocationsApi;
import com.omnichannel.client.inventory.api.StockApi;
import com.omnichannel.client.inventory.model.Availability;
import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.client.inventory.model.LocationInput;
import com.omnichannel.client.inventory.model.LocationType;
import com.omnichannel.client.inventory.model.ReceiptInput;
import com.omnichannel.client.inventory.model.StockLevel;
import com.omnichannel.support.testing.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stock slice through HTTP, against the real database and broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StockPipelineIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private LocationsApi locations;
    private StockApi stock;
    private AvailabilityApi availability;
    private final String store = "S-" + UUID.randomUUID().toString().substring(0, 8);
    private final String warehouse = "W-" + UUID.randomUUID().toString().substring(0, 8);
    private final String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        locations = new LocationsApi(client);
        stock = new StockApi(client);
        availability = new AvailabilityApi(client);
        locations.upsertLocation(store, new LocationInput().name("District 1").type(LocationType.STORE)
                .latitude(10.776).longitude(106.700).capabilities(Set.of(Capability.PICKUP, Capability.IN_STORE_SALE))
                .pickupHold("P3D").dailyOrderCapacity(50));
        locations.upsertLocation(warehouse, new LocationInput().name("Binh Duong DC").type(LocationType.WAREHOUSE)
                .latitude(10.98).longitude(106.65).capabilities(Set.of()));
        new InventoryClient("http://localhost:" + port).product(sku);
    }

    @Test
    void receivedStockIsVisiblePerLocationAndAcrossTheNetwork() throws ApiException {
        StockLevel afterReceipt = stock.receiveStock(store, sku, new ReceiptInput().quantity(7).reference("PO-1"), null);
        stock.receiveStock(warehouse, sku, new ReceiptInput().quantity(20).reference("PO-2"), null);

        assertThat(afterReceipt.getOnHand()).isEqualTo(7);
        StockLevel level = stock.getStockLevel(store, sku, null);
        assertThat(level.getOnHand()).isEqualTo(7);
        assertThat(level.getAvailable()).isEqualTo(7);
        Availability network = availability.getAvailability(sku);
        assertThat(network.getAvailable()).isEqualTo(27);
        assertThat(network.getLocations()).extracting("locationId").containsExactlyInAnyOrder(store, warehouse);
    }

    @Test
    void theLocationIsReadBack() throws ApiException {
        var location = locations.getLocation(store);
        assertThat(location.getName()).isEqualTo("District 1");
        assertThat(location.getCapabilities()).containsExactlyInAnyOrder(Capability.PICKUP, Capability.IN_STORE_SALE);
        assertThat(location.getPickupHold()).isEqualTo("PT72H");
    }

    @Test
    void aRetriedReceiptWithTheSameKeyCountsOnce_andTheKeyCannotBeReusedForAnotherBody() throws ApiException {
        String key = UUID.randomUUID().toString();
        stock.receiveStock(store, sku, new ReceiptInput().quantity(4).reference("PO-9"), key);
        StockLevel replay = stock.receiveStock(store, sku, new ReceiptInput().quantity(4).reference("PO-9"), key);

        assertThat(replay.getOnHand()).isEqualTo(4);
        assertThat(stock.getStockLevel(store, sku, null).getOnHand()).isEqualTo(4);
        assertThatThrownBy(() -> stock.receiveStock(store, sku, new ReceiptInput().quantity(5).reference("PO-9"), key))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("idempotency-key-reuse");
                });
        assertThat(stock.getStockLevel(store, sku, null).getOnHand()).isEqualTo(4);
    }

    @Test
    void unknownLocationIs404AndStoresNothing() throws Exception {
        long events = eventCount();
        HttpResponse<String> response = post("/v1/stock/NOPE-" + sku + "/" + sku + "/receipts",
                "{\"quantity\": 3, \"reference\": \"x\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("/problems/not-found");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void zeroOrNegativeQuantityMissingFieldsAndMalformedJsonAre400NamingTheFieldAndStoreNothing() throws Exception {
        long events = eventCount();
        String path = "/v1/stock/" + store + "/" + sku + "/receipts";

        HttpResponse<String> zero = post(path, "{\"quantity\": 0, \"reference\": \"x\"}");
        HttpResponse<String> negative = post(path, "{\"quantity\": -2}");
        HttpResponse<String> missing = post(path, "{\"reference\": \"x\"}");
        HttpResponse<String> malformed = post(path, "{\"quantity\": ");
        HttpResponse<String> wrongType = post(path, "{\"quantity\": \"many\"}");

        for (HttpResponse<String> r : new HttpResponse[] {zero, negative, missing, malformed, wrongType}) {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.body()).contains("/problems/validation");
        }
        assertThat(zero.body()).contains("\"field\":\"quantity\"");
        assertThat(negative.body()).contains("\"field\":\"quantity\"");
        assertThat(missing.body()).contains("\"field\":\"quantity\"");
        assertThat(wrongType.body()).contains("quantity");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(stock.getStockLevel(store, sku, null).getOnHand()).isZero();
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DevTokens.operations())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
