package com.omnichannel.inventory.config;

import static com.omnichannel.support.security.Access.workingAt;
import static com.omnichannel.support.security.Caller.CUSTOMER;
import static com.omnichannel.support.security.Caller.OPERATIONS;
import static com.omnichannel.support.security.Caller.POS;
import static com.omnichannel.support.security.Caller.STOREFRONT;

import com.omnichannel.support.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what (README, "Security"): the catalogue, prices and availability are readable with any token; a POS
 * reads its own store's stock and reserves and sells there; everything else (locations, products, promotions,
 * receipts, counts, safety stock) is for operations only.
 */
@Configuration
class InventoryAccess {

    @Bean
    AccessRules inventoryAccessRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/v1/locations", "/v1/locations/*", "/v1/prices/*",
                        "/v1/availability/*", "/v1/availability/*/nearby")
                .hasAnyRole(OPERATIONS, STOREFRONT, POS, CUSTOMER)
                .requestMatchers(HttpMethod.GET, "/v1/stock/{locationId}/*", "/v1/stock/{locationId}/*/movements")
                .access(workingAt("locationId", OPERATIONS, POS))
                .requestMatchers("/v1/stock/{locationId}/*/reservations", "/v1/stock/{locationId}/*/reservations/**",
                        "/v1/stock/{locationId}/*/sales")
                .access(workingAt("locationId", OPERATIONS, POS));
    }
}
