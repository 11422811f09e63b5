package com.omnichannel.order.cart;

import com.omnichannel.order.api.CartsApi;
import com.omnichannel.order.api.model.Cart;
import com.omnichannel.order.api.model.CartLineInput;
import com.omnichannel.order.api.model.Channel;
import com.omnichannel.order.api.model.Fulfilment;
import com.omnichannel.order.api.model.FulfilmentType;
import com.omnichannel.order.api.model.MergeCartInput;
import com.omnichannel.order.api.model.Money;
import com.omnichannel.order.order.Catalogue;
import com.omnichannel.support.axon.Writes;
import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.pricing.PriceQuote;
import com.omnichannel.support.security.Caller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CartController implements CartsApi {

    private final CommandGateway commands;
    private final CartViewRepository carts;
    private final Catalogue catalogue;
    private final Writes writes;
    private final TransactionTemplate transactions;

    public CartController(CommandGateway commands, CartViewRepository carts, Catalogue catalogue, Writes writes,
                          TransactionTemplate transactions) {
        this.commands = commands;
        this.carts = carts;
        this.catalogue = catalogue;
        this.writes = writes;
        this.transactions = transactions;
    }

    @Override
    public ResponseEntity<Cart> getCart(String customerId, Channel channel) {
        Caller.current().requireChannel(channel);
        return ResponseEntity.ok(priced(customerId, channel));
    }

    @Override
    public ResponseEntity<Cart> putCartLine(String customerId, String sku, CartLineInput input) {
        Caller.current().requireChannel(input.getChannel());
        catalogue.requireQuantity("quantity", input.getQuantity(), true);
        if (input.getQuantity() > 0) {
            catalogue.price("sku", sku, input.getChannel().getValue(), Instant.now());
        }
        Fulfilment fulfilment = input.getFulfilment();
        if (fulfilment.getType() == FulfilmentType.PICKUP) {
            catalogue.pickupStore("fulfilment.storeId", fulfilment.getStoreId());
        } else if (fulfilment.getStoreId() != null) {
            throw new FieldValidationException("fulfilment.storeId", "only a PICKUP line names a store");
        }
        writes.run(() -> commands.sendAndWait(new SetCartLineCommand(customerId, new CartLine(sku,
                input.getQuantity(), fulfilment.getType().getValue(), fulfilment.getStoreId()),
                input.getChannel().getValue())));
        return ResponseEntity.ok(priced(customerId, input.getChannel()));
    }

    @Override
    public ResponseEntity<Cart> deleteCartLine(String customerId, String sku, Channel channel) {
        Caller.current().requireChannel(channel);
        writes.run(() -> commands.sendAndWait(new RemoveCartLineCommand(customerId, sku, channel.getValue())));
        return ResponseEntity.ok(priced(customerId, channel));
    }

    /** The guest cart gives its lines to the customer's cart, both in one transaction. */
    @Override
    public ResponseEntity<Cart> mergeCart(String customerId, MergeCartInput input) {
        Caller caller = Caller.current();
        caller.requireChannel(input.getChannel());
        caller.requireActingFor(input.getFromCustomerId());   // it empties that cart: a customer cannot merge
        if (input.getFromCustomerId().equals(customerId)) {
            throw new FieldValidationException("fromCustomerId", "must be another customer's (a guest's) id");
        }
        String channel = input.getChannel().getValue();
        writes.run(() -> transactions.execute(tx -> {
            List<CartLine> lines = commands.sendAndWait(
                    new HandOverCartCommand(input.getFromCustomerId(), customerId, channel));
            return commands.sendAndWait(new MergeCartCommand(customerId, input.getFromCustomerId(), lines, channel));
        }));
        return ResponseEntity.ok(priced(customerId, input.getChannel()));
    }

    /** The cart as {@code channel} sees it: prices of that channel now (default: the channel used last). */
    private Cart priced(String customerId, Channel channel) {
        CartView view = carts.findById(customerId).orElse(null);
        Channel seenBy = channel != null ? channel
                : view != null && view.getLastChannel() != null ? Channel.fromValue(view.getLastChannel())
                : Channel.WEB;
        Instant now = Instant.now();
        List<com.omnichannel.order.api.model.CartLine> lines = new ArrayList<>();
        long total = 0;
        String currency = com.omnichannel.support.pricing.Money.DEFAULT_CURRENCY;
        for (CartLine line : view == null ? List.<CartLine>of() : view.lines()) {
            PriceQuote quote = catalogue.price("sku", line.sku(), seenBy.getValue(), now);
            long lineTotal = quote.price().amount() * line.quantity();
            total += lineTotal;
            currency = quote.price().currency();
            lines.add(new com.omnichannel.order.api.model.CartLine().sku(line.sku()).quantity(line.quantity())
                    .fulfilment(new Fulfilment().type(FulfilmentType.fromValue(line.fulfilmentType()))
                            .storeId(line.storeId()))
                    .unitPrice(money(quote.price().amount(), quote.price().currency()))
                    .lineTotal(money(lineTotal, quote.price().currency()))
                    .promotionId(quote.promotionId()));
        }
        return new Cart().customerId(customerId).lines(lines).total(money(total, currency))
                .lastChannel(view == null || view.getLastChannel() == null ? null
                        : Channel.fromValue(view.getLastChannel()));
    }

    private static Money money(long amount, String currency) {
        return new Money().amount(amount).currency(currency);
    }
}
