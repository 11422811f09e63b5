package com.omnichannel.order.cart;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Read model: a customer's cart as every channel sees it. */
@Entity
@Table(name = "cart_view")
public class CartView {

    @Embeddable
    public static class Line {
        private String sku;
        private int quantity;
        private String fulfilmentType;
        private String storeId;

        protected Line() {
        }

        Line(CartLine line) {
            this.sku = line.sku();
            this.quantity = line.quantity();
            this.fulfilmentType = line.fulfilmentType();
            this.storeId = line.storeId();
        }

        public CartLine toCartLine() {
            return new CartLine(sku, quantity, fulfilmentType, storeId);
        }
    }

    @Id
    private String customerId;
    private String lastChannel;
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cart_view_line", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "line_index")
    private List<Line> lines = new ArrayList<>();

    protected CartView() {
    }

    CartView(String customerId) {
        this.customerId = customerId;
    }

    void touched(String channel, Instant at) {
        lastChannel = channel;
        updatedAt = at;
    }

    void put(CartLine line) {
        remove(line.sku());
        lines.add(new Line(line));
    }

    void remove(String sku) {
        lines.removeIf(l -> l.sku.equals(sku));
    }

    void clear() {
        lines.clear();
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getLastChannel() {
        return lastChannel;
    }

    public List<CartLine> lines() {
        return lines.stream().map(Line::toCartLine).toList();
    }
}
