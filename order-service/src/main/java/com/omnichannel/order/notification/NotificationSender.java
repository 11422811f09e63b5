package com.omnichannel.order.notification;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a notification to its channel's adapter (the simulation when the channel has none) and records the
 * outcome on it: SIMULATED, SENT, or FAILED with the reason. A failure never reaches the caller, so an unreachable
 * mail server cannot hold up the order flow; failed notifications are tried again every
 * {@code omnichannel.notifications.retry-interval}, up to {@code omnichannel.notifications.max-attempts} in all,
 * each retry claimed by one instance.
 */
@Component
class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final Map<String, NotificationAdapter> adapters;
    private final SimulatedNotificationAdapter simulated;
    private final SentNotificationRepository sent;
    private final TransactionTemplate transactions;
    private final int maxAttempts;

    NotificationSender(ObjectProvider<NotificationAdapter> adapters, SimulatedNotificationAdapter simulated,
                       SentNotificationRepository sent, TransactionTemplate transactions,
                       @Value("${omnichannel.notifications.max-attempts:4}") int maxAttempts) {
        this.adapters = adapters.orderedStream().collect(Collectors.toMap(NotificationAdapter::channel,
                Function.identity()));
        this.simulated = simulated;
        this.sent = sent;
        this.transactions = transactions;
        this.maxAttempts = maxAttempts;
    }

    void send(SentNotification notification) {
        NotificationAdapter adapter = adapters.get(notification.getChannel());
        if (adapter == null) {
            simulated.send(notification);
            notification.simulated();
            return;
        }
        notification.attempted();
        notification.outcome(attempt(adapter, notification));
    }

    @Scheduled(fixedDelayString = "${omnichannel.notifications.retry-interval:PT1M}")
    void retryFailed() {
        for (SentNotification failed : sent.findTop50ByDeliveryAndAttemptsLessThanOrderBySentAtAsc("FAILED",
                maxAttempts)) {
            NotificationAdapter adapter = adapters.get(failed.getChannel());
            if (adapter == null) {
                continue;
            }
            Integer claimed = transactions.execute(tx -> sent.claimRetry(failed.getNotificationId(),
                    failed.getAttempts()));
            if (claimed == null || claimed == 0) {
                continue;
            }
            String error = attempt(adapter, failed);
            transactions.executeWithoutResult(tx -> sent.findById(failed.getNotificationId())
                    .ifPresent(n -> n.outcome(error)));
        }
    }

    /** Null when delivered, else why not. */
    private static String attempt(NotificationAdapter adapter, SentNotification n) {
        try {
            adapter.send(n);
            return null;
        } catch (RuntimeException e) {
            log.warn("{} notification {} to {} failed: {}", n.getChannel(), n.getNotificationId(), n.getRecipient(),
                    e.getMessage());
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
