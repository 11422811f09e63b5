package com.omnichannel.order.loyalty;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoyaltyAccountViewRepository extends JpaRepository<LoyaltyAccountView, String> {
}
