package com.omnichannel.inventory.pricing;

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

/** Read model: a product as it is now, with its promotions' windows (prices are computed, never stored). */
@Entity
@Table(name = "product")
public class ProductView {

    @Id
    private String sku;
    private String name;
    private String gtin;
    private long priceAmount;
    private String priceCurrency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_promotion", joinColumns = @JoinColumn(name = "sku"))
    private List<PromotionColumns> promotions = new ArrayList<>();
    private Instant updatedAt;

    protected ProductView() {
    }

    ProductView(String sku) {
        this.sku = sku;
    }

    void replace(ProductDetails product, Instant at) {
        name = product.name();
        gtin = product.gtin();
        priceAmount = product.prices().basePrice().amount();
        priceCurrency = product.prices().basePrice().currency();
        promotions.clear();
        product.prices().promotions().forEach(p -> promotions.add(PromotionColumns.of(p)));
        updatedAt = at;
    }

    public ProductDetails details() {
        return new ProductDetails(sku, name, gtin, new PriceBookEntry(new Money(priceAmount, priceCurrency),
                promotions.stream().map(PromotionColumns::toPromotion).toList()));
    }
}
