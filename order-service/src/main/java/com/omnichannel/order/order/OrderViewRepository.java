package com.omnichannel.order.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrderViewRepository extends JpaRepository<OrderView, String> {

    List<OrderView> findByCustomerIdOrderByPlacedAtDesc(String customerId);

    /** Whose order it is, without reading its document. */
    @Query("select v.customerId from OrderView v where v.orderId = :orderId")
    Optional<String> findCustomerIdByOrderId(String orderId);
}
