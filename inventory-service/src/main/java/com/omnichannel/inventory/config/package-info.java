/** Spring and Axon wiring of inventory-service. */
package com.omnichannel.inventory.config;
