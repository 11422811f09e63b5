package com.omnichannel.order.pricing;

import com.omnichannel.events.ProductChanged;
import com.omnichannel.events.PromotionSnapshot;
import com.omnichannel.support.messaging.ProcessedEvents;
import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.PriceBookEntry;
import com.omnichannel.support.pricing.Promotion;
import com.omnichannel.support.pricing.SalesChannel;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies inventory-service's product changes to the price replica, once per event id (recorded in the same
 * transaction as the change) and only when newer than what the replica holds (the product's sequence).
 */
@Component("productChanged")
public class ProductChangedConsumer implements Consumer<ProductChanged> {

    private final PriceReplicaRepository replicas;
    private final ProcessedEvents processed;

    public ProductChangedConsumer(PriceReplicaRepository replicas, ProcessedEvents processed) {
        this.replicas = replicas;
        this.processed = processed;
    }

    @Override
    @Transactional
    public void accept(ProductChanged event) {
        if (!processed.firstDelivery(event.getEventId().toString())) {
            return;
        }
        PriceReplica replica = replicas.findById(event.getSku()).orElseGet(() -> new PriceReplica(event.getSku()));
        PriceBookEntry prices = new PriceBookEntry(money(event.getPrice()),
                event.getPromotions().stream().map(ProductChangedConsumer::promotion).toList());
        if (replica.update(event.getSequence(), event.getOccurredAt().toInstant(), event.getName(), event.getGtin(),
                prices)) {
            replicas.save(replica);
        }
    }

    private static Promotion promotion(PromotionSnapshot snapshot) {
        Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
        snapshot.getChannels().forEach(c -> channels.add(SalesChannel.valueOf(c.name())));
        return new Promotion(snapshot.getPromotionId(), channels, snapshot.getPercentOff(),
                snapshot.getAmountOff() == null ? null : money(snapshot.getAmountOff()),
                instant(snapshot.getValidFrom()), instant(snapshot.getValidTo()));
    }

    private static Money money(com.omnichannel.events.Money money) {
        return new Money(money.getAmount(), money.getCurrency());
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
