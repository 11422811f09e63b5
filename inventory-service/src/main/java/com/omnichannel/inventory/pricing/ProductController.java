package com.omnichannel.inventory.pricing;

import com.omnichannel.inventory.api.ProductsApi;
import com.omnichannel.inventory.api.model.ProductInput;
import com.omnichannel.inventory.api.model.PromotionInput;
import com.omnichannel.support.domain.BusinessRuleViolation;
import com.omnichannel.support.domain.NotFoundException;
import com.omnichannel.support.pricing.Promotion;
import com.omnichannel.support.web.ProblemTypes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductController implements ProductsApi {

    private final CommandGateway commands;

    public ProductController(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public ResponseEntity<com.omnichannel.inventory.api.model.Product> upsertProduct(String sku, ProductInput input) {
        ProductDetails product = send(sku, PricingMapper.toCommand(sku, input));
        return ResponseEntity.ok(PricingMapper.toDto(product));
    }

    @Override
    public ResponseEntity<com.omnichannel.inventory.api.model.Promotion> upsertPromotion(String sku,
            String promotionId, PromotionInput input) {
        Promotion promotion = send(sku, PricingMapper.toCommand(sku, promotionId, input));
        return ResponseEntity.ok(PricingMapper.toDto(promotion));
    }

    @Override
    public ResponseEntity<Void> deletePromotion(String sku, String promotionId) {
        send(sku, new DeletePromotionCommand(sku, promotionId));
        return ResponseEntity.noContent().build();
    }

    private <R> R send(String sku, Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("Unknown product " + sku);
        } catch (ConcurrencyException e) {
            throw new BusinessRuleViolation(ProblemTypes.CONFLICT, "Product " + sku
                    + " was changed by another request at the same time; send the request again");
        }
    }
}
