package com.omnichannel.order.loyalty;

import com.omnichannel.order.api.model.Channel;
import com.omnichannel.order.api.model.LoyaltyEntry;
import com.omnichannel.order.api.model.LoyaltyEntryType;
import com.omnichannel.order.api.model.Redemption;
import com.omnichannel.order.api.model.RedemptionInput;
import com.omnichannel.support.pricing.SalesChannel;
import java.time.Instant;
import java.time.ZoneOffset;

/** Between the generated DTOs of the contract and the loyalty account's own types. */
final class LoyaltyMapper {

    private LoyaltyMapper() {
    }

    static RedeemPointsCommand toCommand(String customerId, String redemptionId, RedemptionInput input) {
        return new RedeemPointsCommand(customerId, redemptionId, input.getPoints(),
                SalesChannel.valueOf(input.getChannel().name()), input.getReference());
    }

    static Redemption toDto(RedeemPointsCommand command, LoyaltyBalance after, Instant at) {
        return new Redemption()
                .redemptionId(command.redemptionId())
                .customerId(command.customerId())
                .points(command.points())
                .channel(Channel.valueOf(command.channel().name()))
                .reference(command.reference())
                .balanceAfter(after.balance())
                .at(at.atOffset(ZoneOffset.UTC));
    }

    static com.omnichannel.order.api.model.LoyaltyAccount toDto(LoyaltyStatements.Statement statement) {
        return new com.omnichannel.order.api.model.LoyaltyAccount()
                .customerId(statement.customerId())
                .balance(statement.figures().balance())
                .held(statement.figures().held())
                .debt(statement.figures().debt())
                .history(statement.history().stream().map(LoyaltyMapper::toDto).toList());
    }

    private static LoyaltyEntry toDto(LoyaltyEntryView entry) {
        return new LoyaltyEntry()
                .at(entry.getOccurredAt().atOffset(ZoneOffset.UTC))
                .type(LoyaltyEntryType.valueOf(entry.getType().name()))
                .points(entry.getPoints())
                .channel(entry.getChannel() == null ? null : Channel.valueOf(entry.getChannel().name()))
                .reference(entry.getReference())
                .orderId(entry.getOrderId());
    }
}
