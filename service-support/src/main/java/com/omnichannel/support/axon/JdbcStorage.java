package com.omnichannel.support.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event storage engine, on the tables Liquibase creates ({@code support.yaml}: the JPA engine's tables,
 * with their snake_case column names), in the transaction of the unit of work like the JPA engine.
 * Hibernate cannot batch inserts whose key the database assigns, so the JPA engine sent one insert per event; the
 * JDBC engine sends the events of a unit of work as one JDBC batch, which Connector/J turns into one multi-row insert
 * ({@code rewriteBatchedStatements}). Tokens and sagas stay in Axon's JPA stores: the JDBC token store initializes
 * a new processor's segments under a gap lock, and processors starting together on an empty table deadlock on it.
 */
@Configuration
public class JdbcStorage {

    private static final EventSchema EVENTS = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
            PersistenceExceptionResolver exceptions, org.axonframework.config.Configuration axon,
            ConnectionProvider connections, TransactionManager transactions) {
        return JdbcEventStorageEngine.builder()
                .schema(EVENTS)
                .snapshotSerializer(serializer)
                .eventSerializer(events)
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .persistenceExceptionResolver(exceptions)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .build();
    }
}
