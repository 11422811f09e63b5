package com.omnichannel.inventory.stock;

import com.omnichannel.inventory.api.model.StockLevel;

final class StockMapper {

    private StockMapper() {
    }

    static StockLevel toDto(StockItemId id, StockLevels levels) {
        return new StockLevel()
                .locationId(id.locationId())
                .sku(id.sku())
                .onHand(levels.onHand())
                .reserved(levels.reserved())
                .safetyStock(levels.safetyStock())
                .available(levels.available());
    }
}
