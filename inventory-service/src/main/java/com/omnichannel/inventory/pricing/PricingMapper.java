package com.omnichannel.inventory.pricing;

import com.omnichannel.inventory.api.model.Channel;
import com.omnichannel.inventory.api.model.MoneyInput;
import com.omnichannel.inventory.api.model.Price;
import com.omnichannel.inventory.api.model.ProductInput;
import com.omnichannel.inventory.api.model.PromotionInput;
import com.omnichannel.support.pricing.Money;
import com.omnichannel.support.pricing.PriceQuote;
import com.omnichannel.support.pricing.Promotion;
import com.omnichannel.support.pricing.SalesChannel;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;

/** Between the generated DTOs of the contract and the price book's own types. */
final class PricingMapper {

    private PricingMapper() {
    }

    static UpsertProductCommand toCommand(String sku, ProductInput input) {
        return new UpsertProductCommand(sku, input.getName(), input.getGtin(), money(input.getPrice()));
    }

    static UpsertPromotionCommand toCommand(String sku, String promotionId, PromotionInput input) {
        Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
        if (input.getChannels() != null) {
            input.getChannels().forEach(c -> channels.add(SalesChannel.valueOf(c.name())));
        }
        return new UpsertPromotionCommand(sku, new Promotion(promotionId, channels, input.getPercentOff(),
                money(input.getAmountOff()), instant(input.getValidFrom()), instant(input.getValidTo())));
    }

    static com.omnichannel.inventory.api.model.Product toDto(ProductDetails product) {
        return new com.omnichannel.inventory.api.model.Product()
                .sku(product.sku())
                .name(product.name())
                .gtin(product.gtin())
                .price(toDto(product.prices().basePrice()))
                .promotions(product.prices().promotions().stream().map(PricingMapper::toDto).toList());
    }

    static com.omnichannel.inventory.api.model.Promotion toDto(Promotion promotion) {
        return new com.omnichannel.inventory.api.model.Promotion()
                .promotionId(promotion.promotionId())
                .channels(new ArrayList<>(promotion.channels().stream().map(c -> Channel.valueOf(c.name())).toList()))
                .percentOff(promotion.percentOff())
                .amountOff(promotion.amountOff() == null ? null : toDto(promotion.amountOff()))
                .validFrom(offset(promotion.validFrom()))
                .validTo(offset(promotion.validTo()));
    }

    static Price toDto(String sku, Channel channel, OffsetDateTime at, PriceQuote quote) {
        return new Price()
                .sku(sku)
                .channel(channel)
                .at(at)
                .listPrice(toDto(quote.listPrice()))
                .price(toDto(quote.price()))
                .promotionId(quote.promotionId());
    }

    private static com.omnichannel.inventory.api.model.Money toDto(Money money) {
        return new com.omnichannel.inventory.api.model.Money(money.amount(), money.currency());
    }

    private static Money money(MoneyInput dto) {
        return dto == null ? null : new Money(dto.getAmount(),
                dto.getCurrency() == null ? Money.DEFAULT_CURRENCY : dto.getCurrency());
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime offset(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }
}
