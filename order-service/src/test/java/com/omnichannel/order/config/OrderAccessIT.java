package com.omnichannel.order.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.model.Capability;
import com.omnichannel.order.support.EndToEnd;
import com.omnichannel.support.testing.AccessMatrix;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.HttpCalls;
import com.omnichannel.support.testing.ServiceProcess;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what on order-service: every endpoint against no token, operations, a storefront, a POS of the
 * order's store A, a POS of store B, the customer C who owns the cart, order and points, and another customer D.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderAccessIT {

    private static final JsonMapper JSON = new JsonMapper();

    @RegisterExtension
    static ServiceProcess inventory = ServiceProcess.inventory("inventory-for-access");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext orderService;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String storeA = "OA-A-" + run;
    private final String storeB = "OA-B-" + run;
    private final String sku = "OA-SKU-" + run;
    private final String customerC = "OA-C-" + run;
    private final String customerD = "OA-D-" + run;
    private final AccessMatrix matrix = new AccessMatrix(this::base);
    private String order;
    private String group;
    private String cancellable;

    @BeforeAll
    void fixture() throws Exception {
        matrix.caller("none", null).caller("operations", DevTokens.operations())
                .caller("storefront", DevTokens.storefront()).caller("pos A", DevTokens.pos(storeA))
                .caller("pos B", DevTokens.pos(storeB)).caller("customer C", DevTokens.customer(customerC))
                .caller("customer D", DevTokens.customer(customerD));
        EndToEnd e2e = new EndToEnd(inventory, port, orderService);
        e2e.store(storeA, "Store A", 10.77, 106.70, "P3D", Capability.PICKUP, Capability.IN_STORE_SALE);
        e2e.store(storeB, "Store B", 10.78, 106.69, "P3D", Capability.PICKUP, Capability.IN_STORE_SALE);
        e2e.product(sku, "Kettle", "8934563123457", 100_000L);
        e2e.receive(storeA, sku, 50);
        e2e.awaitReplicas(List.of(storeA, storeB), List.of(sku));
        e2e.awaitAvailability(sku, storeA);
        JsonNode placed = confirmed(placeOrder("operations"));
        order = placed.get("orderId").asString();
        group = placed.get("groups").get(0).get("groupId").asString();
        cancellable = confirmed(placeOrder("operations")).get("orderId").asString();
    }

    Stream<Arguments> matrix() {
        String cart = "/v1/carts/" + customerC;
        String line = "{\"quantity\":1,\"fulfilment\":{\"type\":\"PICKUP\",\"storeId\":\"" + storeA + "\"},"
                + "\"channel\":\"%s\"}";
        String groupPath = "/v1/orders/" + order + "/groups/" + group;
        String customer = "/v1/customers/" + customerC;
        return Stream.of(
                row("GET", cart, null, "401 200 200 200 200 200 403"),
                row("PUT", cart + "/lines/" + sku, line.formatted("WEB"), "401 200 200 403 403 200 403"),
                row("PUT", cart + "/lines/" + sku, line.formatted("STORE"), "401 200 403 200 200 403 403"),
                row("DELETE", cart + "/lines/" + sku + "?channel=APP", null, "401 200 200 403 403 200 403"),
                row("POST", cart + "/merge", "{\"fromCustomerId\":\"OA-G-" + run + "\",\"channel\":\"WEB\"}",
                        "401 200 200 403 403 403 403"),
                row("POST", "/v1/orders", orderBody("APP"), "401 201 201 403 403 201 403"),
                row("POST", "/v1/orders", orderBody("STORE"), "401 201 403 201 201 403 403"),
                row("GET", "/v1/orders/" + order, null, "401 200 200 200 200 200 403"),
                row("GET", customer + "/orders", null, "401 200 200 200 200 200 403"),
                row("POST", "/v1/orders/" + cancellable + "/cancellation", "{\"reason\":\"changed my mind\"}",
                        "401 x x x x 200 403"),
                row("GET", "/v1/stores/" + storeA + "/work-queue", null, "401 200 403 200 403 403 403"),
                row("POST", groupPath + "/picks", "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}",
                        "401 x 403 200 403 403 403"),
                row("POST", groupPath + "/ready", null, "401 x 403 200 403 403 403"),
                row("POST", groupPath + "/handover", "{\"pickupCode\":\"WRONG-1\"}", "401 x 403 409 403 403 403"),
                row("POST", groupPath + "/shipment", "{\"carrier\":\"GHN\",\"trackingNumber\":\"T1\"}",
                        "401 x 403 409 403 403 403"),
                row("POST", "/v1/orders/" + order + "/returns", "{\"storeId\":\"" + storeA + "\",\"lines\":[{\"sku\":\""
                        + sku + "\",\"quantity\":1}],\"reason\":\"too small\"}", "401 x 403 409 403 403 403"),
                row("GET", customer + "/loyalty", null, "401 200 200 200 200 200 403"),
                row("POST", customer + "/loyalty/redemptions",
                        "{\"points\":10,\"channel\":\"APP\",\"reference\":\"R\"}", "401 409 409 403 403 409 403"),
                row("PUT", customer + "/preferences",
                        "{\"notificationChannels\":[\"EMAIL\"],\"email\":\"c@example.com\"}",
                        "401 200 200 403 403 200 403"),
                row("GET", customer + "/notifications", null, "401 200 200 403 403 200 403"),
                row("GET", "/actuator/prometheus", null, "401 200 403 403 403 403 403"),
                row("GET", "/actuator/health", null, "200 200 200 200 200 200 200"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("matrix")
    void eachCallerGetsTheAgreedAnswer(String method, String path, String body, String expected) throws Exception {
        matrix.check(method, path, body, expected);
    }

    @Test
    void anotherCustomerCannotSpendThePoints_andTheRefusalChangesNothing() throws Exception {
        JsonNode collected = confirmed(placeOrder("customer C"));
        String orderId = collected.get("orderId").asString();
        String groupPath = "/v1/orders/" + orderId + "/groups/" + collected.get("groups").get(0).get("groupId")
                .asString();
        HttpCalls.ok(call("POST", groupPath + "/picks", "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}",
                "pos A"));
        String code = JSON.readTree(call("POST", groupPath + "/ready", null, "pos A").body()).get("pickupCode")
                .asString();
        assertThat(call("POST", groupPath + "/handover", "{\"pickupCode\":\"" + code + "\"}", "pos B").statusCode())
                .isEqualTo(403);
        HttpCalls.ok(call("POST", groupPath + "/handover", "{\"pickupCode\":\"" + code + "\"}", "pos A"));
        String loyalty = "/v1/customers/" + customerC + "/loyalty";
        await().atMost(Duration.ofSeconds(30)).until(() ->
                JSON.readTree(call("GET", loyalty, null, "customer C").body()).get("balance").asLong() > 0);
        String before = call("GET", loyalty, null, "customer C").body();
        long balance = JSON.readTree(before).get("balance").asLong();

        String spend = "{\"points\":" + balance + ",\"channel\":\"%s\",\"reference\":\"SPEND-" + run + "\"}";
        HttpResponse<String> stolen = call("POST", loyalty + "/redemptions", spend.formatted("APP"), "customer D");
        assertThat(stolen.statusCode()).isEqualTo(403);
        assertThat(stolen.body()).contains("/problems/forbidden");
        assertThat(call("POST", loyalty + "/redemptions", spend.formatted("STORE"), "customer C").statusCode())
                .as("a customer token does not sell at the till").isEqualTo(403);
        assertThat(call("GET", loyalty, null, "customer C").body()).isEqualTo(before);

        assertThat(call("POST", loyalty + "/redemptions", spend.formatted("APP"), "customer C").statusCode())
                .isEqualTo(201);
        assertThat(JSON.readTree(call("GET", loyalty, null, "customer C").body()).get("balance").asLong()).isZero();
    }

    @Test
    void aTokenThatFixesTheChannelCannotActOnAnother() throws Exception {
        String webOnly = DevTokens.role("storefront").channel("WEB").sign();
        assertThat(HttpCalls.call(base(), "POST", "/v1/orders", orderBody("APP"), webOnly).statusCode())
                .isEqualTo(403);
        assertThat(HttpCalls.call(base(), "GET", "/v1/carts/" + customerC + "?channel=APP", null, webOnly)
                .statusCode()).isEqualTo(403);
        assertThat(HttpCalls.call(base(), "GET", "/v1/carts/" + customerC + "?channel=WEB", null, webOnly)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aCustomerPlacesOrdersForItselfOnly() throws Exception {
        int before = JSON.readTree(call("GET", "/v1/customers/" + customerD + "/orders", null, "operations").body())
                .size();
        HttpResponse<String> forOther = call("POST", "/v1/orders", orderBody("APP").replace(customerC, customerD),
                "customer C");
        assertThat(forOther.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(call("GET", "/v1/customers/" + customerD + "/orders", null, "operations").body()))
                .hasSize(before);
    }

    private String orderBody(String channel) {
        return "{\"customerId\":\"" + customerC + "\",\"channel\":\"" + channel + "\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":1,\"fulfilment\":{\"type\":\"PICKUP\",\"storeId\":\"" + storeA + "\"}}],"
                + "\"payment\":{\"provider\":\"simulated-pay\",\"reference\":\"AUTH\","
                + "\"amount\":{\"amount\":100000,\"currency\":\"VND\"}}}";
    }

    private String placeOrder(String caller) throws Exception {
        HttpResponse<String> placed = call("POST", "/v1/orders", orderBody("APP"), caller);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return JSON.readTree(placed.body()).get("orderId").asString();
    }

    private JsonNode confirmed(String orderId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(
                call("GET", "/v1/orders/" + orderId, null, "operations").body()),
                o -> o.get("status").asString().equals("CONFIRMED"));
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
}
