package com.omnichannel.inventory.pricing;

import com.omnichannel.inventory.api.PricesApi;
import com.omnichannel.inventory.api.model.Channel;
import com.omnichannel.inventory.api.model.Price;
import com.omnichannel.support.pricing.PriceQuote;
import com.omnichannel.support.pricing.PriceRule;
import com.omnichannel.support.pricing.SalesChannel;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** The price of a SKU on a channel at an instant, by the one price rule, from the product read model. */
@RestController
public class PriceController implements PricesApi {

    private final ProductViewRepository products;
    private final Clock clock = Clock.systemUTC();

    public PriceController(ProductViewRepository products) {
        this.products = products;
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<Price> getPrice(String sku, Channel channel, OffsetDateTime at) {
        OffsetDateTime when = at != null ? at : OffsetDateTime.now(clock);
        PriceQuote quote = PriceRule.price(products.require(sku).details().prices(),
                SalesChannel.valueOf(channel.name()), when.toInstant());
        return ResponseEntity.ok(PricingMapper.toDto(sku, channel, when, quote));
    }
}
