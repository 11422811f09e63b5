package com.omnichannel.order.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.omnichannel.client.inventory.ApiClient;
import com.omnichannel.client.inventory.ApiException;
import com.omnichannel.client.inventory.api.PricesApi;
import com.omnichannel.client.inventory.api.ProductsApi;
import com.omnichannel.client.inventory.model.Channel;
import com.omnichannel.client.inventory.model.MoneyInput;
import com.omnichannel.client.inventory.model.Price;
import com.omnichannel.client.inventory.model.ProductInput;
import com.omnichannel.client.inventory.model.PromotionInput;
import com.omnichannel.order.OrderApplication;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.ServiceProcess;
import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.PriceQuote;
import com.omnichannel.support.pricing.SalesChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The consistency check of issue 5, as a property over both real services and the broker: inventory-service (the
 * built jar, a separate process) gets a price book of overlapping, channel-bound, windowed promotions through its
 * API; once order-service's replica has caught up, for many generated (SKU, channel, instant) the price
 * order-service would put on a cart line ({@link Prices}) equals what {@code GET /v1/prices/{sku}} answers.
 */
class PriceConsistencyIT {

    private static final Logger log = LoggerFactory.getLogger(PriceConsistencyIT.class);
    private static final Instant T0 = Instant.parse("2030-03-01T00:00:00Z");

    private static final ServiceProcess inventory = ServiceProcess.inventory("inventory-for-price-consistency");
    private static ConfigurableApplicationContext orderService;
    private static Prices prices;
    private static PricesApi inventoryPrices;
    private static ProductsApi products;
    private static final String run = UUID.randomUUID().toString().substring(0, 6);
    private static final Map<String, Long> lastSequence = new HashMap<>();
    private static final List<Instant> windowEdges = new ArrayList<>();

    @BeforeContainer
    static void startBothServicesAndWriteThePriceBook() throws Exception {
        inventory.start();
        orderService = new SpringApplicationBuilder(OrderApplication.class).run("--server.port=0");
        prices = orderService.getBean(Prices.class);
        ApiClient client = new ApiClient();
        client.updateBaseUri(inventory.baseUri());
        client.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        products = new ProductsApi(client);
        inventoryPrices = new PricesApi(client);

        writeThePriceBook();

        PriceReplicaRepository replicas = orderService.getBean(PriceReplicaRepository.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> lastSequence.entrySet().stream().allMatch(e ->
                replicas.findById(e.getKey()).map(r -> r.getSourceSequence() == e.getValue()).orElse(false)));
    }

    @AfterContainer
    static void stopBothServices() throws Exception {
        if (orderService != null) {
            orderService.close();
        }
        inventory.stop();
    }

    @Property(tries = 1000)
    void theCartPriceInOrderServiceEqualsTheAnswerOfInventoryService(@ForAll("skus") String sku,
            @ForAll SalesChannel channel, @ForAll("instants") Instant at) throws ApiException {
        Price answer = inventoryPrices.getPrice(sku, Channel.valueOf(channel.name()), at.atOffset(ZoneOffset.UTC));

        PriceQuote cartPrice = prices.price(sku, channel, at);

        assertThat(cartPrice).isEqualTo(new PriceQuote(money(answer.getListPrice()), money(answer.getPrice()),
                answer.getPromotionId()));
    }

    @Provide
    Arbitrary<String> skus() {
        return Arbitraries.of(new ArrayList<>(lastSequence.keySet()));
    }

    /** Half at a window's edge (or one microsecond either side), half anywhere around the windows. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> edges = Arbitraries.of(windowEdges)
                .flatMap(edge -> Arbitraries.of(edge.minus(1, ChronoUnit.MICROS), edge, edge.plus(1, ChronoUnit.MICROS)));
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(-3 * 24 * 3600_000_000L, 12 * 24 * 3600_000_000L)
                .map(micros -> T0.plus(micros, ChronoUnit.MICROS));
        return Arbitraries.frequencyOf(Tuple.of(1, edges), Tuple.of(1, anywhere));
    }

    private static void writeThePriceBook() throws ApiException {
        product("PLAIN", 259_000, "VND");

        String overlap = product("OVERLAP", 1_290_000, "VND");
        percent(overlap, "A-APP-10", 10, 0, 240, Channel.APP);
        amount(overlap, "B-ALL-100K", 100_000, 120, null);
        percent(overlap, "C-WEB-STORE-20", 20, 48, 72, Channel.WEB, Channel.STORE);
        percent(overlap, "D-EARLY-5", 5, null, 24);

        String tie = product("TIE", 1_000_000, "VND");
        percent(tie, "Z-TEN", 10, 0, 100);
        amount(tie, "A-100K", 100_000, 50, 150);
        percent(tie, "M-APP-TEN", 10, 20, 60, Channel.APP);

        String edges = product("EDGES", 999, "VND");
        percent(edges, "THIRD-APP", 33, 10, 11, Channel.APP);
        amount(edges, "FREE-STORE", 999, 10, 11, Channel.STORE);
        percent(edges, "ALL-WEB", 100, 20, 30, Channel.WEB);
        percent(edges, "NOTHING", 0, null, null);
        PromotionInput oneMicrosecond = new PromotionInput().percentOff(50)
                .validFrom(hour(40).atOffset(ZoneOffset.UTC))
                .validTo(hour(40).plus(1, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        promotion(edges, "BLINK", oneMicrosecond);

        String dollars = product("USD", 4999, "USD");
        percent(dollars, "FIFTEEN", 15, 0, 48);
        amount(dollars, "FIVE-APP", 500, 24, 72, Channel.APP);

        String yen = product("JPY", 1999, "JPY");
        percent(yen, "SEVEN", 7, null, 96);

        String changed = product("CHANGED", 500_000, "VND");
        percent(changed, "P1", 30, 0, 100);
        amount(changed, "P2", 50_000, 0, null);
        delete(changed, "P1");
        change(changed, 450_000, "VND");
        amount(changed, "P2", 60_000, 10, 20, Channel.WEB);

        long seed = Long.getLong("price.book.seed", System.nanoTime());
        log.info("Random part of the price book from seed {} (-Dprice.book.seed={} repeats it)", seed, seed);
        Random random = new Random(seed);
        for (int i = 0; i < 8; i++) {
            long price = 1000 + random.nextInt(5_000_000);
            String sku = product("RANDOM" + i, price, "VND");
            for (int p = random.nextInt(6); p > 0; p--) {
                Integer from = random.nextInt(5) == 0 ? null : random.nextInt(200) - 24;
                Integer to = random.nextInt(5) == 0 ? null : (from == null ? 0 : from) + 1 + random.nextInt(120);
                Channel[] channels = Arrays.stream(Channel.values()).filter(c -> random.nextBoolean())
                        .toArray(Channel[]::new);
                String id = "R" + p;
                if (random.nextBoolean()) {
                    percent(sku, id, random.nextInt(101), from, to, channels);
                } else {
                    amount(sku, id, random.nextLong(price + 1), from, to, channels);
                }
            }
        }
        log.info("Price book of {} products written, {} window edges", lastSequence.size(), windowEdges.size());
    }

    private static String product(String name, long amount, String currency) throws ApiException {
        String sku = name + "-" + run;
        change(sku, amount, currency);
        return sku;
    }

    private static void change(String sku, long amount, String currency) throws ApiException {
        products.upsertProduct(sku, new ProductInput().name("Product " + sku).gtin("12345670")
                .price(new MoneyInput().amount(amount).currency(currency)));
        lastSequence.merge(sku, 0L, (last, first) -> last + 1);
    }

    private static void percent(String sku, String id, int percent, Integer fromHour, Integer toHour,
                                Channel... channels) throws ApiException {
        promotion(sku, id, window(new PromotionInput().percentOff(percent), fromHour, toHour, channels));
    }

    private static void amount(String sku, String id, long amount, Integer fromHour, Integer toHour,
                               Channel... channels) throws ApiException {
        String currency = sku.startsWith("USD") ? "USD" : sku.startsWith("JPY") ? "JPY" : "VND";
        promotion(sku, id, window(new PromotionInput().amountOff(new MoneyInput().amount(amount).currency(currency)),
                fromHour, toHour, channels));
    }

    private static PromotionInput window(PromotionInput promotion, Integer fromHour, Integer toHour,
                                         Channel... channels) {
        return promotion.channels(List.of(channels))
                .validFrom(fromHour == null ? null : hour(fromHour).atOffset(ZoneOffset.UTC))
                .validTo(toHour == null ? null : hour(toHour).atOffset(ZoneOffset.UTC));
    }

    private static void promotion(String sku, String id, PromotionInput promotion) throws ApiException {
        products.upsertPromotion(sku, id, promotion);
        lastSequence.merge(sku, 1L, Long::sum);
        if (promotion.getValidFrom() != null) {
            windowEdges.add(promotion.getValidFrom().toInstant());
        }
        if (promotion.getValidTo() != null) {
            windowEdges.add(promotion.getValidTo().toInstant());
        }
    }

    private static void delete(String sku, String id) throws ApiException {
        products.deletePromotion(sku, id);
        lastSequence.merge(sku, 1L, Long::sum);
    }

    private static Instant hour(int hours) {
        return T0.plus(hours, ChronoUnit.HOURS);
    }

    private static Money money(com.omnichannel.client.inventory.model.Money money) {
        return new Money(money.getAmount(), money.getCurrency());
    }
}
