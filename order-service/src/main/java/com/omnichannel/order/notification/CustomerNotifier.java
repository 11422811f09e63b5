package com.omnichannel.order.notification;

import com.omnichannel.order.order.GroupExpiredEvent;
import com.omnichannel.order.order.GroupReadyForPickupEvent;
import com.omnichannel.order.order.GroupReroutedEvent;
import com.omnichannel.order.order.GroupShippedEvent;
import com.omnichannel.order.order.OrderConfirmedEvent;
import com.omnichannel.order.order.PickupExpiringEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Tells the customer what happened to their order (confirmed, ready for pickup, pickup expiring, shipped, re-routed,
 * pickup expired) on each channel they chose, through that channel's adapter (the simulation unless a real one is
 * configured), recording whether it was delivered. Each message has an id derived from the event and the channel,
 * so an event handled again after its batch committed sends nothing twice; a batch that failed to commit sends again
 * what it had sent (at least once).
 */
@Component
@ProcessingGroup("notifications")
public class CustomerNotifier {

    private final CustomerPreferencesRepository preferences;
    private final SentNotificationRepository sent;
    private final NotificationSender sender;

    public CustomerNotifier(CustomerPreferencesRepository preferences, SentNotificationRepository sent,
                            NotificationSender sender) {
        this.preferences = preferences;
        this.sent = sent;
        this.sender = sender;
    }

    @EventHandler
    void on(OrderConfirmedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(eventId, at, e.orderId(), "ORDER_CONFIRMED", "Your order " + e.orderId() + " is confirmed.");
    }

    @EventHandler
    void on(GroupReadyForPickupEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(eventId, at, e.orderId(), "READY_FOR_PICKUP", "Your order " + e.orderId() + " is ready at "
                + e.locationId() + ", code " + e.pickupCode() + ", until " + e.holdUntil().atOffset(ZoneOffset.UTC)
                + ".");
    }

    @EventHandler
    void on(GroupShippedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(eventId, at, e.orderId(), "SHIPPED", "Your order " + e.orderId() + " is on its way with "
                + e.carrier() + ", tracking number " + e.trackingNumber() + ".");
    }

    @EventHandler
    void on(GroupReroutedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(eventId, at, e.orderId(), "REROUTED", "Part of your order " + e.orderId()
                + " comes from another location.");
    }

    @EventHandler
    void on(PickupExpiringEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(eventId, at, e.orderId(), "PICKUP_EXPIRING", "Your order " + e.orderId() + " waits at "
                + e.locationId() + " until " + e.holdUntil().atOffset(ZoneOffset.UTC) + ".");
    }

    @EventHandler
    void on(GroupExpiredEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        notify(eventId, at, e.orderId(), "PICKUP_EXPIRED", "Your order " + e.orderId()
                + " was not collected at " + e.locationId() + " in time and is cancelled.");
    }

    private void notify(String eventId, Instant at, String orderId, String subject, String message) {
        preferences.findByOrderId(orderId).ifPresent(p -> p.getChannels().forEach(channel -> {
            String id = UUID.nameUUIDFromBytes((eventId + "/" + channel).getBytes(StandardCharsets.UTF_8)).toString();
            if (sent.existsById(id)) {
                return;
            }
            SentNotification notification = new SentNotification(id, p.getCustomerId(), channel, subject, message,
                    p.recipientFor(channel), orderId, at);
            sender.send(notification);
            sent.save(notification);
        }));
    }
}
