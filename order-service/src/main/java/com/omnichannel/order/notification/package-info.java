/** Telling customers about their orders on the channels they chose, through one adapter per channel. */
package com.omnichannel.order.notification;
