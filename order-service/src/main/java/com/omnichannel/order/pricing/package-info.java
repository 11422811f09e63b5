/** The replica of inventory-service's price book and the prices carts and orders are charged, by the shared rule. */
package com.omnichannel.order.pricing;
