package com.omnichannel.inventory.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.omnichannel.client.inventory.ApiClient;
import com.omnichannel.client.inventory.ApiException;
import com.omnichannel.client.inventory.api.PricesApi;
import com.omnichannel.client.inventory.api.ProductsApi;
import com.omnichannel.client.inventory.model.Channel;
import com.omnichannel.client.inventory.model.Money;
import com.omnichannel.client.inventory.model.MoneyInput;
import com.omnichannel.client.inventory.model.Price;
import com.omnichannel.client.inventory.model.Product;
import com.omnichannel.client.inventory.model.ProductInput;
import com.omnichannel.client.inventory.model.Promotion;
import com.omnichannel.client.inventory.model.PromotionInput;
import com.omnichannel.support.testing.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Products, promotions and prices through HTTP, against the real database and broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductPricingIT {

    private static final OffsetDateTime FROM = OffsetDateTime.parse("2026-02-10T00:00:00Z");
    private static final OffsetDateTime TO = OffsetDateTime.parse("2026-02-20T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    JsonMapper json;

    private ProductsApi products;
    private PricesApi prices;
    private final String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        products = new ProductsApi(client);
        prices = new PricesApi(client);
    }

    @Test
    void aNewProductHasItsListPriceOnEveryChannel() throws ApiException {
        Product product = products.upsertProduct(sku, shoe(1_290_000));

        assertThat(product.getSku()).isEqualTo(sku);
        assertThat(product.getPrice()).isEqualTo(money(1_290_000L, "VND"));
        assertThat(product.getPromotions()).isEmpty();
        for (Channel channel : Channel.values()) {
            Price price = prices.getPrice(sku, channel, null);
            assertThat(price.getChannel()).isEqualTo(channel);
            assertThat(price.getListPrice()).isEqualTo(money(1_290_000L, "VND"));
            assertThat(price.getPrice()).isEqualTo(money(1_290_000L, "VND"));
            assertThat(price.getPromotionId()).isNull();
            assertThat(price.getAt()).isBetween(OffsetDateTime.now().minusMinutes(1), OffsetDateTime.now().plusMinutes(1));
        }
    }

    @Test
    void promotionsApplyOnTheirChannelsWithinTheirWindows_andTheBestPriceWins() throws ApiException {
        products.upsertProduct(sku, shoe(1_290_000));
        Promotion tet = products.upsertPromotion(sku, "TET-2026", new PromotionInput().channels(List.of(Channel.APP))
                .percentOff(10).validFrom(FROM).validTo(TO));
        products.upsertPromotion(sku, "CLEARANCE", new PromotionInput()
                .amountOff(input(100_000L, "VND")).validFrom(FROM.plusDays(5)));

        assertThat(tet.getChannels()).containsExactly(Channel.APP);
        assertThat(tet.getPercentOff()).isEqualTo(10);
        assertThat(tet.getValidFrom()).isEqualTo(FROM);
        assertThat(price(Channel.APP, FROM.minusNanos(1000))).isEqualTo(quote(1_290_000, null));
        assertThat(price(Channel.APP, FROM)).isEqualTo(quote(1_161_000, "TET-2026"));
        assertThat(price(Channel.WEB, FROM)).isEqualTo(quote(1_290_000, null));
        assertThat(price(Channel.WEB, FROM.plusDays(5))).isEqualTo(quote(1_190_000, "CLEARANCE"));
        assertThat(price(Channel.APP, FROM.plusDays(5))).isEqualTo(quote(1_161_000, "TET-2026"));
        assertThat(price(Channel.APP, TO.minusNanos(1000))).isEqualTo(quote(1_161_000, "TET-2026"));
        assertThat(price(Channel.APP, TO)).isEqualTo(quote(1_190_000, "CLEARANCE"));
        assertThat(price(Channel.STORE, OffsetDateTime.parse("2030-01-01T07:00:00+07:00")))
                .isEqualTo(quote(1_190_000, "CLEARANCE"));
        assertThat(products.upsertProduct(sku, shoe(1_290_000)).getPromotions()).extracting(Promotion::getPromotionId)
                .containsExactly("CLEARANCE", "TET-2026");
    }

    @Test
    void aDeletedPromotionNoLongerApplies_andDeletingItAgainIsStill204() throws Exception {
        products.upsertProduct(sku, shoe(500_000));
        products.upsertPromotion(sku, "HALF", new PromotionInput().percentOff(50));
        assertThat(price(Channel.WEB, FROM)).isEqualTo(quote(250_000, 500_000, "HALF"));
        long events = eventCount();

        products.deletePromotion(sku, "HALF");
        HttpResponse<String> again = send("DELETE", "/v1/products/" + sku + "/promotions/HALF", null);

        assertThat(again.statusCode()).isEqualTo(204);
        assertThat(eventCount()).isEqualTo(events + 1);
        assertThat(price(Channel.WEB, FROM)).isEqualTo(quote(500_000, 500_000, null));
    }

    @Test
    void sendingTheSameProductOrPromotionAgainStoresNothing() throws Exception {
        products.upsertProduct(sku, shoe(500_000));
        products.upsertPromotion(sku, "P", new PromotionInput().percentOff(5));
        long events = eventCount();

        products.upsertProduct(sku, shoe(500_000));
        products.upsertPromotion(sku, "P", new PromotionInput().percentOff(5));

        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aPriceWithoutCurrencyIsInVnd() throws Exception {
        HttpResponse<String> response = send("PUT", "/v1/products/" + sku,
                "{\"name\": \"Ao dai\", \"gtin\": \"12345670\", \"price\": {\"amount\": 259000}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(prices.getPrice(sku, Channel.STORE, null).getPrice()).isEqualTo(money(259_000L, "VND"));
    }

    @Test
    void otherCurrenciesKeepTheirMinorUnits_andPercentagesRoundThePriceDown() throws ApiException {
        products.upsertProduct(sku, new ProductInput().name("Headphones").gtin("12345670")
                .price(input(4999L, "USD")));
        products.upsertPromotion(sku, "TEN", new PromotionInput().percentOff(10));

        assertThat(prices.getPrice(sku, Channel.WEB, FROM)).isEqualTo(new Price().sku(sku).channel(Channel.WEB)
                .at(FROM).listPrice(money(4999L, "USD")).price(money(4499L, "USD")).promotionId("TEN"));
    }

    @Test
    void unknownSkuIs404ForPromotionsAndPrices_andStoresNothing() throws Exception {
        long events = eventCount();

        HttpResponse<String> put = send("PUT", "/v1/products/" + sku + "/promotions/P", "{\"percentOff\": 10}");
        HttpResponse<String> delete = send("DELETE", "/v1/products/" + sku + "/promotions/P", null);
        HttpResponse<String> price = send("GET", "/v1/prices/" + sku + "?channel=WEB", null);

        for (HttpResponse<String> r : List.of(put, delete, price)) {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.body()).contains("/problems/not-found").contains(sku);
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void badProductsAre400NamingTheField_andStoreNothing() throws Exception {
        products.upsertProduct(sku, shoe(1_000_000));
        long events = eventCount();
        String path = "/v1/products/" + sku;

        Map<String, String> badBodies = Map.of(
                "price.amount", body("Shoe", "12345670", "-1", "VND"),
                "price.currency", body("Shoe", "12345670", "100", "XYZ"),
                "price.currency ", body("Shoe", "12345670", "100", "vnd"),
                "price.amount ", body("Shoe", "12345670", "1.5", "VND"),
                "name", "{\"gtin\": \"12345670\", \"price\": {\"amount\": 1, \"currency\": \"VND\"}}",
                "name ", body("", "12345670", "100", "VND"),
                "gtin", body("Shoe", "12AB", "100", "VND"),
                "price", "{\"name\": \"Shoe\", \"gtin\": \"12345670\"}");
        for (var bad : badBodies.entrySet()) {
            assertValidationProblem(send("PUT", path, bad.getValue()), bad.getKey().trim());
        }
        assertValidationProblem(send("PUT", path, "{\"name\": "), null);

        assertThat(eventCount()).isEqualTo(events);
        assertThat(prices.getPrice(sku, Channel.WEB, null).getPrice()).isEqualTo(money(1_000_000L, "VND"));
    }

    @Test
    void badPromotionsAre400NamingTheField_andStoreNothing() throws Exception {
        products.upsertProduct(sku, shoe(1_000_000));
        products.upsertPromotion(sku, "AMOUNT", new PromotionInput().amountOff(input(1000L, "VND")));
        long events = eventCount();
        String path = "/v1/products/" + sku + "/promotions/P";

        Map<String, String> badBodies = Map.of(
                "percentOff", "{\"percentOff\": 101}",
                "percentOff ", "{\"percentOff\": -1}",
                "amountOff", "{\"percentOff\": 10, \"amountOff\": {\"amount\": 100, \"currency\": \"VND\"}}",
                "percentOff  ", "{\"channels\": [\"WEB\"]}",
                "amountOff.amount", "{\"amountOff\": {\"amount\": 1000001, \"currency\": \"VND\"}}",
                "amountOff.amount ", "{\"amountOff\": {\"amount\": -5, \"currency\": \"VND\"}}",
                "amountOff.currency", "{\"amountOff\": {\"amount\": 100, \"currency\": \"USD\"}}",
                "amountOff.currency ", "{\"amountOff\": {\"amount\": 100, \"currency\": \"ABC\"}}",
                "validTo", "{\"percentOff\": 10, \"validFrom\": \"2026-02-20T00:00:00Z\", "
                        + "\"validTo\": \"2026-02-10T00:00:00Z\"}",
                "validTo ", "{\"percentOff\": 10, \"validFrom\": \"2026-02-20T00:00:00Z\", "
                        + "\"validTo\": \"2026-02-20T07:00:00+07:00\"}");
        for (var bad : badBodies.entrySet()) {
            assertValidationProblem(send("PUT", path, bad.getValue()), bad.getKey().trim());
        }
        assertValidationProblem(send("PUT", path, "{\"percentOff\": 10, \"channels\": [\"TV\"]}"), "channels[0]");
        assertValidationProblem(send("PUT", path, "{\"percentOff\": 10, \"validFrom\": \"next tuesday\"}"),
                "validFrom");
        assertValidationProblem(send("PUT", "/v1/products/" + sku + "/promotions/bad%20id", "{\"percentOff\": 1}"),
                "promotionId");
        // the base price cannot leave the currency of an amount-off promotion
        assertValidationProblem(send("PUT", "/v1/products/" + sku, body("Shoe", "12345670", "100", "USD")),
                "price.currency");

        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from product_promotion where sku = ?", Integer.class, sku))
                .isEqualTo(1);
    }

    @Test
    void aPriceNeedsAKnownChannelAndAReadableInstant() throws Exception {
        products.upsertProduct(sku, shoe(1000));

        assertValidationProblem(send("GET", "/v1/prices/" + sku, null), "channel");
        assertValidationProblem(send("GET", "/v1/prices/" + sku + "?channel=TV", null), "channel");
        assertValidationProblem(send("GET", "/v1/prices/" + sku + "?channel=WEB&at=yesterday", null), "at");
    }

    @Test
    void everyChangeIsPublishedAsProductChangedWithTheWholeProductAndItsSequence() throws Exception {
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        TopicExchange exchange = new TopicExchange("inventory.products", true, false);
        Queue queue = new Queue("test.products." + sku, false, false, false);
        admin.declareExchange(exchange);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("#"));

        products.upsertProduct(sku, shoe(1_290_000));
        products.upsertPromotion(sku, "TET-2026", new PromotionInput().channels(List.of(Channel.APP))
                .percentOff(10).validFrom(FROM).validTo(TO));
        products.deletePromotion(sku, "TET-2026");

        List<JsonNode> published = new java.util.ArrayList<>();
        long deadline = System.currentTimeMillis() + 30_000;
        while (published.size() < 3 && System.currentTimeMillis() < deadline) {
            Message message = rabbit.receive(queue.getName(), 1000);
            if (message != null) {
                JsonNode event = json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
                if (event.path("sku").asString().equals(sku)) {
                    published.add(event);
                }
            }
        }
        admin.deleteQueue(queue.getName());

        assertThat(published).extracting(e -> e.path("sequence").asLong()).containsExactly(0L, 1L, 2L);
        JsonNode withPromotion = published.get(1);
        assertThat(withPromotion.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(withPromotion.path("aggregateId").asString()).isEqualTo(sku);
        assertThat(withPromotion.path("price").path("amount").asLong()).isEqualTo(1_290_000L);
        JsonNode promotion = withPromotion.path("promotions").get(0);
        assertThat(promotion.path("promotionId").asString()).isEqualTo("TET-2026");
        assertThat(promotion.path("channels").get(0).asString()).isEqualTo("APP");
        assertThat(promotion.path("percentOff").asInt()).isEqualTo(10);
        assertThat(OffsetDateTime.parse(promotion.path("validFrom").asString())).isEqualTo(FROM);
        assertThat(OffsetDateTime.parse(promotion.path("validTo").asString())).isEqualTo(TO);
        assertThat(published.get(2).path("promotions")).isEmpty();
        assertThat(published).extracting(e -> e.path("eventId").asString()).doesNotHaveDuplicates();
    }

    /** The priced part of the answer (list price, price, promotion). */
    private Price price(Channel channel, OffsetDateTime at) throws ApiException {
        Price answer = prices.getPrice(sku, channel, at);
        assertThat(answer.getSku()).isEqualTo(sku);
        assertThat(answer.getChannel()).isEqualTo(channel);
        assertThat(answer.getAt()).isAtSameInstantAs(at);
        return new Price().listPrice(answer.getListPrice()).price(answer.getPrice())
                .promotionId(answer.getPromotionId());
    }

    private Price quote(long price, String promotionId) {
        return quote(price, 1_290_000, promotionId);
    }

    private Price quote(long price, long list, String promotionId) {
        return new Price().listPrice(money(list, "VND")).price(money(price, "VND")).promotionId(promotionId);
    }

    private static MoneyInput input(long amount, String currency) {
        return new MoneyInput().amount(amount).currency(currency);
    }

    private static Money money(long amount, String currency) {
        return new Money().amount(amount).currency(currency);
    }

    private static ProductInput shoe(long amount) {
        return new ProductInput().name("Trail running shoe, size 42").gtin("8934563123457")
                .price(input(amount, "VND"));
    }

    private static String body(String name, String gtin, String amount, String currency) {
        return "{\"name\": \"" + name + "\", \"gtin\": \"" + gtin + "\", \"price\": {\"amount\": " + amount
                + ", \"currency\": \"" + currency + "\"}}";
    }

    private void assertValidationProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("/problems/validation");
        if (field != null) {
            assertThat(response.body()).as("names the field").contains("\"field\":\"" + field + "\"");
        }
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DevTokens.operations());
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
