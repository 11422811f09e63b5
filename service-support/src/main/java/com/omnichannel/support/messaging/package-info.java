/** Integration events over Spring Cloud Stream: confirmed sends from the event store, idempotent receipt. */
package com.omnichannel.support.messaging;
