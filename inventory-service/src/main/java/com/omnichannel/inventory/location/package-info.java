/** Stores and warehouses: where stock lives, what each can do (pickup, ship-from-store, in-store sale). */
package com.omnichannel.inventory.location;
