/** inventory-service: locations, products, prices and the one stock pool every channel draws from. */
package com.omnichannel.inventory;
