package com.omnichannel.order.order;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a placed order waits for inventory-service's answers before it is rejected. A bean rather than a
 * {@code @Value} field of {@link OrderPlacementSaga}: resources are injected into every saga instance it loads, and
 * a placeholder would be resolved and converted again each time.
 */
@Component
record PlacementTimeout(@Value("${omnichannel.orders.placement-timeout:PT5M}") Duration duration) {
}
