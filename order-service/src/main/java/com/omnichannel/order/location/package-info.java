/** The replica of inventory-service's stores and warehouses: capabilities, position, pickup hold, capacity. */
package com.omnichannel.order.location;
