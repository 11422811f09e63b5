package com.omnichannel.order.pricing;

import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.PriceBookEntry;
import com.omnichannel.support.pricing.persistence.PromotionColumns;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * order-service's copy of one product of the price book: base price and promotions with their windows, never a
 * computed price, so a promotion applies from its start without another event.
 */
@Entity
@Table(name = "price_replica")
public class PriceReplica {

    @Id
    private String sku;
    private String name;
    private String gtin;
    private long priceAmount;
    private String priceCurrency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "price_replica_promotion", joinColumns = @JoinColumn(name = "sku"))
    private List<PromotionColumns> promotions = new ArrayList<>();
    private long sourceSequence;
    private Instant sourceTime;

    protected PriceReplica() {
    }

    PriceReplica(String sku) {
        this.sku = sku;
        this.sourceSequence = -1;
    }

    /**
     * Replaces the product with a newer state; an older one that arrives late is ignored. Without a sequence
     * (a producer that does not send it) the newer occurrence time decides.
     */
    boolean update(Long sequence, Instant at, String name, String gtin, PriceBookEntry prices) {
        boolean newer = sequence != null ? sequence > sourceSequence
                : sourceTime == null || at.isAfter(sourceTime);
        if (!newer) {
            return false;
        }
        if (sequence != null) {
            this.sourceSequence = sequence;
        }
        this.sourceTime = at;
        this.name = name;
        this.gtin = gtin;
        this.priceAmount = prices.basePrice().amount();
        this.priceCurrency = prices.basePrice().currency();
        this.promotions.clear();
        prices.promotions().forEach(p -> this.promotions.add(PromotionColumns.of(p)));
        return true;
    }

    public PriceBookEntry prices() {
        return new PriceBookEntry(new Money(priceAmount, priceCurrency),
                promotions.stream().map(PromotionColumns::toPromotion).toList());
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getGtin() {
        return gtin;
    }

    public long getSourceSequence() {
        return sourceSequence;
    }
}
