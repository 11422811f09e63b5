/** Axon Framework on MySQL without Axon Server: health of the event processors, tokens Jackson 3 can read back. */
package com.omnichannel.support.axon;
