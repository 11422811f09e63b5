/** order-service: customers, carts, orders, store fulfilment and loyalty. */
package com.omnichannel.order;
