package com.omnichannel.order.loyalty;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.domain.FieldValidationException;
import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.pricing.SalesChannel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One customer's loyalty points, event-sourced, created by its first change: the balance that can be spent, the
 * points held by orders in progress, and the debt reversals left. Invariants: a hold or redemption never spends more
 * than the balance, and no figure ever goes below zero. Every instance appends with the next sequence number, so two
 * channels spending the same points at once cannot both win. Every command answers the figures after it.
 */
@Aggregate
public class LoyaltyAccount {

    private static final String ID_PREFIX = "loyalty:";

    @AggregateIdentifier
    private String id;
    private LoyaltyBalance figures = LoyaltyBalance.ZERO;
    /** Every hold the account has seen, by hold id, in whatever state it is now. */
    private final Map<String, Hold> holds = new HashMap<>();
    private final Set<String> redemptions = new HashSet<>();
    /** The earnings applied, by channel and reference: each is applied once. */
    private final Set<String> earnings = new HashSet<>();

    enum HoldState { HELD, CAPTURED, RELEASED }

    record Hold(long points, SalesChannel channel, String orderId, HoldState state) {
        Hold in(HoldState next) {
            return new Hold(points, channel, orderId, next);
        }
    }

    protected LoyaltyAccount() {
        // for Axon
    }

    /**
     * The aggregate identifier of a customer's account. Prefixed, because the event store holds every aggregate of
     * order-service and other aggregates may be identified by the customer id too.
     */
    public static String idOf(String customerId) {
        return ID_PREFIX + customerId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LoyaltyBalance handle(EarnPointsCommand command) {
        if (requireNotNegative(command.points()) == 0
                || earnings.contains(earning(command.channel(), command.reference()))) {
            return figures;
        }
        apply(new PointsEarnedEvent(command.customerId(), command.points(), command.channel(), command.orderId(),
                command.reference(), figures.withBalance(Math.addExact(figures.balance(), command.points()))));
        long settled = Math.min(figures.debt(), command.points());
        if (settled > 0) {
            apply(new PointsDebtSettledEvent(command.customerId(), settled, command.channel(), command.orderId(),
                    command.reference(), figures.withBalance(figures.balance() - settled)
                            .withDebt(figures.debt() - settled)));
        }
        return figures;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LoyaltyBalance handle(HoldPointsCommand command) {
        requirePositive(command.points());
        Hold known = holds.get(command.holdId());
        if (known != null) {
            if (known.points() != command.points()) {
                throw new BusinessRuleViolation("conflict", "Hold " + command.holdId() + " of customer "
                        + command.customerId() + " was made for " + known.points() + " points, not "
                        + command.points());
            }
            return figures;
        }
        requireSpendable(command.customerId(), command.points());
        apply(new PointsHeldEvent(command.customerId(), command.holdId(), command.points(), command.channel(),
                command.orderId(), figures.withBalance(figures.balance() - command.points())
                        .withHeld(figures.held() + command.points())));
        return figures;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LoyaltyBalance handle(CapturePointsCommand command) {
        Hold hold = holds.get(command.holdId());
        if (hold == null) {
            throw new NotFoundException("Customer " + command.customerId() + " has no points hold "
                    + command.holdId());
        }
        switch (hold.state()) {
            case CAPTURED -> {
                return figures;
            }
            case RELEASED -> throw new BusinessRuleViolation("conflict", "Points hold " + command.holdId()
                    + " was released; its points can no longer be spent");
            default -> apply(new PointsCapturedEvent(command.customerId(), command.holdId(), hold.points(),
                    hold.channel(), hold.orderId(), figures.withHeld(figures.held() - hold.points())));
        }
        return figures;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LoyaltyBalance handle(ReleasePointsHoldCommand command) {
        Hold hold = holds.get(command.holdId());
        if (hold == null || hold.state() == HoldState.RELEASED) {
            return figures;
        }
        if (hold.state() == HoldState.CAPTURED) {
            throw new BusinessRuleViolation("conflict", "Points hold " + command.holdId()
                    + " was captured; its points were spent and cannot be released");
        }
        apply(new PointsHoldReleasedEvent(command.customerId(), command.holdId(), hold.points(), hold.channel(),
                hold.orderId(), figures.withBalance(figures.balance() + hold.points())
                        .withHeld(figures.held() - hold.points())));
        return figures;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LoyaltyBalance handle(RedeemPointsCommand command) {
        requirePositive(command.points());
        if (redemptions.contains(command.redemptionId())) {
            return figures;
        }
        requireSpendable(command.customerId(), command.points());
        apply(new PointsRedeemedEvent(command.customerId(), command.redemptionId(), command.points(),
                command.channel(), command.reference(), figures.withBalance(figures.balance() - command.points())));
        return figures;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LoyaltyBalance handle(ReversePointsCommand command) {
        long taken = Math.min(figures.balance(), requireNotNegative(command.points()));
        long owed = command.points() - taken;
        if (taken > 0) {
            apply(new PointsReversedEvent(command.customerId(), taken, command.channel(), command.orderId(),
                    command.reference(), figures.withBalance(figures.balance() - taken)));
        }
        if (owed > 0) {
            apply(new PointsDebtRecordedEvent(command.customerId(), owed, command.channel(), command.orderId(),
                    command.reference(), figures.withDebt(Math.addExact(figures.debt(), owed))));
        }
        return figures;
    }

    @EventSourcingHandler
    void on(LoyaltyEvent event) {
        id = idOf(event.customerId());
        figures = event.after();
    }

    @EventSourcingHandler
    void on(PointsHeldEvent event) {
        on((LoyaltyEvent) event);
        holds.put(event.holdId(), new Hold(event.points(), event.channel(), event.orderId(), HoldState.HELD));
    }

    @EventSourcingHandler
    void on(PointsCapturedEvent event) {
        on((LoyaltyEvent) event);
        holds.computeIfPresent(event.holdId(), (holdId, hold) -> hold.in(HoldState.CAPTURED));
    }

    @EventSourcingHandler
    void on(PointsHoldReleasedEvent event) {
        on((LoyaltyEvent) event);
        holds.computeIfPresent(event.holdId(), (holdId, hold) -> hold.in(HoldState.RELEASED));
    }

    @EventSourcingHandler
    void on(PointsEarnedEvent event) {
        on((LoyaltyEvent) event);
        earnings.add(earning(event.channel(), event.reference()));
    }

    private static String earning(SalesChannel channel, String reference) {
        return channel + " " + reference;
    }

    @EventSourcingHandler
    void on(PointsRedeemedEvent event) {
        on((LoyaltyEvent) event);
        redemptions.add(event.redemptionId());
    }

    private void requireSpendable(String customerId, long points) {
        if (points > figures.balance()) {
            throw new InsufficientPointsException(customerId, points, figures.balance());
        }
    }

    private static void requirePositive(long points) {
        if (points <= 0) {
            throw new FieldValidationException("points", "must be positive, was " + points);
        }
    }

    private static long requireNotNegative(long points) {
        if (points < 0) {
            throw new FieldValidationException("points", "must not be negative, was " + points);
        }
        return points;
    }
}
