/** Choosing the locations that fulfil an order's ship groups. */
package com.omnichannel.order.sourcing;
