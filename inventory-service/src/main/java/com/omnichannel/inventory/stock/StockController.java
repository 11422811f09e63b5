package com.omnichannel.inventory.stock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import com.omnichannel.inventory.pricing.ProductViewRepository;
import com.omnichannel.support.axon.Writes;
import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.idempotency.IdempotentRequests;
import com.omnichannel.support.security.Caller;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StockController implements StockApi {

    private static final int MAX_KNOWN = 100_000;

    private final CommandGateway commands;
    private final LocationRepository locations;
    private final StockLevelRepository levels;
    private final ReservationRepository reservations;
    private final ProductViewRepository products;
    private final StockHistory history;
    private final ReservationBatcher batcher;
    private final IdempotentRequests idempotent;
    private final Writes writes;
    private final int maxQuantity;
    private final Duration defaultHold;
    private final Cache<String, Boolean> known = Caffeine.newBuilder().maximumSize(MAX_KNOWN).build();

    public StockController(CommandGateway commands, LocationRepository locations, StockLevelRepository levels,
                           ReservationRepository reservations, ProductViewRepository products,
                           StockHistory history, ReservationBatcher batcher,
                           IdempotentRequests idempotent,
                           Writes writes,
                           @Value("${omnichannel.stock.max-quantity:10000}") int maxQuantity,
                           @Value("${omnichannel.stock.default-hold:PT15M}") Duration defaultHold) {
        this.commands = commands;
        this.locations = locations;
        this.levels = levels;
        this.reservations = reservations;
        this.products = products;
        this.history = history;
        this.batcher = batcher;
        this.idempotent = idempotent;
        this.writes = writes;
        this.maxQuantity = maxQuantity;
        this.defaultHold = defaultHold;
    }

    @Override
    public ResponseEntity<StockLevel> receiveStock(String locationId, String sku, ReceiptInput input,
                                                   String idempotencyKey) {
        StockItemId id = knownLocation(locationId, sku);
        requireAtMostMax("quantity", input.getQuantity());
        return write("stock-receipt", idempotencyKey, List.of(locationId, sku, input), StockLevel.class, () ->
                ResponseEntity.ok(StockMapper.toDto(id, commands.sendAndWait(
                        new ReceiveStockCommand(id, input.getQuantity(), input.getReference())))));
    }

    @Override
    public ResponseEntity<StockLevel> countStock(String locationId, String sku, CountInput input) {
        StockItemId id = knownLocation(locationId, sku);
        requireAtMostMax("countedQuantity", input.getCountedQuantity());
        return write(() -> ResponseEntity.ok(StockMapper.toDto(id, commands.sendAndWait(
                new CountStockCommand(id, input.getCountedQuantity(), input.getReason())))));
    }

    @Override
    public ResponseEntity<StockLevel> setSafetyStock(String locationId, String sku, SafetyStockInput input) {
        StockItemId id = knownLocation(locationId, sku);
        requireAtMostMax("quantity", input.getQuantity());
        return write(() -> ResponseEntity.ok(StockMapper.toDto(id, commands.sendAndWait(
                new SetSafetyStockCommand(id, input.getQuantity())))));
    }

    @Override
    public ResponseEntity<StockLevel> getStockLevel(String locationId, String sku, OffsetDateTime at) {
        StockItemId id = knownLocation(locationId, sku);
        if (at != null) {
            return ResponseEntity.ok(StockMapper.toDto(id, history.levelsAt(id, at.toInstant())).at(at));
        }
        StockLevels current = levels.findById(new StockLevelView.Key(locationId, sku))
                .map(StockLevelView::levels).orElse(StockLevels.NONE);
        return ResponseEntity.ok(StockMapper.toDto(id, current));
    }

    @Override
    public ResponseEntity<List<StockMovement>> listStockMovements(String locationId, String sku) {
        return ResponseEntity.ok(history.movements(knownItem(locationId, sku)));
    }

    @Override
    public ResponseEntity<Reservation> reserveStock(String locationId, String sku, ReservationInput input,
                                                    String idempotencyKey) {
        Caller.current().requireChannel(input.getChannel());
        StockItemId id = knownItem(locationId, sku);
        requireAtMostMax("quantity", input.getQuantity());
        Instant expiresAt = expiry(input.getExpiresInSeconds());
        String reservationId = UUID.randomUUID().toString();
        ReserveStockCommand command = new ReserveStockCommand(id.toString(), locationId, sku, reservationId,
                input.getQuantity(), input.getReference(), input.getChannel().name(), expiresAt, false);
        ResponseEntity<Reservation> created = ResponseEntity.status(HttpStatus.CREATED).body(new Reservation()
                .reservationId(reservationId).locationId(locationId).sku(sku).quantity(input.getQuantity())
                .reference(input.getReference()).channel(input.getChannel())
                .expiresAt(expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC)));
        if (idempotencyKey == null) {
            ReservationResult result = batcher.reserve(command);
            if (!result.accepted()) {
                throw new InsufficientStockException(id.toString(), input.getQuantity(), result.levels().available());
            }
            return created;
        }
        // the key is stored in the same transaction as the reservation, so this one is decided on its own
        return write("stock-reservation", idempotencyKey, List.of(locationId, sku, input), Reservation.class, () -> {
            commands.sendAndWait(command);
            return created;
        });
    }

    @Override
    public ResponseEntity<Void> releaseReservation(String locationId, String sku, String reservationId) {
        ReservationView reservation = knownReservation(locationId, sku, reservationId);
        if (reservation.getStatus() == ReservationView.Status.ACTIVE) {
            write(() -> commands.sendAndWait(new ReleaseReservationCommand(
                    StockItemId.of(locationId, sku).toString(), reservationId)));
        }
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<Void> fulfilReservation(String locationId, String sku, String reservationId) {
        ReservationView reservation = knownReservation(locationId, sku, reservationId);
        switch (reservation.getStatus()) {
            case FULFILLED -> {
                return ResponseEntity.noContent().build();
            }
            case ACTIVE -> write(() -> commands.sendAndWait(new FulfilReservationCommand(
                    StockItemId.of(locationId, sku).toString(), reservationId)));
            default -> throw new ReservationNotLiveException(reservationId, reservation.getStatus().name());
        }
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<SaleResult> sellInStore(String locationId, String sku, SaleInput input,
                                                  String idempotencyKey) {
        StockItemId id = knownLocation(locationId, sku);
        requireAtMostMax("quantity", input.getQuantity());
        return write("stock-sale", idempotencyKey, List.of(locationId, sku, input), SaleResult.class, () -> {
            SaleOutcome outcome = commands.sendAndWait(
                    new SellInStoreCommand(id, input.getQuantity(), input.getReference()));
            return ResponseEntity.ok(new SaleResult().stockLevel(StockMapper.toDto(id, outcome.levels()))
                    .shortedReservations(outcome.shortedReservations()));
        });
    }

    private <T> T write(Supplier<T> command) {
        return writes.run(command);
    }

    private <T> ResponseEntity<T> write(String scope, String key, Object request, Class<T> type,
                                        Supplier<ResponseEntity<T>> command) {
        return writes.run(() -> idempotent.run(scope, key, request, type, command));
    }

    /** A location that exists and a SKU of the product catalogue. */
    private StockItemId knownLocation(String locationId, String sku) {
        once("location:" + locationId, () -> locations.require(locationId));
        once("product:" + sku, () -> {
            if (!products.existsById(sku)) {
                throw new NotFoundException("Unknown product " + sku + ": define it with PUT /v1/products/" + sku);
            }
        });
        return StockItemId.of(locationId, sku);
    }

    /** A SKU the location has never stocked is unknown there. */
    private StockItemId knownItem(String locationId, String sku) {
        StockItemId id = knownLocation(locationId, sku);
        once(id.toString(), () -> {
            if (!levels.existsById(new StockLevelView.Key(locationId, sku))) {
                throw new NotFoundException("No stock of " + sku + " was ever recorded at " + locationId);
            }
        });
        return id;
    }

    /**
     * Runs the check that {@code fact} holds until it has passed once. Locations, products and stock items are never
     * deleted, so once one is found it is known for good, on every instance: a request answers from memory what it
     * would otherwise look up in three transactions.
     */
    private void once(String fact, Runnable check) {
        if (known.getIfPresent(fact) == null) {
            check.run();
            known.put(fact, Boolean.TRUE);
        }
    }

    private ReservationView knownReservation(String locationId, String sku, String reservationId) {
        locations.require(locationId);
        return reservations.findById(reservationId).filter(r -> r.belongsTo(locationId, sku))
                .orElseThrow(() -> new NotFoundException("Unknown reservation " + reservationId + " of " + sku
                        + " at " + locationId));
    }

    private Instant expiry(Integer expiresInSeconds) {
        if (expiresInSeconds == null) {
            return defaultHold.isZero() ? null : Instant.now().plus(defaultHold);
        }
        return expiresInSeconds == 0 ? null : Instant.now().plusSeconds(expiresInSeconds);
    }

    private void requireAtMostMax(String field, int quantity) {
        if (quantity > maxQuantity) {
            throw new FieldValidationException(field, "must be at most " + maxQuantity);
        }
    }
}
