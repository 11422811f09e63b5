package com.omnichannel.support.idempotency;

/** An Idempotency-Key that was already used for a different request: answered as 422. */
public class IdempotencyKeyReuseException extends RuntimeException {

    public IdempotencyKeyReuseException(String key) {
        super("Idempotency-Key '" + key + "' was already used with a different request");
    }
}
