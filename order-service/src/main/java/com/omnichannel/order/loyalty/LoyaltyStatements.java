package com.omnichannel.order.loyalty;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A customer's loyalty figures and history as the read model holds them; a customer without any is all zero. */
@Component
public class LoyaltyStatements {

    public record Statement(String customerId, LoyaltyBalance figures, List<LoyaltyEntryView> history) {
    }

    private final LoyaltyAccountViewRepository accounts;
    private final LoyaltyEntryRepository entries;

    public LoyaltyStatements(LoyaltyAccountViewRepository accounts, LoyaltyEntryRepository entries) {
        this.accounts = accounts;
        this.entries = entries;
    }

    /** Figures and history (newest first) read in one transaction, so they agree. */
    @Transactional(readOnly = true)
    public Statement of(String customerId) {
        LoyaltyBalance figures = accounts.findById(customerId).map(LoyaltyAccountView::figures)
                .orElse(LoyaltyBalance.ZERO);
        return new Statement(customerId, figures, entries.findByCustomerIdOrderBySequenceNumberDesc(customerId));
    }
}
