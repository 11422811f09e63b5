package com.omnichannel.order.order;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrderViewRepository extends JpaRepository<OrderView, String> {

    List<OrderView> findByCustomerIdOrderByPlacedAtDesc(String customerId);

    /** Orders still PLACED that were placed before the instant, the oldest first. */
    @Query("select v.orderId from OrderView v where v.status = 'PLACED' and v.placedAt < :before order by v.placedAt")
    List<String> findPlacedBefore(Instant before, Limit limit);
}
