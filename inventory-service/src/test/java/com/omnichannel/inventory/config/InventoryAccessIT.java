package com.omnichannel.inventory.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.omnichannel.support.testing.AccessMatrix;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.HttpCalls;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may call what on inventory-service: every endpoint against no token and the four roles, a POS bound to store
 * A, another to store B, and what a refused request leaves behind (nothing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryAccessIT {

    @LocalServerPort
    int port;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String storeA = "ACL-A-" + suffix;
    private final String storeB = "ACL-B-" + suffix;
    private final String sku = "ACL-SKU-" + suffix;
    private final AccessMatrix matrix = new AccessMatrix(this::base);
    private String reservation;

    @BeforeAll
    void fixture() throws Exception {
        matrix.caller("none", null).caller("operations", DevTokens.operations())
                .caller("storefront", DevTokens.storefront()).caller("pos A", DevTokens.pos(storeA))
                .caller("pos B", DevTokens.pos(storeB)).caller("customer", DevTokens.customer("ACL-C-" + suffix));
        for (String store : new String[] {storeA, storeB}) {
            HttpCalls.ok(call("PUT", "/v1/locations/" + store, location(store), "operations"));
        }
        HttpCalls.ok(call("PUT", "/v1/products/" + sku, product(), "operations"));
        for (String store : new String[] {storeA, storeB}) {
            HttpCalls.ok(call("POST", "/v1/stock/" + store + "/" + sku + "/receipts",
                    "{\"quantity\":100,\"reference\":\"PO\"}", "operations"));
        }
        HttpResponse<String> held = call("POST", "/v1/stock/" + storeA + "/" + sku + "/reservations",
                "{\"quantity\":1,\"reference\":\"HOLD\",\"channel\":\"STORE\"}", "operations");
        HttpCalls.ok(held);
        reservation = held.body().replaceAll(".*\"reservationId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    Stream<Arguments> matrix() {
        String stockA = "/v1/stock/" + storeA + "/" + sku;
        return Stream.of(
                row("GET", "/v1/locations", null, "401 200 200 200 200 200"),
                row("GET", "/v1/locations/" + storeA, null, "401 200 200 200 200 200"),
                row("GET", "/v1/prices/" + sku + "?channel=WEB", null, "401 200 200 200 200 200"),
                row("GET", "/v1/availability/" + sku, null, "401 200 200 200 200 200"),
                row("GET", "/v1/availability/" + sku + "/nearby?latitude=10.77&longitude=106.70&radiusKm=50&quantity=1",
                        null, "401 200 200 200 200 200"),
                row("PUT", "/v1/locations/" + storeA, location(storeA), "401 200 403 403 403 403"),
                row("PUT", "/v1/products/" + sku, product(), "401 200 403 403 403 403"),
                row("PUT", "/v1/products/" + sku + "/promotions/P1", "{\"percentOff\":10}", "401 200 403 403 403 403"),
                row("DELETE", "/v1/products/" + sku + "/promotions/P1", null, "401 204 403 403 403 403"),
                row("POST", stockA + "/receipts", "{\"quantity\":1,\"reference\":\"PO\"}", "401 200 403 403 403 403"),
                row("POST", stockA + "/counts", "{\"countedQuantity\":101,\"reason\":\"cycle count\"}",
                        "401 200 403 403 403 403"),
                row("PUT", stockA + "/safety-stock", "{\"quantity\":0}", "401 200 403 403 403 403"),
                row("GET", stockA, null, "401 200 403 200 403 403"),
                row("GET", stockA + "/movements", null, "401 200 403 200 403 403"),
                row("POST", stockA + "/reservations", "{\"quantity\":1,\"reference\":\"R\",\"channel\":\"STORE\"}",
                        "401 201 403 201 403 403"),
                row("DELETE", stockA + "/reservations/" + reservation, null, "401 204 403 204 403 403"),
                row("POST", stockA + "/sales", "{\"quantity\":1,\"reference\":\"TILL-1\"}", "401 200 403 200 403 403"),
                row("GET", "/actuator/prometheus", null, "401 200 403 403 403 403"),
                row("GET", "/actuator/health", null, "200 200 200 200 200 200"),
                row("GET", "/api-specs/inventory/openapi.yaml", null, "200 200 200 200 200 200"));
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("matrix")
    void eachCallerGetsTheAgreedAnswer(String method, String path, String body, String expected) throws Exception {
        matrix.check(method, path, body, expected);
    }

    @Test
    void aPosCannotTouchAnotherStore_andItsRefusedRequestsChangeNothing() throws Exception {
        String stockA = "/v1/stock/" + storeA + "/" + sku;
        String levelBefore = call("GET", stockA, null, "operations").body();
        String movementsBefore = call("GET", stockA + "/movements", null, "operations").body();

        assertThat(call("POST", stockA + "/sales", "{\"quantity\":5,\"reference\":\"TILL-B\"}", "pos B")
                .statusCode()).isEqualTo(403);
        assertThat(call("POST", stockA + "/reservations", "{\"quantity\":5,\"reference\":\"R\",\"channel\":\"STORE\"}",
                "pos B").statusCode()).isEqualTo(403);
        assertThat(call("POST", stockA + "/receipts", "{\"quantity\":5,\"reference\":\"PO\"}", "pos A")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> wrongChannel = call("POST", stockA + "/reservations",
                "{\"quantity\":5,\"reference\":\"R\",\"channel\":\"WEB\"}", "pos A");
        assertThat(wrongChannel.statusCode()).isEqualTo(403);
        assertThat(wrongChannel.body()).contains("channel WEB");

        assertThat(call("GET", stockA, null, "operations").body()).isEqualTo(levelBefore);
        assertThat(call("GET", stockA + "/movements", null, "operations").body()).isEqualTo(movementsBefore);
    }

    @Test
    void expiredForgedForeignAndMalformedTokensAre401() throws Exception {
        Map<String, String> bad = Map.of(
                "expired", DevTokens.role("operations").expiredAgo(Duration.ofMinutes(5)).sign(),
                "forged", DevTokens.role("operations").forged().sign(),
                "other audience", DevTokens.role("operations").audience("another-api").sign(),
                "not a JWT", "not-a-token");
        for (Map.Entry<String, String> token : bad.entrySet()) {
            HttpResponse<String> response = HttpCalls.call(base(), "GET", "/v1/locations", null, token.getValue());
            assertThat(response.statusCode()).as(token.getKey()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(token.getKey())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(response.body()).as(token.getKey()).contains("/problems/unauthorized");
        }
    }

    private Arguments row(String method, String path, String body, String expected) {
        return matrix.row(method, path, body, expected);
    }

    private HttpResponse<String> call(String method, String path, String body, String caller) throws Exception {
        return matrix.call(method, path, body, caller);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String location(String id) {
        return "{\"name\":\"Store " + id + "\",\"type\":\"STORE\",\"latitude\":10.77,\"longitude\":106.70,"
                + "\"capabilities\":[\"PICKUP\",\"IN_STORE_SALE\"]}";
    }

    private static String product() {
        return "{\"name\":\"Kettle\",\"gtin\":\"8934563123457\",\"price\":{\"amount\":100000}}";
    }
}
