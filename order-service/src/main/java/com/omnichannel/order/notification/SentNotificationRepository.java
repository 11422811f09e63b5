package com.omnichannel.order.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SentNotificationRepository extends JpaRepository<SentNotification, String> {

    List<SentNotification> findByCustomerIdOrderBySentAtDescNotificationIdAsc(String customerId);

    List<SentNotification> findTop50ByDeliveryAndAttemptsLessThanOrderBySentAtAsc(String delivery, int attempts);

    /** Takes a failed notification for another attempt; 0 when another instance took it first. */
    @Modifying
    @Query("update SentNotification n set n.attempts = n.attempts + 1 "
            + "where n.notificationId = :id and n.attempts = :attempts and n.delivery = 'FAILED'")
    int claimRetry(String id, int attempts);
}
