package com.omnichannel.support.pricing;

import com.omnichannel.support.domain.FieldValidationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A promotion of one product: {@code percentOff} or {@code amountOff} the base price, on {@code channels} (empty:
 * every channel), from {@code validFrom} (inclusive, null: already started) to {@code validTo} (exclusive, null:
 * open-ended). Instants are kept to the microsecond, as the databases store them.
 */
public record Promotion(String promotionId, Set<SalesChannel> channels, Integer percentOff, Money amountOff,
                        Instant validFrom, Instant validTo) {

    public Promotion {
        Objects.requireNonNull(promotionId, "promotionId");
        channels = channels == null || channels.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        validFrom = validFrom == null ? null : validFrom.truncatedTo(ChronoUnit.MICROS);
        validTo = validTo == null ? null : validTo.truncatedTo(ChronoUnit.MICROS);
    }

    public static Promotion percentOff(String promotionId, Set<SalesChannel> channels, int percent, Instant validFrom,
                                       Instant validTo) {
        return new Promotion(promotionId, channels, percent, null, validFrom, validTo);
    }

    public static Promotion amountOff(String promotionId, Set<SalesChannel> channels, Money amount, Instant validFrom,
                                      Instant validTo) {
        return new Promotion(promotionId, channels, null, amount, validFrom, validTo);
    }

    /** Checks the promotion on its own; {@link PriceBookEntry#requireApplicable} checks it against the product. */
    public Promotion requireValid() {
        if (percentOff == null && amountOff == null) {
            throw new FieldValidationException("percentOff", "or amountOff is required");
        }
        if (percentOff != null && amountOff != null) {
            throw new FieldValidationException("amountOff", "must not be given together with percentOff");
        }
        if (percentOff != null && (percentOff < 0 || percentOff > 100)) {
            throw new FieldValidationException("percentOff", "must be between 0 and 100");
        }
        if (amountOff != null) {
            amountOff.requireValid("amountOff");
        }
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            throw new FieldValidationException("validTo", "must be after validFrom");
        }
        return this;
    }

    /** Whether it applies on {@code channel} at {@code at}: its window is [validFrom, validTo). */
    public boolean appliesOn(SalesChannel channel, Instant at) {
        return (channels.isEmpty() || channels.contains(channel))
                && (validFrom == null || !at.isBefore(validFrom))
                && (validTo == null || at.isBefore(validTo));
    }

    /**
     * The price it makes of {@code listPrice}, never below zero. A percentage is taken off in exact integer
     * arithmetic on minor units and the result is rounded down to the minor unit: the customer never pays more
     * than the percentage says (10% off 999 is 899, not 900; 15% off 259 999 VND is 220 999 VND).
     */
    public Money applyTo(Money listPrice) {
        long amount = listPrice.amount();
        if (percentOff != null) {
            long keep = 100L - percentOff;
            // floor(amount * keep / 100) without overflow: amount = 100q + r
            return listPrice.withAmount(amount / 100 * keep + amount % 100 * keep / 100);
        }
        return listPrice.withAmount(Math.max(0, amount - amountOff.amount()));
    }
}
