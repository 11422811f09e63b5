/** Geography both services need: distances between stores, warehouses and customers. */
package com.omnichannel.support.geo;
