package com.omnichannel.order.config;

import static com.omnichannel.support.security.Access.actingFor;
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
 * Who may call what (README, "Security"). Paths that name a customer or a store are checked here; the order's
 * customer, the group's store, the return's store and the channel of a request body are checked where the order
 * or the body is read (OrderController, FulfilmentController, ReturnsController, CartController, LoyaltyController).
 */
@Configuration
class OrderAccess {

    @Bean
    AccessRules orderAccessRules() {
        return requests -> requests
                .requestMatchers("/v1/carts/{customerId}", "/v1/carts/{customerId}/**",
                        "/v1/customers/{customerId}/orders", "/v1/customers/{customerId}/loyalty",
                        "/v1/customers/{customerId}/loyalty/**")
                .access(actingFor("customerId", OPERATIONS, STOREFRONT, POS, CUSTOMER))
                .requestMatchers("/v1/customers/{customerId}/**")
                .access(actingFor("customerId", OPERATIONS, STOREFRONT, CUSTOMER))
                .requestMatchers(HttpMethod.POST, "/v1/orders", "/v1/orders/*/cancellation")
                .hasAnyRole(OPERATIONS, STOREFRONT, POS, CUSTOMER)
                .requestMatchers(HttpMethod.GET, "/v1/orders/*")
                .hasAnyRole(OPERATIONS, STOREFRONT, POS, CUSTOMER)
                .requestMatchers("/v1/orders/*/groups/**", "/v1/orders/*/returns")
                .hasAnyRole(OPERATIONS, POS)
                .requestMatchers("/v1/stores/{storeId}/**", "/v1/kpis/stores/{storeId}")
                .access(workingAt("storeId", OPERATIONS, POS));
    }
}
