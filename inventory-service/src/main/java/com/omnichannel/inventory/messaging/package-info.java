/** Integration events inventory-service publishes from its event store. */
package com.omnichannel.inventory.messaging;
