package com.omnichannel.order.notification;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * EMAIL for real, through SMTP (Spring Mail), once a mail server is configured ({@code spring.mail.host}, or the
 * MAIL_HOST environment variable): a plain-text mail from {@code omnichannel.notifications.email-from} to the
 * address in the customer's preferences. A refused or unreachable server throws; {@link NotificationSender}
 * records the failure and tries again later.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class SmtpEmailAdapter implements NotificationAdapter {

    private final JavaMailSender mail;
    private final String from;

    public SmtpEmailAdapter(JavaMailSender mail, @Value("${omnichannel.notifications.email-from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String channel() {
        return "EMAIL";
    }

    @Override
    public void send(SentNotification n) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(n.getRecipient());
        message.setSubject(subject(n));
        message.setText(n.getMessage());
        mail.send(message);
    }

    /** READY_FOR_PICKUP about ORD-1 reads "Ready for pickup: order ORD-1". */
    static String subject(SentNotification n) {
        String what = n.getSubject().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + (n.getOrderId() == null ? "" : ": order " + n.getOrderId());
    }
}
