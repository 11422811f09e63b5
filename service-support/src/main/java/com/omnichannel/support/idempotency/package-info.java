/** Idempotency-Key handling for retryable writes: one effect and one answer per key. */
package com.omnichannel.support.idempotency;
