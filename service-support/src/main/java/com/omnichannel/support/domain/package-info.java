/** Exceptions domain code throws; plain Java, mapped to problem details by the web layer. */
package com.omnichannel.support.domain;
