/** The price book rule both services use: a product's base price and promotions, priced per channel and instant. */
package com.omnichannel.support.pricing;
