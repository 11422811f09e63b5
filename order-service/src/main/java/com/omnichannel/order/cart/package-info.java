/** One cart per customer across web, app and store: the event-sourced Cart, its read model and its API. */
package com.omnichannel.order.cart;
