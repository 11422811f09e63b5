package com.omnichannel.order.order;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.omnichannel.order.loyalty.CapturePointsCommand;
import com.omnichannel.order.loyalty.EarnPointsCommand;
import com.omnichannel.order.loyalty.LoyaltyRules;
import com.omnichannel.support.pricing.SalesChannel;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class OrderLoyaltyPolicyTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final OrderLoyaltyPolicy policy = new OrderLoyaltyPolicy(commands, new LoyaltyRules(
            new LoyaltyRules.Properties(Map.of("VND", new LoyaltyRules.Rate(10_000, 100)))));

    @Test
    void anOrderCollectedInStore_earnsOnWhatWasPaid_onTheStoreChannel() {
        policy.on(new OrderCompletedEvent("O1", "C1", "WEB", 300, 590_000, "VND", AT, 560_000L, 560_000L));

        verify(commands).sendAndWait(new CapturePointsCommand("C1", "O1"));
        verify(commands).sendAndWait(new EarnPointsCommand("C1", 56, SalesChannel.STORE, "O1", "order:O1"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void aSplitOrder_earnsTheShareHandedOverInStoreOnStore_andTheShippedShareOnTheOrdersChannel() {
        policy.on(new OrderCompletedEvent("O1", "C1", "APP", 0, 680_000, "VND", AT, 680_000L, 590_000L));

        verify(commands).sendAndWait(new EarnPointsCommand("C1", 59, SalesChannel.STORE, "O1", "order:O1"));
        verify(commands).sendAndWait(new EarnPointsCommand("C1", 9, SalesChannel.APP, "O1", "order:O1"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void aCompletionStoredBeforeThePaidValueWasRecorded_earnsOnTheFulfilledValue_onTheOrdersChannel() {
        policy.on(new OrderCompletedEvent("O1", "C1", "WEB", 0, 500_000, "VND", AT, null, null));

        verify(commands).sendAndWait(new EarnPointsCommand("C1", 50, SalesChannel.WEB, "O1", "order:O1"));
        verifyNoMoreInteractions(commands);
    }
}
