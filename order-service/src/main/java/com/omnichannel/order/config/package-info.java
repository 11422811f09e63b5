/** Spring and Axon wiring of order-service. */
package com.omnichannel.order.config;
