package com.omnichannel.inventory.pricing;

import com.omnichannel.support.domain.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductViewRepository extends JpaRepository<ProductView, String> {

    default ProductView require(String sku) {
        return findById(sku).orElseThrow(() -> new NotFoundException("Unknown product " + sku));
    }
}
