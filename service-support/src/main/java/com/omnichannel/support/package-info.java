/** What both services share: Axon on MySQL, problem details, health, idempotent integration messaging. */
package com.omnichannel.support;
