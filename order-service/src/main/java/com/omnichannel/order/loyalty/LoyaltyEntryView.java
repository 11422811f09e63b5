package com.omnichannel.order.loyalty;

import com.omnichannel.support.pricing.SalesChannel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Read model: one entry of a customer's loyalty history, one per event of the account (its sequence number). */
@Entity
@Table(name = "loyalty_entry")
@IdClass(LoyaltyEntryView.Key.class)
public class LoyaltyEntryView {

    public record Key(String customerId, long sequenceNumber) implements Serializable {
        @SuppressWarnings("unused")
        Key() {
            this(null, 0);
        }
    }

    public enum Type { EARNED, HELD, RELEASED, REDEEMED, REVERSED, DEBT_RECORDED, DEBT_SETTLED }

    @Id
    private String customerId;
    @Id
    private long sequenceNumber;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private Type type;
    private long points;
    @Enumerated(EnumType.STRING)
    private SalesChannel channel;
    private String reference;
    private String orderId;

    protected LoyaltyEntryView() {
    }

    private LoyaltyEntryView(LoyaltyEvent event, long sequenceNumber, Instant at, Type type, String reference,
                             String orderId) {
        this.customerId = event.customerId();
        this.sequenceNumber = sequenceNumber;
        this.occurredAt = at;
        this.type = type;
        this.points = event.points();
        this.channel = event.channel();
        this.reference = reference;
        this.orderId = orderId;
    }

    static LoyaltyEntryView of(LoyaltyEvent event, long sequenceNumber, Instant at) {
        if (event instanceof PointsEarnedEvent e) {
            return new LoyaltyEntryView(e, sequenceNumber, at, Type.EARNED, e.reference(), e.orderId());
        } else if (event instanceof PointsDebtSettledEvent e) {
            return new LoyaltyEntryView(e, sequenceNumber, at, Type.DEBT_SETTLED, e.reference(), e.orderId());
        } else if (event instanceof PointsHeldEvent e) {
            return new LoyaltyEntryView(e, sequenceNumber, at, Type.HELD, e.holdId(), e.orderId());
        } else if (event instanceof PointsHoldReleasedEvent e) {
            return new LoyaltyEntryView(e, sequenceNumber, at, Type.RELEASED, e.holdId(), e.orderId());
        } else if (event instanceof PointsCapturedEvent e) {
            return new LoyaltyEntryView(e, sequenceNumber, at, Type.REDEEMED, e.holdId(), e.orderId());
        } else if (event instanceof PointsRedeemedEvent e) {
            return new LoyaltyEntryView(e, sequenceNumber, at, Type.REDEEMED, e.reference(), null);
        } else if (event instanceof PointsReversedEvent e) {
            return new LoyaltyEntryView(e, sequenceNumber, at, Type.REVERSED, e.reference(), e.orderId());
        } else if (event instanceof PointsDebtRecordedEvent e) {
            return new LoyaltyEntryView(e, sequenceNumber, at, Type.DEBT_RECORDED, e.reference(), e.orderId());
        }
        throw new IllegalArgumentException("No history entry for " + event.getClass().getSimpleName());
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Type getType() {
        return type;
    }

    public long getPoints() {
        return points;
    }

    public SalesChannel getChannel() {
        return channel;
    }

    public String getReference() {
        return reference;
    }

    public String getOrderId() {
        return orderId;
    }
}
