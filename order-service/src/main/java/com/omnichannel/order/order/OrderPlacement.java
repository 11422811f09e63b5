package com.omnichannel.order.order;

import com.omnichannel.order.api.model.Address;
import com.omnichannel.order.api.model.FulfilmentType;
import com.omnichannel.order.api.model.OrderLineInput;
import com.omnichannel.order.api.model.Payment;
import com.omnichannel.order.api.model.PlaceOrderInput;
import com.omnichannel.order.cart.CartLine;
import com.omnichannel.order.cart.CartView;
import com.omnichannel.order.cart.CartViewRepository;
import com.omnichannel.order.cart.CheckOutCartCommand;
import com.omnichannel.order.loyalty.HoldPointsCommand;
import com.omnichannel.order.loyalty.LoyaltyRules;
import com.omnichannel.order.sourcing.DailyCapacity;
import com.omnichannel.order.sourcing.Sourcing;
import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.pricing.PriceQuote;
import com.omnichannel.support.pricing.SalesChannel;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a placement request into a PlaceOrderCommand: the lines (from the cart or the request) checked and priced
 * from the replicas, grouped by fulfilment (a group per pickup store; the ship lines in as few groups as sourcing
 * can make, each with its ranked candidate locations and a slot of its chosen location's daily capacity), loyalty
 * points redeemed held on the customer's account and taken off the total, and the channel's payment checked against
 * what is left to pay. Placing from the cart empties it, all in the same transaction.
 */
@Component
public class OrderPlacement {

    private record Line(String field, String sku, int quantity, String type, String storeId) {
    }

    private final Catalogue catalogue;
    private final Sourcing sourcing;
    private final CartViewRepository carts;
    private final CommandGateway commands;
    private final LoyaltyRules loyaltyRules;
    private final DailyCapacity capacity;
    private final EntityManager entityManager;

    public OrderPlacement(Catalogue catalogue, Sourcing sourcing, CartViewRepository carts, CommandGateway commands,
                          LoyaltyRules loyaltyRules, DailyCapacity capacity, EntityManager entityManager) {
        this.catalogue = catalogue;
        this.entityManager = entityManager;
        this.sourcing = sourcing;
        this.capacity = capacity;
        this.carts = carts;
        this.commands = commands;
        this.loyaltyRules = loyaltyRules;
    }

    /** One transaction: the capacity slots, the points held, the order and the emptied cart commit together. */
    @Transactional
    public String place(PlaceOrderInput input) {
        // A placement writes one row to each table it inserts into. Hibernate would send each as a JDBC batch of one,
        // which Connector/J (rewriteBatchedStatements) prepares on the server anew and closes again every time,
        // because the statement it would reuse is the batch's own: without batching each is one execution.
        entityManager.unwrap(Session.class).setJdbcBatchSize(1);
        String channel = input.getChannel().getValue();
        boolean fromCart = Boolean.TRUE.equals(input.getFromCart());
        List<Line> requested = fromCart ? cartLines(input) : requestLines(input.getLines());
        if (requested.isEmpty()) {
            throw new BusinessRuleViolation("empty-cart", fromCart ? "The cart of " + input.getCustomerId()
                    + " is empty: there is nothing to order" : "An order needs at least one line");
        }
        Instant now = Instant.now();
        Map<String, List<OrderLineItem>> pickup = new LinkedHashMap<>();
        List<OrderLineItem> ship = new ArrayList<>();
        long total = 0;
        String currency = null;
        for (Line line : requested) {
            catalogue.requireQuantity(line.field() + ".quantity", line.quantity(), false);
            PriceQuote quote = catalogue.price(line.field() + ".sku", line.sku(), channel, now);
            OrderLineItem item = new OrderLineItem(line.sku(), line.quantity(), quote.price().amount(),
                    quote.price().currency(), quote.promotionId());
            if (currency != null && !currency.equals(item.currency())) {
                throw new FieldValidationException(line.field() + ".sku", "is priced in " + item.currency()
                        + ", the order in " + currency);
            }
            currency = item.currency();
            total += item.lineTotal();
            if (FulfilmentType.PICKUP.getValue().equals(line.type())) {
                catalogue.pickupStore(line.field() + ".fulfilment.storeId", line.storeId());
                pickup.computeIfAbsent(line.storeId(), s -> new ArrayList<>()).add(item);
            } else {
                ship.add(item);
            }
        }
        String orderId = "ORD-" + UUID.randomUUID();
        List<GroupPlan> groups = new ArrayList<>();
        Map<String, List<ConsideredLocation>> sourced = new LinkedHashMap<>();
        pickup.forEach((store, lines) -> groups.add(new GroupPlan("G" + (groups.size() + 1), "PICKUP", lines,
                List.of(store))));
        ShippingAddress address = address(input.getShippingAddress(), !ship.isEmpty());
        long points = input.getRedeemPoints() == null ? 0 : input.getRedeemPoints();
        long payable = total - pointsValue(points, total, currency);
        PaymentReference payment = payment(input.getPayment(), payable, currency);
        if (!ship.isEmpty()) {
            for (Sourcing.Sourced group : sourcing.forShipping(ship, address.latitude(), address.longitude(), now)) {
                String groupId = "G" + (groups.size() + 1);
                List<ConsideredLocation> considered = takeSlot(orderId, groupId, group.considered(), now);
                groups.add(new GroupPlan(groupId, "SHIP", group.lines(), ConsideredLocation.candidates(considered)));
                sourced.put(groupId, considered);
            }
        }
        if (points > 0) {
            // refused (409 insufficient-points) when the balance is short; rolls back with the order otherwise
            commands.sendAndWait(new HoldPointsCommand(input.getCustomerId(), orderId, points,
                    SalesChannel.valueOf(channel), orderId));
        }
        commands.sendAndWait(new PlaceOrderCommand(orderId, input.getCustomerId(), channel, groups, address, payment,
                payable, currency, points, now, sourced));
        if (fromCart) {
            commands.sendAndWait(new CheckOutCartCommand(input.getCustomerId(), orderId, channel));
        }
        return orderId;
    }

    /**
     * Takes a slot of the chosen location's daily capacity for the group; when another placement took the last one
     * meanwhile, the next candidate is chosen instead.
     */
    private List<ConsideredLocation> takeSlot(String orderId, String groupId, List<ConsideredLocation> considered,
                                              Instant at) {
        List<String> full = DailyCapacity.passedOver(ConsideredLocation.candidates(considered),
                candidate -> capacity.take(orderId, groupId, candidate, at));
        return full.isEmpty() ? considered : ConsideredLocation.withoutCapacityAt(considered, full, null);
    }

    private List<Line> cartLines(PlaceOrderInput input) {
        if (input.getLines() != null && !input.getLines().isEmpty()) {
            throw new FieldValidationException("lines", "give either lines or fromCart, not both");
        }
        List<CartLine> lines = carts.findById(input.getCustomerId()).map(CartView::lines).orElse(List.of());
        List<Line> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CartLine l = lines.get(i);
            result.add(new Line("cart.lines[" + i + "]", l.sku(), l.quantity(), l.fulfilmentType(), l.storeId()));
        }
        return result;
    }

    private static List<Line> requestLines(List<OrderLineInput> lines) {
        List<Line> result = new ArrayList<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            OrderLineInput l = lines.get(i);
            result.add(new Line("lines[" + i + "]", l.getSku(), l.getQuantity(), l.getFulfilment().getType().getValue(),
                    l.getFulfilment().getStoreId()));
        }
        return result;
    }

    private static ShippingAddress address(Address a, boolean required) {
        if (a == null) {
            if (required) {
                throw new FieldValidationException("shippingAddress", "is required when a line is shipped");
            }
            return null;
        }
        return new ShippingAddress(a.getLine1(), a.getCity(), a.getPostalCode(), a.getCountry(), a.getLatitude(),
                a.getLongitude());
    }

    /** What the points take off the order; they may pay for all of it, not for more. */
    private long pointsValue(long points, long total, String currency) {
        if (points == 0) {
            return 0;
        }
        long value = loyaltyRules.valueOf(points, currency).amount();
        if (value > total) {
            throw new FieldValidationException("redeemPoints", points + " points are worth " + value + " " + currency
                    + ", more than the order's " + total);
        }
        return value;
    }

    /** The channel's payment must be for exactly our total, so a stale price cannot become an order. */
    private static PaymentReference payment(Payment p, long total, String currency) {
        if (p == null) {
            throw new FieldValidationException("payment", "is required");
        }
        if (p.getAmount().getAmount() != total || !p.getAmount().getCurrency().equals(currency)) {
            throw new BusinessRuleViolation("payment-mismatch", "The payment is for " + p.getAmount().getAmount() + " "
                    + p.getAmount().getCurrency() + " but the order comes to " + total + " " + currency,
                    Map.of("currentTotal", Map.of("amount", total, "currency", currency)));
        }
        return new PaymentReference(p.getProvider(), p.getReference(), total, currency);
    }
}
