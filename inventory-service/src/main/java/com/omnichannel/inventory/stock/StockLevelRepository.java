package com.omnichannel.inventory.stock;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StockLevelRepository extends JpaRepository<StockLevelView, StockLevelView.Key> {

    List<StockLevelView> findBySkuOrderByLocationId(String sku);
}
