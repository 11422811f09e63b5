package com.omnichannel.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Entries that an outbox's batch of events collects and sends as one message when the batch is about to commit: one
 * message, and one publisher confirm, for what would otherwise leave one by one. Outside a unit of work the entries
 * leave at once. A message of another kind that must not overtake entries collected before it calls {@link #flush}
 * first.
 */
public final class SentTogether<T> {

    private final String resourceKey;
    private final Consumer<List<T>> send;

    /** {@code send} gets a non-empty list of entries, in the order they were added. */
    public SentTogether(String name, Consumer<List<T>> send) {
        this.resourceKey = SentTogether.class.getName() + "." + name;
        this.send = send;
    }

    public void add(List<T> entries) {
        if (!CurrentUnitOfWork.isStarted()) {
            sendNow(entries);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<List<T>>getOrComputeResource(resourceKey, key -> {
            List<T> pending = new ArrayList<>();
            batch.onPrepareCommit(u -> flush());
            return pending;
        }).addAll(entries);
    }

    /** Sends what the current batch collected so far. */
    public void flush() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        List<T> pending = CurrentUnitOfWork.get().root().getResource(resourceKey);
        if (pending != null) {
            List<T> entries = new ArrayList<>(pending);
            pending.clear();
            sendNow(entries);
        }
    }

    /**
     * An id for the message that carries these entries, the same whenever the same entries leave together again: the
     * name-based UUID of {@code prefix} followed by the entries' ids, comma-separated.
     */
    public static UUID envelopeId(String prefix, List<UUID> entryIds) {
        String ids = entryIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        return UUID.nameUUIDFromBytes((prefix + ids).getBytes(StandardCharsets.UTF_8));
    }

    private void sendNow(List<T> entries) {
        if (!entries.isEmpty()) {
            send.accept(entries);
        }
    }
}
