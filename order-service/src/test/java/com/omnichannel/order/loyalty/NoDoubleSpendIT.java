package com.omnichannel.order.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.omnichannel.client.order.ApiClient;
import com.omnichannel.client.order.api.LoyaltyApi;
import com.omnichannel.client.order.model.LoyaltyEntry;
import com.omnichannel.client.order.model.LoyaltyEntryType;
import com.omnichannel.support.pricing.SalesChannel;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two channels spending the same points at once, fifty times over: concurrent redemptions of the whole balance
 * through two order-service instances (this test's and a separate process) on one database. Exactly one wins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoDoubleSpendIT {

    private static final long BALANCE = 1_250;
    private static final int REQUESTS = 50;

    @RegisterExtension
    static ServiceProcess second = ServiceProcess.order("order-second-instance");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyRedemptionsOfTheWholeBalance_exactlyOneWins_everyOtherIs409_andTheBalanceIsExactlyZero()
            throws Exception {
        String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new EarnPointsCommand(customer, BALANCE, SalesChannel.STORE, "ORD-1", "GRP-1"));
        List<String> instances = List.of("http://localhost:" + port, second.baseUri());

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String instance = instances.get(i % 2);
            String channel = i % 2 == 0 ? "APP" : "STORE";
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(instance + "/v1/customers/" + customer + "/loyalty/redemptions"))
                    .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DevTokens.operations()).timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"points\":" + BALANCE + ",\"channel\":\"" + channel
                            + "\",\"reference\":\"CHECKOUT-" + i + "\"}"));
            if (i % 4 < 2) {
                // half the requests carry an Idempotency-Key: the key's row joins the race's transaction
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            futures.add(pool.submit(() -> {
                start.await();
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                answers.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (response.statusCode() == 409 ? !response.body().contains("/problems/insufficient-points")
                        || !response.body().contains("\"available\":0") : response.statusCode() != 201) {
                    unexpected.add(response.statusCode() + " " + response.body());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(answers.get(201).get()).isEqualTo(1);
        assertThat(answers.get(409).get()).isEqualTo(REQUESTS - 1);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%PointsRedeemedEvent'", Integer.class, LoyaltyAccount.idOf(customer)))
                .isEqualTo(1);
        for (String instance : instances) {
            ApiClient client = new ApiClient();
            client.updateBaseUri(instance);
            client.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
            var account = new LoyaltyApi(client).getLoyalty(customer);
            assertThat(account.getBalance()).isZero();
            assertThat(account.getHeld()).isZero();
            assertThat(account.getHistory()).extracting(LoyaltyEntry::getType)
                    .containsExactly(LoyaltyEntryType.REDEEMED, LoyaltyEntryType.EARNED);
            assertThat(account.getHistory().get(0).getPoints()).isEqualTo(BALANCE);
        }
    }
}
