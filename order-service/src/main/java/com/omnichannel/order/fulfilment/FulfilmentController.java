package com.omnichannel.order.fulfilment;

import com.omnichannel.order.api.FulfilmentApi;
import com.omnichannel.order.api.model.Channel;
import com.omnichannel.order.api.model.GroupStatus;
import com.omnichannel.order.api.model.GroupType;
import com.omnichannel.order.api.model.HandoverInput;
import com.omnichannel.order.api.model.Order;
import com.omnichannel.order.api.model.Money;
import com.omnichannel.order.api.model.OrderGroup;
import com.omnichannel.order.api.model.OrderLine;
import com.omnichannel.order.api.model.PickInput;
import com.omnichannel.order.api.model.ReadyForPickup;
import com.omnichannel.order.api.model.ShipmentInput;
import com.omnichannel.order.api.model.WorkQueue;
import com.omnichannel.order.api.model.WorkQueueItem;
import com.omnichannel.order.location.LocationReplica;
import com.omnichannel.order.location.LocationReplicaRepository;
import com.omnichannel.order.order.ConsideredLocation;
import com.omnichannel.order.order.HandOverGroupCommand;
import com.omnichannel.order.order.HandoverOutcome;
import com.omnichannel.order.order.MarkGroupReadyCommand;
import com.omnichannel.order.order.OrderLineItem;
import com.omnichannel.order.order.OrderDocuments;
import com.omnichannel.order.order.PickGroupCommand;
import com.omnichannel.order.order.PickupHold;
import com.omnichannel.order.order.ShipGroupCommand;
import com.omnichannel.order.sourcing.Sourcing;
import com.omnichannel.support.axon.Writes;
import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.security.Caller;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
public class FulfilmentController implements FulfilmentApi {

    static final String WRONG_PICKUP_CODE = "wrong-pickup-code";
    static final String HANDOVER_LOCKED = "handover-locked";
    /** The customer is reminded this long before a pickup expires (a quarter of the hold when that is shorter). */
    private static final Duration REMINDER_LEAD = Duration.ofDays(1);

    private final CommandGateway commands;
    private final OrderDocuments documents;
    private final LocationReplicaRepository locations;
    private final PickupCodes codes;
    private final Sourcing sourcing;
    private final WorkItemRepository items;
    private final Writes writes;
    private final JsonMapper json;

    public FulfilmentController(CommandGateway commands, OrderDocuments documents,
                                LocationReplicaRepository locations, PickupCodes codes, Sourcing sourcing,
                                WorkItemRepository items, Writes writes, JsonMapper json) {
        this.commands = commands;
        this.documents = documents;
        this.locations = locations;
        this.codes = codes;
        this.sourcing = sourcing;
        this.items = items;
        this.writes = writes;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<WorkQueue> getWorkQueue(String storeId) {
        if (!locations.existsById(storeId)) {
            throw new NotFoundException("Unknown store " + storeId);
        }
        return ResponseEntity.ok(new WorkQueue().storeId(storeId)
                .toPick(items.findByLocationIdAndStatusOrderByPlacedAtAscOrderIdAscGroupIdAsc(storeId, "ALLOCATED")
                        .stream().map(this::workItem).toList())
                .readyForPickup(items.findByLocationIdAndStatusOrderByHoldUntilAscOrderIdAsc(storeId,
                        "READY_FOR_PICKUP").stream().map(this::workItem).toList())
                .toShip(items.findByLocationIdAndStatusOrderByPlacedAtAscOrderIdAscGroupIdAsc(storeId, "PICKED")
                        .stream().filter(i -> "SHIP".equals(i.getGroupType())).map(this::workItem).toList()));
    }

    private WorkQueueItem workItem(WorkItem item) {
        WorkQueueItem dto = new WorkQueueItem().orderId(item.getOrderId()).groupId(item.getGroupId())
                .type(GroupType.fromValue(item.getGroupType())).status(GroupStatus.fromValue(item.getStatus()))
                .customerId(item.getCustomerId()).channel(Channel.fromValue(item.getChannel()))
                .placedAt(item.getPlacedAt().atOffset(ZoneOffset.UTC))
                .holdUntil(item.getHoldUntil() == null ? null : item.getHoldUntil().atOffset(ZoneOffset.UTC));
        for (OrderLineItem l : json.readValue(item.getLineItems(), OrderLineItem[].class)) {
            dto.addLinesItem(new OrderLine().sku(l.sku()).quantity(l.quantity())
                    .unitPrice(new Money().amount(l.unitPrice()).currency(l.currency()))
                    .lineTotal(new Money().amount(l.lineTotal()).currency(l.currency())).promotionId(l.promotionId()));
        }
        return dto;
    }

    /** Where a short-picked remainder could go is looked up here, from the replicas; the order decides. */
    @Override
    public ResponseEntity<Order> pickGroup(String orderId, String groupId, PickInput input) {
        Order order = order(orderId);
        OrderGroup group = group(order, groupId);
        Map<String, Integer> pickedQuantities = new HashMap<>();
        input.getLines().forEach(l -> pickedQuantities.merge(l.getSku(), l.getQuantity(), Integer::sum));
        List<OrderLineItem> missing = group.getLines().stream()
                .filter(l -> pickedQuantities.getOrDefault(l.getSku(), 0) < l.getQuantity())
                .map(l -> new OrderLineItem(l.getSku(), l.getQuantity() - pickedQuantities.getOrDefault(l.getSku(), 0),
                        l.getUnitPrice().getAmount(), l.getUnitPrice().getCurrency(), l.getPromotionId()))
                .toList();
        List<ConsideredLocation> reroute = missing.isEmpty() ? List.of() : reroute(order, group, missing);
        writes.run(() -> commands.sendAndWait(new PickGroupCommand(orderId, groupId, input.getLines().stream()
                .map(l -> new PickGroupCommand.PickedLine(l.getSku(), l.getQuantity())).toList(), reroute,
                Instant.now())));
        return ResponseEntity.ok(order(orderId));
    }

    private List<ConsideredLocation> reroute(Order order, OrderGroup group, List<OrderLineItem> missing) {
        double latitude;
        double longitude;
        if (group.getType() == GroupType.PICKUP || order.getShippingAddress() == null) {
            LocationReplica at = locations.findById(group.getLocationId()).orElse(null);
            if (at == null) {
                return List.of();
            }
            latitude = at.getLatitude();
            longitude = at.getLongitude();
        } else {
            latitude = order.getShippingAddress().getLatitude();
            longitude = order.getShippingAddress().getLongitude();
        }
        return sourcing.forReroute(group.getType().getValue(), missing, group.getLocationId(), latitude,
                longitude);
    }

    /** The hold is the store's pickup hold from now (to the second); the code is drawn here, the order keeps it. */
    @Override
    public ResponseEntity<ReadyForPickup> markGroupReady(String orderId, String groupId) {
        OrderGroup group = group(order(orderId), groupId);
        LocationReplica store = group.getLocationId() == null ? null
                : locations.findById(group.getLocationId()).orElse(null);
        if (store == null) {
            throw new BusinessRuleViolation("conflict", "Group " + groupId + " has no known pickup store");
        }
        Duration period = store.getPickupHold();
        Instant holdUntil = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(period);
        Duration lead = period.dividedBy(4).compareTo(REMINDER_LEAD) < 0 ? period.dividedBy(4) : REMINDER_LEAD;
        PickupHold hold = writes.run(() -> commands.sendAndWait(
                new MarkGroupReadyCommand(orderId, groupId, codes.next(), holdUntil, holdUntil.minus(lead))));
        return ResponseEntity.ok(new ReadyForPickup().orderId(orderId).groupId(groupId)
                .pickupCode(hold.pickupCode()).holdUntil(hold.holdUntil().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public ResponseEntity<Order> handOverGroup(String orderId, String groupId, HandoverInput input) {
        group(order(orderId), groupId);
        HandoverOutcome outcome = writes.run(() -> commands.sendAndWait(
                new HandOverGroupCommand(orderId, groupId, input.getPickupCode(), Instant.now())));
        switch (outcome) {
            case WRONG_CODE -> throw new BusinessRuleViolation(WRONG_PICKUP_CODE,
                    "The pickup code of group " + groupId + " is not " + input.getPickupCode());
            case LOCKED -> throw new BusinessRuleViolation(HANDOVER_LOCKED, "Too many wrong pickup codes for group "
                    + groupId + ": the handover is locked", Map.of("locked", true));
            default -> {
                return ResponseEntity.ok(order(orderId));
            }
        }
    }

    @Override
    public ResponseEntity<Order> shipGroup(String orderId, String groupId, ShipmentInput input) {
        group(order(orderId), groupId);
        writes.run(() -> commands.sendAndWait(new ShipGroupCommand(orderId, groupId, input.getCarrier(),
                input.getTrackingNumber(), Instant.now())));
        return ResponseEntity.ok(order(orderId));
    }

    private Order order(String orderId) {
        return documents.find(orderId).orElseThrow(() -> new NotFoundException("Unknown order " + orderId));
    }

    /** A POS works on the groups of its own store only. */
    private static OrderGroup group(Order order, String groupId) {
        OrderGroup group = order.getGroups().stream().filter(g -> g.getGroupId().equals(groupId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Order " + order.getOrderId() + " has no group " + groupId));
        Caller.current().requireWorkingAt(group.getLocationId());
        return group;
    }
}
