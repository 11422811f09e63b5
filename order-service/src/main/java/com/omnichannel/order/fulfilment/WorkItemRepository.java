package com.omnichannel.order.fulfilment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkItemRepository extends JpaRepository<WorkItem, String> {

    List<WorkItem> findByLocationIdAndStatusOrderByPlacedAtAscOrderIdAscGroupIdAsc(String locationId, String status);

    List<WorkItem> findByLocationIdAndStatusOrderByHoldUntilAscOrderIdAsc(String locationId, String status);

    List<WorkItem> findByOrderId(String orderId);
}
