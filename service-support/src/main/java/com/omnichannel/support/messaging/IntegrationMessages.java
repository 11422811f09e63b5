package com.omnichannel.support.messaging;

import java.util.List;
import java.util.Map;
import org.springframework.messaging.Message;

/**
 * Reads the headers of one message of a batch that a consumer binding in batch mode hands over as one message
 * (payloads as a list, each message's headers in a list beside them: the RabbitMQ binder's or the Kafka binder's).
 */
public final class IntegrationMessages {

    /** Where the binders put the headers of each message of a batch. */
    private static final List<String> BATCHED_HEADERS = List.of("amqp_batchedHeaders", "kafka_batchConvertedHeaders");

    private IntegrationMessages() {
    }

    /** The {@code eventType} header of the {@code index}th message of the batch. */
    public static String eventType(Message<? extends List<?>> batch, int index) {
        return header(batch, index, "eventType");
    }

    /** A header of the {@code index}th message of the batch, as text ("null" when it has none). */
    public static String header(Message<? extends List<?>> batch, int index, String name) {
        for (String batched : BATCHED_HEADERS) {
            if (batch.getHeaders().get(batched) instanceof List<?> headers) {
                if (headers.size() != batch.getPayload().size()) {
                    throw new IllegalArgumentException("A batch of " + batch.getPayload().size() + " messages came with "
                            + headers.size() + " messages' headers: set use-native-decoding on its binding");
                }
                return headers.get(index) instanceof Map<?, ?> h ? String.valueOf(h.get(name)) : "null";
            }
        }
        return String.valueOf(batch.getHeaders().get(name));
    }
}
