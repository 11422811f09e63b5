package com.omnichannel.order.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Read model: the current figures of one customer's loyalty account. */
@Entity
@Table(name = "loyalty_account")
public class LoyaltyAccountView {

    @Id
    private String customerId;
    private long balance;
    private long held;
    private long debt;
    private Instant updatedAt;

    protected LoyaltyAccountView() {
    }

    LoyaltyAccountView(String customerId) {
        this.customerId = customerId;
    }

    void apply(LoyaltyBalance figures, Instant at) {
        balance = figures.balance();
        held = figures.held();
        debt = figures.debt();
        updatedAt = at;
    }

    public LoyaltyBalance figures() {
        return new LoyaltyBalance(balance, held, debt);
    }
}
