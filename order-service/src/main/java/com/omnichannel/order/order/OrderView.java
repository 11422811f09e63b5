package com.omnichannel.order.order;

import com.omnichannel.support.persistence.AssignedIdRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Read model: an order as the API shows it, kept as its JSON document, with what the lists are sorted by. */
@Entity
@Table(name = "order_view")
public class OrderView extends AssignedIdRow<String> {

    @Id
    private String orderId;
    private String customerId;
    private String status;
    private Instant placedAt;
    private String document;

    protected OrderView() {
    }

    OrderView(String orderId, String customerId, Instant placedAt) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.placedAt = placedAt;
    }

    @Override
    public String getId() {
        return orderId;
    }

    void update(String status, String document) {
        this.status = status;
        this.document = document;
    }

    public String getDocument() {
        return document;
    }
}
