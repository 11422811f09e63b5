/** Stock per SKU and location: the event-sourced StockItem, its commands and events, and its read models. */
package com.omnichannel.inventory.stock;
