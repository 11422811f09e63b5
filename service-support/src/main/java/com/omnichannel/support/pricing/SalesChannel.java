package com.omnichannel.support.pricing;

/** The channels a price is asked for; a promotion may be limited to some of them. */
public enum SalesChannel {
    WEB, APP, STORE
}
