package com.omnichannel.order.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** The channels a customer wants to hear on, with the contact detail each needs. */
@Entity
@Table(name = "customer_preferences")
public class CustomerPreferences {

    @Id
    private String customerId;
    private String channels;
    private String email;
    private String phone;
    private String zaloId;
    private String pushToken;

    protected CustomerPreferences() {
    }

    CustomerPreferences(String customerId) {
        this.customerId = customerId;
    }

    void replace(Set<String> channels, String email, String phone, String zaloId, String pushToken) {
        this.channels = String.join(",", new TreeSet<>(channels));
        this.email = email;
        this.phone = phone;
        this.zaloId = zaloId;
        this.pushToken = pushToken;
    }

    public String getCustomerId() {
        return customerId;
    }

    public Set<String> getChannels() {
        return channels == null || channels.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(channels.split(",")));
    }

    /** The address, number or id {@code channel} sends to. */
    public String recipientFor(String channel) {
        return switch (channel) {
            case "EMAIL" -> email;
            case "SMS" -> phone;
            case "ZALO" -> zaloId;
            case "PUSH" -> pushToken;
            default -> null;
        };
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getZaloId() {
        return zaloId;
    }

    public String getPushToken() {
        return pushToken;
    }
}
