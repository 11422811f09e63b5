package com.omnichannel.order.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.omnichannel.client.order.ApiClient;
import com.omnichannel.client.order.api.CustomersApi;
import com.omnichannel.client.order.api.OrdersApi;
import com.omnichannel.client.order.model.Notification;
import com.omnichannel.client.order.model.NotificationChannel;
import com.omnichannel.client.order.model.NotificationDelivery;
import com.omnichannel.client.order.model.OrderStatus;
import com.omnichannel.client.order.model.PreferencesInput;
import com.omnichannel.order.order.GroupPlan;
import com.omnichannel.order.order.OrderLineItem;
import com.omnichannel.order.order.PaymentReference;
import com.omnichannel.order.order.PlaceOrderCommand;
import com.omnichannel.order.order.RecordReservationOutcomeCommand;
import com.omnichannel.order.order.RequestGroupReservationCommand;
import com.omnichannel.support.testing.DevTokens;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * EMAIL notifications through a real SMTP server in the test (GreenMail): a confirmed order is mailed to the
 * address in the customer's preferences; while the mail server is down the order is confirmed all the same, the
 * notification is recorded FAILED, and it is delivered by a retry once the server is back. Notifications are
 * handled here in the transaction of the order's events (a subscribing processor): other test contexts in the
 * same JVM, without a mail server, would otherwise compete for the tracking processor's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "axon.eventhandling.processors.notifications.mode=subscribing",
        "omnichannel.notifications.retry-interval=PT1S",
        "omnichannel.notifications.email-from=orders@shop.example"})
class SmtpEmailIT {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    private final String customer = "MAIL-" + UUID.randomUUID().toString().substring(0, 8);
    private final String email = customer.toLowerCase() + "@example.com";
    private CustomersApi customers;
    private OrdersApi orders;

    @BeforeEach
    void setUp() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(DevTokens.bearer(DevTokens.operations()));
        customers = new CustomersApi(client);
        orders = new OrdersApi(client);
        customers.putPreferences(customer, new PreferencesInput()
                .notificationChannels(Set.of(NotificationChannel.EMAIL)).email(email));
    }

    /** An order for pickup, placed and then confirmed as if inventory-service had reserved its one line. */
    private String confirmedOrder() throws Exception {
        String orderId = "ORD-" + UUID.randomUUID();
        commands.sendAndWait(new PlaceOrderCommand(orderId, customer, "WEB", List.of(new GroupPlan("G1", "PICKUP",
                List.of(new OrderLineItem("SHIRT", 1, 250_000, "VND", null)), List.of("MAIL-STORE"))), null,
                new PaymentReference("simulated-pay", "AUTH-1", 250_000, "VND"), 250_000, "VND", 0, Instant.now(),
                Map.of()));
        commands.sendAndWait(new RequestGroupReservationCommand(orderId, "G1", 0));
        commands.sendAndWait(new RecordReservationOutcomeCommand(orderId, orderId + "-G1-0-0", true, 0));
        assertThat(orders.getOrder(orderId).getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        return orderId;
    }

    private List<MimeMessage> mailsAbout(String orderId) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).endsWith(orderId)).toList();
    }

    private Notification notificationOf(String orderId) throws Exception {
        return customers.listNotifications(customer).stream().filter(n -> orderId.equals(n.getOrderId()))
                .findFirst().orElseThrow();
    }

    @Test
    void aConfirmedOrderIsMailedToTheCustomersAddress_andRecordedAsSent() throws Exception {
        String orderId = confirmedOrder();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsAbout(orderId)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                            .containsExactly(email);
                    assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("orders@shop.example");
                    assertThat(mail.getSubject()).isEqualTo("Order confirmed: order " + orderId);
                    assertThat(mail.getContent().toString()).contains("Your order " + orderId + " is confirmed.");
                }));
        Notification notification = notificationOf(orderId);
        assertThat(notification.getChannel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(notification.getRecipient()).isEqualTo(email);
        assertThat(notification.getDelivery()).isEqualTo(NotificationDelivery.SENT);
        assertThat(notification.getDeliveryError()).isNull();
    }

    @Test
    void whileTheMailServerIsDownOrdersGoOn_theFailureIsRecorded_andARetryDeliversItLater() throws Exception {
        smtp.stop();
        String orderId;
        try {
            orderId = confirmedOrder();

            Notification failed = notificationOf(orderId);
            assertThat(failed.getDelivery()).isEqualTo(NotificationDelivery.FAILED);
            assertThat(failed.getDeliveryError()).isNotBlank();
        } finally {
            smtp.start();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mailsAbout(orderId)).singleElement().satisfies(mail -> assertThat(
                    mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(email));
            assertThat(notificationOf(orderId).getDelivery()).isEqualTo(NotificationDelivery.SENT);
        });
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
