package com.omnichannel.order.notification;

import com.omnichannel.order.api.CustomersApi;
import com.omnichannel.order.api.model.CustomerProfile;
import com.omnichannel.order.api.model.Notification;
import com.omnichannel.order.api.model.NotificationChannel;
import com.omnichannel.order.api.model.NotificationDelivery;
import com.omnichannel.order.api.model.Preferences;
import com.omnichannel.order.api.model.PreferencesInput;
import com.omnichannel.order.api.model.TimelineEntry;
import com.omnichannel.support.domain.FieldValidationException;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class CustomerController implements CustomersApi {

    private final CustomerPreferencesRepository preferences;
    private final SentNotificationRepository sent;

    public CustomerController(CustomerPreferencesRepository preferences, SentNotificationRepository sent) {
        this.preferences = preferences;
        this.sent = sent;
    }

    /** Every chosen channel needs its contact detail, else 400 naming the field. */
    @Override
    @Transactional
    public ResponseEntity<Preferences> putPreferences(String customerId, PreferencesInput input) {
        Set<String> channels = input.getNotificationChannels().stream().map(NotificationChannel::getValue)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        require(channels, "EMAIL", "email", input.getEmail());
        require(channels, "SMS", "phone", input.getPhone());
        require(channels, "ZALO", "zaloId", input.getZaloId());
        require(channels, "PUSH", "pushToken", input.getPushToken());
        CustomerPreferences stored = preferences.findById(customerId)
                .orElseGet(() -> new CustomerPreferences(customerId));
        stored.replace(channels, input.getEmail(), input.getPhone(), input.getZaloId(), input.getPushToken());
        preferences.save(stored);
        return ResponseEntity.ok(new Preferences().customerId(customerId)
                .notificationChannels(stored.getChannels().stream().map(NotificationChannel::fromValue)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .email(stored.getEmail()).phone(stored.getPhone()).zaloId(stored.getZaloId())
                .pushToken(stored.getPushToken()));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<List<Notification>> listNotifications(String customerId) {
        return ResponseEntity.ok(sent.findByCustomerIdOrderBySentAtDescNotificationIdAsc(customerId).stream()
                .map(n -> new Notification().notificationId(n.getNotificationId())
                        .channel(NotificationChannel.fromValue(n.getChannel())).subject(n.getSubject())
                        .message(n.getMessage()).recipient(n.getRecipient()).orderId(n.getOrderId())
                        .sentAt(n.getSentAt().atOffset(ZoneOffset.UTC))
                        .delivery(NotificationDelivery.fromValue(n.getDelivery())).deliveryError(n.getDeliveryError()))
                .toList());
    }

    @Override
    public ResponseEntity<CustomerProfile> getProfile(String customerId) {
        throw new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED, "Customer profiles are not available yet");
    }

    @Override
    public ResponseEntity<List<TimelineEntry>> getTimeline(String customerId) {
        throw new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED, "Customer timelines are not available yet");
    }

    private static void require(Set<String> channels, String channel, String field, String value) {
        if (channels.contains(channel) && (value == null || value.isBlank())) {
            throw new FieldValidationException(field, "is required to notify on " + channel);
        }
    }
}
