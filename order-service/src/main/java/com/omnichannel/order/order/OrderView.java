package com.omnichannel.order.order;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** Read model: an order as the API shows it, kept as its JSON document, with what the lists are sorted by. */
@Entity
@Table(name = "order_view")
public class OrderView implements Persistable<String> {

    @Id
    private String orderId;
    private String customerId;
    private String status;
    private Instant placedAt;
    private String document;
    /**
     * A placed order's row is inserted without first looking for it (its id is new), and stays in the transaction's
     * persistence context for the events that follow it in the same transaction.
     */
    @Transient
    private boolean isNew;

    protected OrderView() {
    }

    OrderView(String orderId, String customerId, Instant placedAt) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.placedAt = placedAt;
        this.isNew = true;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    @Override
    public String getId() {
        return orderId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    void update(String status, String document) {
        this.status = status;
        this.document = document;
    }

    public String getDocument() {
        return document;
    }
}
