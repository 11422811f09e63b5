package com.omnichannel.inventory.stock;

import com.omnichannel.inventory.api.StockApi;
import com.omnichannel.inventory.api.model.CountInput;
import com.omnichannel.inventory.api.model.ReceiptInput;
import com.omnichannel.inventory.api.model.Reservation;
import com.omnichannel.inventory.api.model.ReservationInput;
import com.omnichannel.inventory.api.model.SafetyStockInput;
import com.omnichannel.inventory.api.model.SaleInput;
import com.omnichannel.inventory.api.model.SaleResult;
import com.omnichannel.inventory.api.model.StockLevel;
import com.omnichannel.inventory.api.model.StockMovement;
import com.omnichannel.inventory.location.LocationRepository;
import com.omnichannel.support.idempotency.IdempotentRequests;
import java.time.OffsetDateTime;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class StockController implements StockApi {

    private final CommandGateway commands;
    private final LocationRepository locations;
    private final StockLevelRepository levels;
    private final IdempotentRequests idempotent;

    public StockController(CommandGateway commands, LocationRepository locations, StockLevelRepository levels,
                           IdempotentRequests idempotent) {
        this.commands = commands;
        this.locations = locations;
        this.levels = levels;
        this.idempotent = idempotent;
    }

    @Override
    public ResponseEntity<StockLevel> receiveStock(String locationId, String sku, ReceiptInput input,
                                                   String idempotencyKey) {
        locations.require(locationId);
        StockItemId id = StockItemId.of(locationId, sku);
        return idempotent.run("stock-receipt", idempotencyKey, List.of(locationId, sku, input), StockLevel.class,
                () -> {
                    StockLevels after = commands.sendAndWait(
                            new ReceiveStockCommand(id, input.getQuantity(), input.getReference()));
                    return ResponseEntity.ok(StockMapper.toDto(id, after));
                });
    }

    @Override
    public ResponseEntity<StockLevel> getStockLevel(String locationId, String sku, OffsetDateTime at) {
        locations.require(locationId);
        StockItemId id = StockItemId.of(locationId, sku);
        StockLevels current = levels.findById(new StockLevelView.Key(locationId, sku))
                .map(StockLevelView::levels).orElse(StockLevels.NONE);
        return ResponseEntity.ok(StockMapper.toDto(id, current));
    }

    @Override
    public ResponseEntity<StockLevel> countStock(String locationId, String sku, CountInput input) {
        throw notYet();
    }

    @Override
    public ResponseEntity<StockLevel> setSafetyStock(String locationId, String sku, SafetyStockInput input) {
        throw notYet();
    }

    @Override
    public ResponseEntity<List<StockMovement>> listStockMovements(String locationId, String sku) {
        throw notYet();
    }

    @Override
    public ResponseEntity<Reservation> reserveStock(String locationId, String sku, ReservationInput input,
                                                    String idempotencyKey) {
        throw notYet();
    }

    @Override
    public ResponseEntity<Void> releaseReservation(String locationId, String sku, String reservationId) {
        throw notYet();
    }

    @Override
    public ResponseEntity<Void> fulfilReservation(String locationId, String sku, String reservationId) {
        throw notYet();
    }

    @Override
    public ResponseEntity<SaleResult> sellInStore(String locationId, String sku, SaleInput input,
                                                  String idempotencyKey) {
        throw notYet();
    }

    private static ResponseStatusException notYet() {
        return new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED, "Not implemented yet");
    }
}
