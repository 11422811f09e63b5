package com.omnichannel.support.axon;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * How a request runs a write (a command, with its idempotency key):
 * <ul>
 *   <li>at most {@code omnichannel.writes.max-concurrent} at once per instance. A command holds a database
 *   connection while it waits for its aggregate's lock, so without a bound a burst on one hot aggregate would take
 *   every connection and starve the snapshotter, the event processors and the reads;</li>
 *   <li>run again when it lost a race it may win next time: another instance appended to the same aggregate first
 *   (the unique key on aggregate and sequence number), or the database chose it as a deadlock victim. Business
 *   refusals are never retried, and each attempt is a fresh transaction.</li>
 * </ul>
 */
@Component
public class Writes {

    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .predicate(Writes::isTransient)
            .maxRetries(40)
            .delay(Duration.ofMillis(2))
            .jitter(Duration.ofMillis(2))
            .multiplier(1.5)
            .maxDelay(Duration.ofMillis(100))
            .build());
    private final Semaphore permits;
    private final Duration maxWait;

    public Writes(@Value("${omnichannel.writes.max-concurrent:12}") int maxConcurrent,
                  @Value("${omnichannel.writes.max-wait:PT30S}") Duration maxWait) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
    }

    public <T> T run(Supplier<T> write) {
        try {
            if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
        try {
            return retry.execute(write::get);
        } catch (RetryException e) {
            Throwable last = e.getCause();
            if (last instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(last);
        } finally {
            permits.release();
        }
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof ConcurrencyFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                    || sql.getErrorCode() == 1205)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The instance is saturated with writes: answered 503 with Retry-After. */
    public static class BusyException extends RuntimeException {
        BusyException() {
            super("Too many writes in progress; retry shortly");
        }
    }
}
