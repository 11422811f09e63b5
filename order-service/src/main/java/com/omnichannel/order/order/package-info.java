/** Orders: placement, the event-sourced Order, the placement saga, cancellation and the order history. */
package com.omnichannel.order.order;
