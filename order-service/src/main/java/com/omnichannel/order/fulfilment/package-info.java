/** What a store does with an order: pick, make ready for pickup, hand over, ship; and its work queue. */
package com.omnichannel.order.fulfilment;
