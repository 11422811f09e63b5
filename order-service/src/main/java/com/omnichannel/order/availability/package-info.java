/** The replica of inventory-service's available-to-promise figures, fed by its integration events. */
package com.omnichannel.order.availability;
