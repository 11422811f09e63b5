/** Products and the price book: the event-sourced Product, its promotions, its read model and the price answer. */
package com.omnichannel.inventory.pricing;
