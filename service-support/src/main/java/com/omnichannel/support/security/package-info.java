/**
 * Bearer-token security both services share: the resource server set-up, the caller a token describes (role,
 * store, customer, channel) and the access rules built from it.
 */
package com.omnichannel.support.security;
