package com.omnichannel.order.notification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerPreferencesRepository extends JpaRepository<CustomerPreferences, String> {

    /** The preferences of the customer whose order it is, in one query. */
    @Query("select p from CustomerPreferences p, OrderView v where v.orderId = :orderId and p.customerId = v.customerId")
    Optional<CustomerPreferences> findByOrderId(String orderId);
}
