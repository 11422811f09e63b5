package com.omnichannel.order.order;

import com.omnichannel.order.api.model.Order;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order documents of {@code order_view} that a transaction changes, each read and parsed once and written
 * once, just before the transaction commits: a placement or a reservation answer changes its order with several
 * events, and each event would otherwise parse and write the whole document again. Outside a transaction (never,
 * for a subscribing projection) each change is written at once. Reads go through {@link #find}, which sees what this
 * transaction changed.
 */
@Component
public class OrderDocuments {

    private final OrderViewRepository views;
    private final JsonMapper json;

    private record Open(OrderView view, Order order) {
    }

    public OrderDocuments(OrderViewRepository views, JsonMapper json) {
        this.views = views;
        this.json = json;
    }

    /** The order as the API shows it, with what this transaction changed. */
    public Optional<Order> find(String orderId) {
        Map<String, Open> open = open(false);
        if (open != null && open.containsKey(orderId)) {
            return Optional.of(open.get(orderId).order());
        }
        return views.findById(orderId).map(v -> json.readValue(v.getDocument(), Order.class));
    }

    /**
     * A new order's view and document. In a transaction it is stored only when the transaction is about to commit, so
     * that a flush before then (a query of the same transaction) cannot store it without its document.
     */
    void opened(OrderView view, Order order) {
        Map<String, Open> open = open(true);
        if (open == null) {
            write(new Open(view, order));
        } else {
            open.put(view.getId(), new Open(view, order));
        }
    }

    /** Changes the document of an order; false when the order has no view. */
    boolean change(String orderId, Consumer<Order> change) {
        Map<String, Open> open = open(true);
        Open document = open == null ? null : open.get(orderId);
        if (document == null) {
            OrderView view = views.findById(orderId).orElse(null);
            if (view == null) {
                return false;
            }
            document = new Open(view, json.readValue(view.getDocument(), Order.class));
            if (open != null) {
                open.put(orderId, document);
            }
        }
        change.accept(document.order());
        if (open == null) {
            write(document);
        }
        return true;
    }

    private void write(Open document) {
        document.view().update(document.order().getStatus().getValue(), json.writeValueAsString(document.order()));
        views.save(document.view());
    }

    /** This transaction's open documents, written when it is about to commit; null outside a transaction. */
    private Map<String, Open> open(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        // kept with the transaction's synchronizations, which a transaction started inside it (REQUIRES_NEW) suspends
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof WriteBeforeCommit w) {
                return w.open;
            }
        }
        if (!create) {
            return null;
        }
        WriteBeforeCommit w = new WriteBeforeCommit();
        TransactionSynchronizationManager.registerSynchronization(w);
        return w.open;
    }

    private final class WriteBeforeCommit implements TransactionSynchronization {
        final Map<String, Open> open = new LinkedHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            open.values().forEach(OrderDocuments.this::write);
        }
    }
}
