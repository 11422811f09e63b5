package com.omnichannel.order.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.omnichannel.client.order.ApiClient;
import com.omnichannel.client.order.ApiException;
import com.omnichannel.client.order.ApiResponse;
import com.omnichannel.client.order.api.LoyaltyApi;
import com.omnichannel.client.order.model.Channel;
import com.omnichannel.client.order.model.LoyaltyAccount;
import com.omnichannel.client.order.model.LoyaltyEntry;
import com.omnichannel.client.order.model.LoyaltyEntryType;
import com.omnichannel.client.order.model.Redemption;
import com.omnichannel.client.order.model.RedemptionInput;
import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.SalesChannel;
import com.omnichannel.support.testing.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The loyalty account through HTTP and through the commands the order flow sends, on the real database and broker.
 * Points are earned through the command gateway: there is no public endpoint that gives points away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoyaltyIT {

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    LoyaltyRules rules;
    @Autowired
    JdbcTemplate jdbc;

    private LoyaltyApi api;
    private final String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        api = new LoyaltyApi(client);
    }

    private void earn(long points, String orderId) {
        commands.sendAndWait(new EarnPointsCommand(customer, points, SalesChannel.STORE, orderId, "GRP-" + orderId));
    }

    private static RedemptionInput redemption(long points) {
        return new RedemptionInput().points(points).channel(Channel.APP).reference("APP-CHECKOUT-1");
    }

    private int storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, com.omnichannel.order.loyalty.LoyaltyAccount.idOf(customer));
    }

    @Test
    void aCustomerWithoutLoyaltyActivityHasAZeroBalanceAndAnEmptyHistory() throws ApiException {
        LoyaltyAccount account = api.getLoyalty(customer);

        assertThat(account.getCustomerId()).isEqualTo(customer);
        assertThat(account.getBalance()).isZero();
        assertThat(account.getHeld()).isZero();
        assertThat(account.getDebt()).isZero();
        assertThat(account.getHistory()).isEmpty();
    }

    @Test
    void pointsEarnedInAStoreAreSpentInTheApp_andTheHistoryShowsChannelAndOrderNewestFirst() throws ApiException {
        earn(500, "ORD-1");

        Redemption redemption = api.redeemPoints(customer, redemption(200), null);

        assertThat(redemption.getRedemptionId()).isNotBlank();
        assertThat(redemption.getCustomerId()).isEqualTo(customer);
        assertThat(redemption.getPoints()).isEqualTo(200);
        assertThat(redemption.getChannel()).isEqualTo(Channel.APP);
        assertThat(redemption.getReference()).isEqualTo("APP-CHECKOUT-1");
        assertThat(redemption.getBalanceAfter()).isEqualTo(300);
        assertThat(redemption.getAt()).isNotNull();
        LoyaltyAccount account = api.getLoyalty(customer);
        assertThat(account.getBalance()).isEqualTo(300);
        assertThat(account.getHistory()).extracting(LoyaltyEntry::getType, LoyaltyEntry::getPoints,
                        LoyaltyEntry::getChannel, LoyaltyEntry::getReference, LoyaltyEntry::getOrderId)
                .containsExactly(
                        tuple(LoyaltyEntryType.REDEEMED, 200L, Channel.APP,
                                "APP-CHECKOUT-1", null),
                        tuple(LoyaltyEntryType.EARNED, 500L, Channel.STORE,
                                "GRP-ORD-1", "ORD-1"));
        assertThat(account.getHistory().get(0).getAt()).isAfterOrEqualTo(account.getHistory().get(1).getAt());
    }

    @Test
    void redeemingMoreThanTheBalanceIs409InsufficientPointsSayingWhatIsAvailable_andChangesNothing()
            throws ApiException {
        earn(100, "ORD-1");
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> api.redeemPoints(customer, redemption(101), key))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("https://omnichannel.example/problems/insufficient-points")
                            .contains("\"available\":100");
                });
        assertThat(api.getLoyalty(customer).getBalance()).isEqualTo(100);
        assertThat(api.getLoyalty(customer).getHistory()).hasSize(1);
        assertThat(storedEvents()).isEqualTo(1);
        // the refusal kept no answer under the key: once the balance allows it, the same request goes through
        earn(1, "ORD-2");
        assertThat(api.redeemPoints(customer, redemption(101), key).getBalanceAfter()).isZero();
    }

    @Test
    void zeroOrNegativePointsOrAMissingFieldIs400NamingTheField_andChangesNothing() throws Exception {
        earn(100, "ORD-1");

        for (long points : new long[] {0, -5}) {
            assertThatThrownBy(() -> api.redeemPoints(customer, redemption(points), UUID.randomUUID().toString()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(400);
                        assertThat(e.getResponseBody()).contains("https://omnichannel.example/problems/validation")
                                .contains("\"field\":\"points\"");
                    });
        }
        HttpResponse<String> noChannel = post(customer, "{\"points\": 10, \"reference\": \"R-1\"}");
        HttpResponse<String> fractional = post(customer, "{\"points\": 1.5, \"channel\": \"WEB\", "
                + "\"reference\": \"R\"}");
        HttpResponse<String> badCustomer = post("not a customer!", "{\"points\": 1, \"channel\": \"WEB\", "
                + "\"reference\": \"R\"}");

        assertThat(noChannel.statusCode()).isEqualTo(400);
        assertThat(noChannel.body()).contains("\"field\":\"channel\"");
        assertThat(fractional.statusCode()).isEqualTo(400);
        assertThat(fractional.body()).contains("\"field\":\"points\"");
        assertThat(badCustomer.statusCode()).isEqualTo(400);
        assertThat(api.getLoyalty(customer).getBalance()).isEqualTo(100);
        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void aRetriedRedemptionWithTheSameKeyHappensOnce_andTheSameKeyWithAnotherBodyIs422() throws ApiException {
        earn(500, "ORD-1");
        String key = UUID.randomUUID().toString();

        Redemption first = api.redeemPoints(customer, redemption(200), key);
        ApiResponse<Redemption> again = api.redeemPointsWithHttpInfo(customer, redemption(200), key);

        assertThat(again.getStatusCode()).isEqualTo(201);
        assertThat(again.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(again.getData().getRedemptionId()).isEqualTo(first.getRedemptionId());
        assertThat(api.getLoyalty(customer).getBalance()).isEqualTo(300);
        assertThatThrownBy(() -> api.redeemPoints(customer, redemption(100), key))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(422));
        assertThat(api.getLoyalty(customer).getBalance()).isEqualTo(300);
    }

    @Test
    void theOrderFlow_holdsCapturesReleasesAndReverses_andDebtIsSettledByLaterEarnings() throws ApiException {
        earn(500, "ORD-1");
        commands.sendAndWait(new HoldPointsCommand(customer, "HOLD-2", 300, SalesChannel.WEB, "ORD-2"));

        LoyaltyAccount holding = api.getLoyalty(customer);
        assertThat(holding.getBalance()).isEqualTo(200);
        assertThat(holding.getHeld()).isEqualTo(300);
        assertThatThrownBy(() -> api.redeemPoints(customer, redemption(201), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getResponseBody())
                        .contains("\"available\":200"));

        commands.sendAndWait(new CapturePointsCommand(customer, "HOLD-2"));
        commands.sendAndWait(new CapturePointsCommand(customer, "HOLD-2"));
        commands.sendAndWait(new HoldPointsCommand(customer, "HOLD-3", 100, SalesChannel.APP, "ORD-3"));
        commands.sendAndWait(new ReleasePointsHoldCommand(customer, "HOLD-3"));
        commands.sendAndWait(new ReleasePointsHoldCommand(customer, "HOLD-3"));
        // goods of ORD-1 returned at another store: 500 points to take back, 200 are there
        commands.sendAndWait(new ReversePointsCommand(customer, 500, SalesChannel.STORE, "ORD-1", "RET-1"));

        LoyaltyAccount owing = api.getLoyalty(customer);
        assertThat(owing.getBalance()).isZero();
        assertThat(owing.getHeld()).isZero();
        assertThat(owing.getDebt()).isEqualTo(300);

        earn(400, "ORD-4");

        LoyaltyAccount settled = api.getLoyalty(customer);
        assertThat(settled.getBalance()).isEqualTo(100);
        assertThat(settled.getDebt()).isZero();
        assertThat(settled.getHistory()).extracting(LoyaltyEntry::getType, LoyaltyEntry::getPoints,
                        LoyaltyEntry::getOrderId)
                .containsExactly(
                        tuple(LoyaltyEntryType.DEBT_SETTLED, 300L, "ORD-4"),
                        tuple(LoyaltyEntryType.EARNED, 400L, "ORD-4"),
                        tuple(LoyaltyEntryType.DEBT_RECORDED, 300L, "ORD-1"),
                        tuple(LoyaltyEntryType.REVERSED, 200L, "ORD-1"),
                        tuple(LoyaltyEntryType.RELEASED, 100L, "ORD-3"),
                        tuple(LoyaltyEntryType.HELD, 100L, "ORD-3"),
                        tuple(LoyaltyEntryType.REDEEMED, 300L, "ORD-2"),
                        tuple(LoyaltyEntryType.HELD, 300L, "ORD-2"),
                        tuple(LoyaltyEntryType.EARNED, 500L, "ORD-1"));
    }

    @Test
    void commandsThatChangeNothingStoreNothing_evenForACustomerWithoutAnAccount() throws ApiException {
        commands.sendAndWait(new ReleasePointsHoldCommand(customer, "HOLD-NEVER"));
        commands.sendAndWait(new EarnPointsCommand(customer, 0, SalesChannel.WEB, "ORD-0", "GRP-0"));

        assertThat(storedEvents()).isZero();
        assertThat(api.getLoyalty(customer).getHistory()).isEmpty();
    }

    @Test
    void theDefaultRulesEarnOnePointPer10000VndAndAPointPays100Vnd() {
        assertThat(rules.pointsEarnedFor(Money.vnd(1_290_000))).isEqualTo(129);
        assertThat(rules.valueOf(500, "VND")).isEqualTo(Money.vnd(50_000));
    }

    private HttpResponse<String> post(String customerId, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/v1/customers/" + customerId.replace(" ", "%20").replace("!", "%21")
                                + "/loyalty/redemptions"))
                        .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DevTokens.operations())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
