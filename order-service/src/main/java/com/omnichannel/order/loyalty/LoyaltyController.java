package com.omnichannel.order.loyalty;

import com.omnichannel.order.api.LoyaltyApi;
import com.omnichannel.order.api.model.Redemption;
import com.omnichannel.order.api.model.RedemptionInput;
import com.omnichannel.support.axon.Writes;
import com.omnichannel.support.idempotency.IdempotentRequests;
import com.omnichannel.support.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The loyalty account over HTTP: read from the read model, redemptions through the aggregate. Until security lands,
 * any caller may read or redeem for any customer; the contract's 403 for a customer acting on another customer's
 * account comes with the bearer tokens.
 */
@RestController
public class LoyaltyController implements LoyaltyApi {

    private final CommandGateway commands;
    private final LoyaltyStatements statements;
    private final IdempotentRequests idempotent;
    private final Writes writes;

    public LoyaltyController(CommandGateway commands, LoyaltyStatements statements, IdempotentRequests idempotent,
                             Writes writes) {
        this.commands = commands;
        this.statements = statements;
        this.idempotent = idempotent;
        this.writes = writes;
    }

    @Override
    public ResponseEntity<com.omnichannel.order.api.model.LoyaltyAccount> getLoyalty(String customerId) {
        return ResponseEntity.ok(LoyaltyMapper.toDto(statements.of(customerId)));
    }

    @Override
    public ResponseEntity<Redemption> redeemPoints(String customerId, RedemptionInput input, String idempotencyKey) {
        Caller.current().requireChannel(input.getChannel());
        RedeemPointsCommand command = LoyaltyMapper.toCommand(customerId, UUID.randomUUID().toString(), input);
        // the key is stored in the same transaction as the redemption: a refused redemption leaves neither behind
        return writes.run(() -> idempotent.run("loyalty-redemption", idempotencyKey, List.of(customerId, input),
                Redemption.class, () -> {
                    LoyaltyBalance after = commands.sendAndWait(command);
                    return ResponseEntity.status(HttpStatus.CREATED)
                            .body(LoyaltyMapper.toDto(command, after, Instant.now()));
                }));
    }
}
