package com.omnichannel.inventory.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.omnichannel.support.security.VerifiedTokens;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.HttpCalls;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Bad input of every kind gets a clear 4xx problem without internals, and changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardeningIT {

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder tokens;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String store = "H-" + run;
    private final String sku = "H-SKU-" + run;
    private final String stock = "/v1/stock/" + store + "/" + sku;

    @BeforeEach
    void fixture() throws Exception {
        assertThat(call("PUT", "/v1/locations/" + store, "{\"name\":\"Store\",\"type\":\"STORE\",\"latitude\":10.77,"
                + "\"longitude\":106.70,\"capabilities\":[\"IN_STORE_SALE\"]}").statusCode()).isEqualTo(200);
        assertThat(call("PUT", "/v1/products/" + sku, "{\"name\":\"Kettle\",\"gtin\":\"8934563123457\","
                + "\"price\":{\"amount\":100000}}").statusCode()).isEqualTo(200);
        assertThat(call("POST", stock + "/receipts", "{\"quantity\":10,\"reference\":\"PO\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBodyAboveTheLimitIs413_whetherItsLengthIsDeclaredOrNot() throws Exception {
        String before = call("GET", stock, null).body();
        String huge = "{\"quantity\":1,\"reference\":\"" + "x".repeat(70_000) + "\"}";

        HttpResponse<String> declared = call("POST", stock + "/receipts", huge);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("/problems/too-large");

        HttpResponse<String> streamed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + stock + "/receipts"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DevTokens.operations())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.body()).contains("/problems/too-large");

        assertThat(call("GET", stock, null).body()).isEqualTo(before);
    }

    @Test
    void malformedInputIs400WithoutStackTracesOrSql() throws Exception {
        String before = call("GET", stock, null).body();
        String[][] bad = {
                {"POST", stock + "/receipts", "{\"quantity\": 1, \"reference\": "},
                {"POST", stock + "/receipts", "{\"quantity\": \"1; DROP TABLE stock_level\", \"reference\": \"PO\"}"},
                {"POST", stock + "/receipts", "{\"quantity\": 99999999999, \"reference\": \"PO\"}"},
                {"POST", stock + "/sales", "{\"quantity\": 0, \"reference\": \"TILL\"}"},
                {"GET", "/v1/stock/" + store + "/" + "S".repeat(65), null},
                {"GET", "/v1/stock/" + store + "/bad%27sku", null},
                {"POST", "/v1/stock/" + store + "/" + sku + "/reservations",
                        "{\"quantity\": 1, \"reference\": \"R\", \"channel\": \"FAX\"}"},
        };
        for (String[] request : bad) {
            HttpResponse<String> response = call(request[0], request[1], request[2]);
            assertThat(response.statusCode()).as("%s %s", request[0], request[1]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("/problems/validation")
                    .doesNotContain("Exception", "at com.", "at org.", "SQL", "select ", "insert ");
        }
        assertThat(call("GET", stock, null).body()).isEqualTo(before);
    }

    @Test
    void aTokenIsVerifiedOnce_butTheSameTokenWithAnotherSignatureIsRefused() throws Exception {
        assertThat(tokens).isInstanceOf(VerifiedTokens.class);
        assertThat(call("GET", stock, null).statusCode()).isEqualTo(200);   // the token is now remembered
        String token = DevTokens.operations();
        int at = token.length() - 10;   // inside the signature (its last character holds padding bits too)
        String altered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        HttpResponse<String> refused = HttpCalls.call("http://localhost:" + port, "GET", stock, null, altered);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("/problems/unauthorized");
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return HttpCalls.call("http://localhost:" + port, method, path, body, DevTokens.operations());
    }
}
