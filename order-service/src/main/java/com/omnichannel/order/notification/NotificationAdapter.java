package com.omnichannel.order.notification;

/** Delivers messages on one channel (EMAIL, SMS, ZALO, PUSH). */
public interface NotificationAdapter {

    String channel();

    void send(SentNotification notification);
}
