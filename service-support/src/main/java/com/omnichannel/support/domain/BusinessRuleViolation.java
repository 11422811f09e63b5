package com.omnichannel.support.domain;

import java.util.Map;

/**
 * A request that is well formed but breaks a business rule (too little stock, a released reservation):
 * answered as 409 with the problem type {@code kind} and the given extra properties.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String kind;
    private final Map<String, Object> properties;

    public BusinessRuleViolation(String kind, String detail, Map<String, Object> properties) {
        super(detail);
        this.kind = kind;
        this.properties = Map.copyOf(properties);
    }

    public BusinessRuleViolation(String kind, String detail) {
        this(kind, detail, Map.of());
    }

    public String kind() {
        return kind;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
