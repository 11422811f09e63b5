package com.omnichannel.support.security;

import java.util.function.BiPredicate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Access rules for request matchers that name a customer or a store in their path: {@code /v1/carts/{customerId}}. */
public final class Access {

    private Access() {
    }

    /** One of the roles, and when the caller is a customer, the customer of the path variable. */
    public static AuthorizationManager<RequestAuthorizationContext> actingFor(String variable, String... roles) {
        return rule(roles, (caller, context) -> caller.mayActFor(context.getVariables().get(variable)));
    }

    /** One of the roles, and when the caller is a POS, the store of the path variable. */
    public static AuthorizationManager<RequestAuthorizationContext> workingAt(String variable, String... roles) {
        return rule(roles, (caller, context) -> caller.mayWorkAt(context.getVariables().get(variable)));
    }

    private static AuthorizationManager<RequestAuthorizationContext> rule(String[] roles,
            BiPredicate<Caller, RequestAuthorizationContext> check) {
        return (authentication, context) -> {
            Caller caller = Caller.of(authentication.get());
            return new AuthorizationDecision(caller.hasAny(roles) && check.test(caller, context));
        };
    }
}
