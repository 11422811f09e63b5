/** What order-service asks of inventory-service, and its answers: the outbox and the reservation consumer. */
package com.omnichannel.order.messaging;
