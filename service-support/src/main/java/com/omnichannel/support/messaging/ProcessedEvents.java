package com.omnichannel.support.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integration events this service has applied. Call {@link #firstDelivery} inside the transaction that
 * applies the effect: a redelivered event finds its id here and is skipped, a rolled-back effect leaves no id.
 */
@Component
public class ProcessedEvents {

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String eventId) {
        try {
            jdbc.update("insert into processed_event (event_id, processed_at) values (?, ?)", eventId,
                    Timestamp.from(Instant.now()));
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }
}
