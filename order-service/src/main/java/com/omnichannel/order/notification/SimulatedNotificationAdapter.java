package com.omnichannel.order.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A SIMULATION, the default for every channel without a real {@link NotificationAdapter}: nothing leaves the
 * service, the message is logged, and the notification log ({@code GET /v1/customers/{customerId}/notifications})
 * shows what would have been sent.
 */
@Component
public class SimulatedNotificationAdapter {

    private static final Logger log = LoggerFactory.getLogger(SimulatedNotificationAdapter.class);

    public void send(SentNotification n) {
        log.info("SIMULATED {} to {} ({}): {}", n.getChannel(), n.getRecipient(), n.getSubject(), n.getMessage());
    }
}
