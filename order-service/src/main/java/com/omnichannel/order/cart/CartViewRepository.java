package com.omnichannel.order.cart;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CartViewRepository extends JpaRepository<CartView, String> {
}
