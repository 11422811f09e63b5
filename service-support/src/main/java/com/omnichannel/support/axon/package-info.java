/** Axon Framework on MySQL without Axon Server: health of the event processors. */
package com.omnichannel.support.axon;
