package com.omnichannel.order.loyalty;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoyaltyEntryRepository extends JpaRepository<LoyaltyEntryView, LoyaltyEntryView.Key> {

    List<LoyaltyEntryView> findByCustomerIdOrderBySequenceNumberDesc(String customerId);
}
