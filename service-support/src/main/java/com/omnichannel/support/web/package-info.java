/** Problem details (RFC 9457) for every error both services answer. */
package com.omnichannel.support.web;
