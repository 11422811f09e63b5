package com.omnichannel.support.security;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who a bearer token speaks for. {@code operations} may do everything; {@code storefront} acts for any customer on
 * WEB and APP; {@code pos} is bound to the store of its {@code store_id} claim and always sells on STORE;
 * {@code customer} acts for itself only ({@code customer_id} claim, or the subject). An optional {@code channel}
 * claim fixes the channel of any token.
 */
public record Caller(Set<String> roles, String storeId, String customerId, String channel) {

    public static final String OPERATIONS = "operations";
    public static final String STOREFRONT = "storefront";
    public static final String POS = "pos";
    public static final String CUSTOMER = "customer";

    public static final String STORE_CLAIM = "store_id";
    public static final String CUSTOMER_CLAIM = "customer_id";
    public static final String CHANNEL_CLAIM = "channel";

    private static final String STORE_CHANNEL = "STORE";

    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Caller of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            return new Caller(Set.of(), null, null, null);
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
        String customer = jwt.hasClaim(CUSTOMER_CLAIM) ? jwt.getClaimAsString(CUSTOMER_CLAIM) : jwt.getSubject();
        return new Caller(roles, jwt.getClaimAsString(STORE_CLAIM), customer, jwt.getClaimAsString(CHANNEL_CLAIM));
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    private boolean isOperations() {
        return roles.contains(OPERATIONS);
    }

    /** A customer token acts for its own customer only; the other roles act for any customer. */
    public boolean mayActFor(String customer) {
        return isOperations() || hasAny(STOREFRONT, POS) || roles.contains(CUSTOMER)
                && customerId != null && customerId.equals(customer);
    }

    /** A POS works at its own store only; operations anywhere. */
    public boolean mayWorkAt(String store) {
        return isOperations() || roles.contains(POS) && storeId != null && storeId.equals(store);
    }

    /** POS sells on STORE only, storefronts and customers on WEB and APP; a channel claim narrows it further. */
    public boolean mayUseChannel(String requested) {
        if (requested == null || isOperations()) {
            return true;
        }
        if (channel != null && !channel.equals(requested)) {
            return false;
        }
        return STORE_CHANNEL.equals(requested) ? roles.contains(POS) : hasAny(STOREFRONT, CUSTOMER);
    }

    public void requireActingFor(String customer) {
        if (!mayActFor(customer)) {
            throw new AccessDeniedException("This token acts for customer " + customerId + " only, not for "
                    + customer + ".");
        }
    }

    public void requireWorkingAt(String store) {
        if (!mayWorkAt(store)) {
            throw new AccessDeniedException(roles.contains(POS)
                    ? "A POS of store " + storeId + " cannot act on store " + store + "."
                    : "Only a POS of store " + store + " or operations may do this.");
        }
    }

    public void requireChannel(Object requested) {
        String name = requested == null ? null : Objects.toString(requested);
        if (!mayUseChannel(name)) {
            throw new AccessDeniedException("This token may not act on channel " + name + ".");
        }
    }
}
