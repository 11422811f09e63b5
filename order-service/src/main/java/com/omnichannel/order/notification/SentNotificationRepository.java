package com.omnichannel.order.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentNotificationRepository extends JpaRepository<SentNotification, String> {

    List<SentNotification> findByCustomerIdOrderBySentAtDescNotificationIdAsc(String customerId);
}
