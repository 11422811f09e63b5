/** How both services store promotions in their own tables (JPA embeddable); the rule itself stays plain Java. */
package com.omnichannel.support.pricing.persistence;
