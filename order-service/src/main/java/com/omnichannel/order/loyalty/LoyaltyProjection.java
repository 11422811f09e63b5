package com.omnichannel.order.loyalty;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code loyalty_account} and {@code loyalty_entry} in step with every loyalty event. A subscribing processor:
 * the rows change in the same transaction as the event is stored, so a read after a write sees the write, on every
 * instance.
 */
@Component
@ProcessingGroup(LoyaltyProjection.GROUP)
public class LoyaltyProjection {

    public static final String GROUP = "loyalty";

    private final LoyaltyAccountViewRepository accounts;
    private final LoyaltyEntryRepository entries;

    public LoyaltyProjection(LoyaltyAccountViewRepository accounts, LoyaltyEntryRepository entries) {
        this.accounts = accounts;
        this.entries = entries;
    }

    @EventHandler
    void on(LoyaltyEvent event, @SequenceNumber Long sequence, @Timestamp Instant at) {
        LoyaltyAccountView account = accounts.findById(event.customerId())
                .orElseGet(() -> new LoyaltyAccountView(event.customerId()));
        account.apply(event.after(), at);
        accounts.save(account);
        entries.save(LoyaltyEntryView.of(event, sequence, at));
    }
}
