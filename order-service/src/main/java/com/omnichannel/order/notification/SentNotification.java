package com.omnichannel.order.notification;

import com.omnichannel.support.persistence.AssignedIdRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message handed to a channel's adapter, and whether it was delivered. */
@Entity
@Table(name = "notification_log")
public class SentNotification extends AssignedIdRow<String> {

    @Id
    private String notificationId;
    private String customerId;
    private String channel;
    private String subject;
    private String message;
    private String recipient;
    private String orderId;
    private Instant sentAt;
    private String delivery;
    private String deliveryError;
    private int attempts;

    protected SentNotification() {
    }

    public SentNotification(String notificationId, String customerId, String channel, String subject, String message,
                            String recipient, String orderId, Instant sentAt) {
        this.notificationId = notificationId;
        this.customerId = customerId;
        this.channel = channel;
        this.subject = subject;
        this.message = message;
        this.recipient = recipient;
        this.orderId = orderId;
        this.sentAt = sentAt;
    }

    void simulated() {
        delivery = "SIMULATED";
    }

    void attempted() {
        attempts++;
    }

    /** The outcome of a delivery attempt: {@code error} null when delivered, else why not. */
    void outcome(String error) {
        delivery = error == null ? "SENT" : "FAILED";
        deliveryError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    @Override
    public String getId() {
        return notificationId;
    }

    public String getNotificationId() {
        return notificationId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessage() {
        return message;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getOrderId() {
        return orderId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getDelivery() {
        return delivery;
    }

    public String getDeliveryError() {
        return deliveryError;
    }

    public int getAttempts() {
        return attempts;
    }
}
