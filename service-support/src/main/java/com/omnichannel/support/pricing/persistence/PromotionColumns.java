package com.omnichannel.support.pricing.persistence;

import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.Promotion;
import com.omnichannel.support.pricing.SalesChannel;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A promotion as table columns (channels as a comma list, empty for every channel): the promotion rows of
 * inventory-service's product read model and of order-service's price replica.
 */
@Embeddable
public class PromotionColumns {

    private String promotionId;
    private String channels;
    private Integer percentOff;
    private Long amountOff;
    private String amountOffCurrency;
    private Instant validFrom;
    private Instant validTo;

    protected PromotionColumns() {
    }

    public static PromotionColumns of(Promotion promotion) {
        PromotionColumns row = new PromotionColumns();
        row.promotionId = promotion.promotionId();
        row.channels = promotion.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        row.percentOff = promotion.percentOff();
        row.amountOff = promotion.amountOff() == null ? null : promotion.amountOff().amount();
        row.amountOffCurrency = promotion.amountOff() == null ? null : promotion.amountOff().currency();
        row.validFrom = promotion.validFrom();
        row.validTo = promotion.validTo();
        return row;
    }

    public Promotion toPromotion() {
        Set<SalesChannel> on = channels == null || channels.isBlank() ? Set.of()
                : Arrays.stream(channels.split(",")).map(SalesChannel::valueOf).collect(Collectors.toSet());
        return new Promotion(promotionId, on, percentOff,
                amountOff == null ? null : new Money(amountOff, amountOffCurrency), validFrom, validTo);
    }
}
