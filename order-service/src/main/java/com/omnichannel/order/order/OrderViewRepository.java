package com.omnichannel.order.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderViewRepository extends JpaRepository<OrderView, String> {

    List<OrderView> findByCustomerIdOrderByPlacedAtDesc(String customerId);
}
